import { MedusaError } from "@medusajs/framework/utils"
import {
  WAREHOUSE_KINDS,
  type GeoCentroid,
  type WarehouseProfile,
  type WarehouseProfileInput,
  type WarehouseServiceArea,
} from "../../../types/routing"
import { normalizeArea, normalizePostal } from "../../../utils/geo"
import type { StoredCentroid } from "./routing-store"

/**
 * Profiles and centroids are stored normalised, the way the strategy and
 * the geocoder compare them, so nothing has to be normalised per order.
 */

const COUNTRY = /^[a-z]{2}$/
const POSTAL = /^[A-Z0-9-]+$/

const unique = (values: string[]) => [...new Set(values.filter(Boolean))]

const invalid = (message: string) =>
  new MedusaError(MedusaError.Types.INVALID_DATA, message)

function stringList(value: unknown, field: string): string[] {
  if (value === undefined || value === null) {
    return []
  }
  if (!Array.isArray(value) || value.some((v) => typeof v !== "string")) {
    throw invalid(`${field} must be a list of texts`)
  }
  return value as string[]
}

export function normalizeCountries(value: unknown, field: string): string[] {
  const countries = unique(
    stringList(value, field).map((c) => normalizeArea(c))
  )
  const bad = countries.find((c) => !COUNTRY.test(c))
  if (bad !== undefined) {
    throw invalid(
      `${field}: "${bad}" is not a 2-letter ISO 3166-1 country code (e.g. "cn")`
    )
  }
  return countries
}

export function normalizePostalPrefixes(
  value: unknown,
  field: string
): string[] {
  const prefixes = unique(stringList(value, field).map(normalizePostal))
  const bad = prefixes.find((p) => !POSTAL.test(p))
  if (bad !== undefined) {
    throw invalid(
      `${field}: "${bad}" is not a postal-code prefix (letters, digits or dashes)`
    )
  }
  return prefixes
}

export function normalizeServiceArea(
  area: Partial<WarehouseServiceArea> | undefined,
  current?: WarehouseServiceArea
): WarehouseServiceArea {
  const pick = <K extends keyof WarehouseServiceArea>(key: K) =>
    area?.[key] !== undefined ? area[key] : current?.[key]
  return {
    countries: normalizeCountries(pick("countries"), "service_area.countries"),
    provinces: unique(
      stringList(pick("provinces"), "service_area.provinces").map(normalizeArea)
    ),
    cities: unique(
      stringList(pick("cities"), "service_area.cities").map(normalizeArea)
    ),
    postal_prefixes: normalizePostalPrefixes(
      pick("postal_prefixes"),
      "service_area.postal_prefixes"
    ),
  }
}

function coordinate(value: unknown, field: string, limit: number) {
  if (value === null || value === undefined) {
    return null
  }
  if (
    typeof value !== "number" ||
    !Number.isFinite(value) ||
    Math.abs(value) > limit
  ) {
    throw invalid(`${field} must be a number from -${limit} to ${limit}`)
  }
  return value
}

function wholeNumber(value: unknown, field: string): number {
  if (typeof value !== "number" || !Number.isInteger(value) || value < 0) {
    throw invalid(`${field} must be a whole number of 0 or more`)
  }
  return value
}

function flag(value: unknown, field: string): boolean {
  if (typeof value !== "boolean") {
    throw invalid(`${field} must be true or false`)
  }
  return value
}

/** The columns of a profile, from a full input or an update over `current`. */
export function toProfileColumns(
  input: Partial<WarehouseProfileInput>,
  current?: WarehouseProfile
) {
  const merged = { ...current, ...stripUndefined(input) }
  if (
    typeof merged.stock_location_id !== "string" ||
    !merged.stock_location_id.trim()
  ) {
    throw invalid("stock_location_id is required")
  }
  if (!WAREHOUSE_KINDS.includes(merged.kind as never)) {
    throw invalid(
      `kind "${String(merged.kind)}" is not a warehouse kind; kinds are ${WAREHOUSE_KINDS.join(", ")}`
    )
  }
  const latitude = coordinate(merged.latitude, "latitude", 90)
  const longitude = coordinate(merged.longitude, "longitude", 180)
  if ((latitude === null) !== (longitude === null)) {
    throw invalid(
      "latitude and longitude go together: give both, or neither when the warehouse has no coordinates"
    )
  }
  const area = normalizeServiceArea(input.service_area, current?.service_area)
  return {
    stock_location_id: merged.stock_location_id.trim(),
    kind: merged.kind as WarehouseProfile["kind"],
    countries: area.countries,
    provinces: area.provinces,
    cities: area.cities,
    postal_prefixes: area.postal_prefixes,
    latitude,
    longitude,
    priority: wholeNumber(merged.priority ?? 100, "priority"),
    daily_capacity:
      merged.daily_capacity === null || merged.daily_capacity === undefined
        ? null
        : wholeNumber(merged.daily_capacity, "daily_capacity"),
    ships_online: flag(merged.ships_online ?? false, "ships_online"),
    accepts_returns: flag(merged.accepts_returns ?? true, "accepts_returns"),
    is_active: flag(merged.is_active ?? true, "is_active"),
  }
}

