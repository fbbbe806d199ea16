import type {
  GeoPoint,
  RoutingDestination,
  WarehouseServiceArea,
} from "../types/routing"

// Module constants, not `Math.*` in the loop: routing calls this for every
// warehouse, and under Jest's vm context each global lookup is slow.
const { asin, cos, min, sin, sqrt, PI } = Math
const EARTH_RADIUS_KM = 6371.0088
const RAD = PI / 180

/** Great-circle distance in km (haversine, mean Earth radius). */
export function haversineKm(a: GeoPoint, b: GeoPoint): number {
  const dLat = (b.latitude - a.latitude) * RAD
  const dLon = (b.longitude - a.longitude) * RAD
  const sinLat = sin(dLat / 2)
  const sinLon = sin(dLon / 2)
  const h =
    sinLat * sinLat +
    cos(a.latitude * RAD) * cos(b.latitude * RAD) * sinLon * sinLon
  // Rounding can push h a hair above 1 for antipodal points.
  return 2 * EARTH_RADIUS_KM * asin(sqrt(min(1, h)))
}

/**
 * Trimmed, lowercased, NFKC (full-width "ＧＵＡＮＧＤＯＮＧ" folds to
 * "guangdong"), inner whitespace collapsed.
 */
export function normalizeArea(s: string): string {
  return s.normalize("NFKC").trim().toLowerCase().replace(/\s+/g, " ")
}

/** Without whitespace, uppercased, NFKC so full-width digits fold. */
export function normalizePostal(s: string): string {
  return s.normalize("NFKC").replace(/\s+/g, "").toUpperCase()
}

// Longest first: "壮族自治区" must go before "自治区"; "区" alone is a
// district, not a province, and stays.
const CJK_SUFFIXES = [
  "特别行政区",
  "维吾尔自治区",
  "壮族自治区",
  "回族自治区",
  "自治区",
  "省",
  "市",
]
const LATIN_SUFFIX =
  / (?:province|city|municipality|(?:(?:zhuang|hui|uygur|uyghur|uighur) )?autonomous region|special administrative region|sar)$/

function computeAreaKey(s: string): string {
  const n = normalizeArea(s)
  for (const suffix of CJK_SUFFIXES) {
    if (n.length > suffix.length && n.endsWith(suffix)) {
      return n.slice(0, -suffix.length)
    }
  }
  const stripped = n.replace(LATIN_SUFFIX, "")
  return stripped || n
}

// Routing compares the same few hundred place names on every decision, and
// NFKC is the costly part: remember keys, bounded so odd input cannot grow it.
const KEY_CACHE_LIMIT = 10_000
const keyCache = new Map<string, string>()

/**
 * The key a province or city is compared by: `normalizeArea` without the
 * administrative suffix, so "广东省", "广东", "Guangdong Province" and
 * "guangdong" meet. "广东" and "guangdong" still differ: spellings across
 * scripts need aliases (the geocoder's centroid rows carry them).
 */
export function areaKey(s: string): string {
  let key = keyCache.get(s)
  if (key === undefined) {
    key = computeAreaKey(s)
    if (keyCache.size >= KEY_CACHE_LIMIT) {
      keyCache.clear()
    }
    keyCache.set(s, key)
  }
  return key
}

const includesKey = (list: string[], wanted: string) => {
  for (let i = 0; i < list.length; i++) {
    if (areaKey(list[i]) === wanted) {
      return true
    }
  }
  return false
}

/**
 * `inServiceArea` for one destination, normalised once, to test many
 * warehouses against it.
 */
export function serviceAreaMatcher(
  destination: RoutingDestination
): (area: WarehouseServiceArea) => boolean {
  // Country codes carry no suffix, so their key is their normalised form.
  const country = destination.country_code
    ? areaKey(destination.country_code)
    : null
  const province = destination.province ? areaKey(destination.province) : null
  const city = destination.city ? areaKey(destination.city) : null
  const postal = destination.postal_code
    ? normalizePostal(destination.postal_code)
    : ""
  return (area) => {
    // Stored as JSON: tolerate a missing list rather than crash.
    const countries = area?.countries ?? []
    const provinces = area?.provinces ?? []
    const cities = area?.cities ?? []
    const prefixes = area?.postal_prefixes ?? []
    if (countries.length && !(country && includesKey(countries, country))) {
      return false
    }
    if (provinces.length && !(province && includesKey(provinces, province))) {
      return false
    }
    if (cities.length && !(city && includesKey(cities, city))) {
      return false
    }
    if (prefixes.length) {
      return prefixes.some((prefix) => {
        const p = normalizePostal(prefix)
        return p.length > 0 && postal.startsWith(p)
      })
    }
    return true
  }
}

/**
 * Whether a warehouse's service area covers the destination. Every
 * non-empty list must match (an empty list does not restrict): countries by
 * code, provinces and cities by `areaKey`, postal codes by prefix. A
 * destination missing a field that a list restricts is not covered, since
 * we cannot tell.
 */
export function inServiceArea(
  area: WarehouseServiceArea,
  destination: RoutingDestination
): boolean {
  return serviceAreaMatcher(destination)(area)
}
