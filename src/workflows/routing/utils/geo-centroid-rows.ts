import { MedusaError } from "@medusajs/framework/utils"
import { parse } from "csv-parse/sync"
import { checkGeoCentroid } from "../../../modules/routing/utils/normalize"
import type { GeoCentroid } from "../../../types/routing"

/**
 * The CSV the centroid import takes: a header row, then one place per row.
 * `aliases` are separated by "|". A row names a postal prefix, a city or a
 * province (or none of them, for the country itself).
 */
export const GEO_CENTROID_CSV_COLUMNS = [
  "country_code",
  "province",
  "city",
  "postal_prefix",
  "aliases",
  "latitude",
  "longitude",
  "label",
] as const

export interface CentroidRowError {
  /** The row's line: in a CSV the header is line 1; in JSON the first row is 1. */
  line: number
  message: string
}

const text = (v: unknown) =>
  v === undefined || v === null ? "" : String(v).trim()

/**
 * Checks rows one by one: good rows are returned, each bad row gives one
 * error naming its line and every problem in it.
 */
export function checkGeoCentroidRows(
  rows: Record<string, unknown>[],
  firstLine: number
): { centroids: GeoCentroid[]; errors: CentroidRowError[] } {
  const centroids: GeoCentroid[] = []
  const errors: CentroidRowError[] = []
  rows.forEach((row, index) => {
    const line = firstLine + index
    const problems: string[] = []
    const country = text(row.country_code).toLowerCase()
    if (!/^[a-z]{2}$/.test(country)) {
      problems.push(
        `country_code "${text(row.country_code)}" is not a 2-letter ISO 3166-1 code`
      )
    }
    const latitude = Number(text(row.latitude))
    const longitude = Number(text(row.longitude))
    if (
      !text(row.latitude) ||
      !Number.isFinite(latitude) ||
      Math.abs(latitude) > 90
    ) {
      problems.push(
        `latitude "${text(row.latitude)}" must be a number from -90 to 90`
      )
    }
    if (
      !text(row.longitude) ||
      !Number.isFinite(longitude) ||
      Math.abs(longitude) > 180
    ) {
      problems.push(
        `longitude "${text(row.longitude)}" must be a number from -180 to 180`
      )
    }
    const postal = text(row.postal_prefix).replace(/\s+/g, "").toUpperCase()
    if (postal && !/^[A-Z0-9-]{1,10}$/.test(postal)) {
      problems.push(
        `postal_prefix "${text(row.postal_prefix)}" is not a postal-code prefix`
      )
    }
    const rawAliases = row.aliases
    const aliases = (
      Array.isArray(rawAliases)
        ? rawAliases.map(text)
        : text(rawAliases).split("|")
    )
      .map((a) => a.trim())
      .filter(Boolean)
    const province = text(row.province) || null
    const city = text(row.city) || null
    if (problems.length) {
      errors.push({ line, message: problems.join("; ") })
      return
    }
    const centroid: GeoCentroid = {
      country_code: country,
      province,
      city,
      postal_prefix: postal || null,
      aliases,
      latitude,
      longitude,
      label:
        text(row.label) ||
        [postal && `postal ${postal}`, city, province, country.toUpperCase()]
          .filter(Boolean)
          .join(", "),
    }
    // The module's own check, so the import never refuses what passed here.
    const stored = checkGeoCentroid(centroid)
    if (stored.error) {
      errors.push({ line, message: stored.error })
      return
    }
    centroids.push(centroid)
  })
  return { centroids, errors }
}

/** Reads the centroid CSV into rows keyed by column; refuses an unreadable file. */
export function parseGeoCentroidCsv(
  content: Buffer | string
): Record<string, string>[] {
  const source = (
    typeof content === "string" ? content : content.toString("utf8")
  ).replace(/^\uFEFF/, "")
  let records: Record<string, string>[]
  try {
    records = parse(source, {
      columns: (header: string[]) =>
        header.map((h) =>
          h
            .trim()
            .toLowerCase()
            .replace(/[\s-]+/g, "_")
        ),
      skip_empty_lines: true,
      relax_column_count: true,
      trim: true,
    })
  } catch (e) {
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      `The centroid CSV cannot be read: ${(e as Error).message}`
    )
  }
  const header = Object.keys(records[0] ?? {})
  const unknown = header.filter(
    (h) => !(GEO_CENTROID_CSV_COLUMNS as readonly string[]).includes(h)
  )
  if (!records.length || unknown.length) {
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      `The centroid CSV needs a header row with the columns ${GEO_CENTROID_CSV_COLUMNS.join(
        ", "
      )}${unknown.length ? `; unknown: ${unknown.join(", ")}` : ""}`
    )
  }
  return records
}
