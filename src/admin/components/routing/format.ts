import type { useTranslation } from "react-i18next"
import type {
  GeocodeResult,
  RoutingDestination,
  RoutingTraceEntry,
  WarehouseServiceArea,
} from "../../lib/routing-types"

type TFunction = ReturnType<typeof useTranslation>["t"]

/** "Guangzhou, Guangdong, CN 510000", or "—" when nothing is known. */
export const formatDestination = (
  destination: RoutingDestination | null | undefined
): string => {
  if (!destination) {
    return "—"
  }
  const country = destination.country_code?.toUpperCase()
  const place = [destination.city, destination.province, country]
    .filter(Boolean)
    .join(", ")
  return [place, destination.postal_code].filter(Boolean).join(" ") || "—"
}

/** "23.1291, 113.2644", or null without coordinates. */
export const formatCoordinates = (
  latitude: number | null | undefined,
  longitude: number | null | undefined
): string | null =>
  latitude === null ||
  latitude === undefined ||
  longitude === null ||
  longitude === undefined
    ? null
    : `${latitude.toFixed(4)}, ${longitude.toFixed(4)}`

/** Where the geocoder placed the buyer, in one line. */
export const describeGeocode = (
  geocode: GeocodeResult | null | undefined,
  t: TFunction
): string => {
  if (!geocode?.point) {
    return t("mall.routing.geocode.none")
  }
  return t("mall.routing.geocode.located", {
    source: geocode.source
      ? t(`mall.routing.geocode.sources.${geocode.source}`, {
          defaultValue: geocode.source,
        })
      : "—",
    label: geocode.label ?? "—",
    coordinates: formatCoordinates(
      geocode.point.latitude,
      geocode.point.longitude
    ),
  })
}

/** Whether a service area lists nothing, i.e. serves everywhere. */
export const servesEverywhere = (area: WarehouseServiceArea) =>
  !area.countries.length &&
  !area.provinces.length &&
  !area.cities.length &&
  !area.postal_prefixes.length

/** "CN · 2 provinces · 1 city", or "Everywhere". */
export const summarizeArea = (
  area: WarehouseServiceArea,
  t: TFunction
): string => {
  if (servesEverywhere(area)) {
    return t("mall.routing.area.everywhere")
  }
  const parts: string[] = []
  if (area.countries.length) {
    parts.push(
      area.countries.length <= 3
        ? area.countries.map((c) => c.toUpperCase()).join(", ")
        : t("mall.routing.area.countries", { count: area.countries.length })
    )
  }
  if (area.provinces.length) {
    parts.push(
      t("mall.routing.area.provinces", { count: area.provinces.length })
    )
  }
  if (area.cities.length) {
    parts.push(t("mall.routing.area.cities", { count: area.cities.length }))
  }
  if (area.postal_prefixes.length) {
    parts.push(
      t("mall.routing.area.postalPrefixes", {
        count: area.postal_prefixes.length,
      })
    )
  }
  return parts.join(" · ")
}

/**
 * The facts of a trace line in the dashboard's language: "in area · 12 km ·
 * priority 10 · has 3/3 · 12/50 orders today" (orders of the day only for a
 * warehouse with a daily capacity).
 */
export const describeTraceFacts = (
  facts: RoutingTraceEntry["facts"],
  t: TFunction
): string[] => {
  if (!facts) {
    return []
  }
  const parts: string[] = []
  if (facts.in_area !== undefined) {
    parts.push(
      facts.in_area
        ? t("mall.routing.trace.facts.inArea")
        : t("mall.routing.trace.facts.outOfArea")
    )
  }
  if (facts.distance_km !== undefined && facts.distance_km !== null) {
    parts.push(
      t("mall.routing.trace.facts.distance", {
        km: Math.round(facts.distance_km),
      })
    )
  }
  if (facts.priority !== undefined) {
    parts.push(
      t("mall.routing.trace.facts.priority", { priority: facts.priority })
    )
  }
  if (facts.has !== undefined && facts.needed !== undefined) {
    parts.push(
      t("mall.routing.trace.facts.has", {
        has: facts.has,
        needed: facts.needed,
      })
    )
  }
  if (
    facts.orders_today !== undefined &&
    facts.daily_capacity !== null &&
    facts.daily_capacity !== undefined
  ) {
    parts.push(
      t("mall.routing.trace.facts.capacity", {
        count: facts.orders_today,
        capacity: facts.daily_capacity,
      })
    )
  }
  return parts
}