function stripUndefined<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(
    Object.entries(value).filter(([, v]) => v !== undefined)
  ) as Partial<T>
}

type ProfileRow = ReturnType<typeof toProfileColumns> & { id: string }

export function toWarehouseProfile(row: ProfileRow): WarehouseProfile {
  return {
    id: row.id,
    stock_location_id: row.stock_location_id,
    kind: row.kind,
    service_area: {
      countries: row.countries ?? [],
      provinces: row.provinces ?? [],
      cities: row.cities ?? [],
      postal_prefixes: row.postal_prefixes ?? [],
    },
    latitude: row.latitude ?? null,
    longitude: row.longitude ?? null,
    priority: row.priority,
    daily_capacity: row.daily_capacity ?? null,
    ships_online: row.ships_online,
    accepts_returns: row.accepts_returns,
    is_active: row.is_active,
  }
}

const optionalArea = (value: unknown, field: string): string | null => {
  if (value === null || value === undefined) {
    return null
  }
  if (typeof value !== "string") {
    throw invalid(`${field} must be a text or empty`)
  }
  return normalizeArea(value) || null
}

/**
 * `cn|guangdong||`: country, province, city and postal prefix, normalised.
 * One row per key; an import with the same key updates it.
 */
export function centroidNaturalKey(
  row: Pick<
    StoredCentroid,
    "country_code" | "province" | "city" | "postal_prefix"
  >
): string {
  return [
    row.country_code,
    row.province ?? "",
    row.city ?? "",
    row.postal_prefix ?? "",
  ].join("|")
}

/**
 * A centroid as stored, or an error message naming the bad field (the admin
 * import reports it per line and keeps the good ones).
 */
export function checkGeoCentroid(
  row: GeoCentroid
):
  | { centroid: StoredCentroid; error?: never }
  | { centroid?: never; error: string } {
  try {
    const country_code = normalizeArea(String(row.country_code ?? ""))
    if (!COUNTRY.test(country_code)) {
      throw invalid(
        `country_code "${String(row.country_code ?? "")}" is not a 2-letter ISO 3166-1 country code (e.g. "cn")`
      )
    }
    const province = optionalArea(row.province, "province")
    const city = optionalArea(row.city, "city")
    let postal_prefix: string | null = null
    if (row.postal_prefix !== null && row.postal_prefix !== undefined) {
      ;[postal_prefix = null] = normalizePostalPrefixes(
        [String(row.postal_prefix)],
        "postal_prefix"
      )
    }
    const latitude = coordinate(row.latitude, "latitude", 90)
    const longitude = coordinate(row.longitude, "longitude", 180)
    if (latitude === null || longitude === null) {
      throw invalid("latitude and longitude are required")
    }
    const label = typeof row.label === "string" ? row.label.trim() : ""
    if (!label) {
      throw invalid('label is required (e.g. "Guangdong" or "postal 510")')
    }
    const aliases = unique(
      stringList(row.aliases, "aliases").map(normalizeArea)
    )
    const centroid = {
      country_code,
      province,
      city,
      postal_prefix,
      aliases,
      latitude,
      longitude,
      label,
    }
    return {
      centroid: { ...centroid, natural_key: centroidNaturalKey(centroid) },
    }
  } catch (error) {
    return { error: (error as Error).message }
  }
}

export function toGeoCentroid(
  row: StoredCentroid & { id: string }
): GeoCentroid & { id: string } {
  return {
    id: row.id,
    country_code: row.country_code,
    province: row.province ?? null,
    city: row.city ?? null,
    postal_prefix: row.postal_prefix ?? null,
    aliases: row.aliases ?? [],
    latitude: row.latitude,
    longitude: row.longitude,
    label: row.label,
  }
}
