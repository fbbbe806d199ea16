import type {
  GeoCentroid,
  GeocodeResult,
  GeocoderStrategy,
  RoutingDestination,
} from "../types/routing"
import { areaKey, normalizeArea, normalizePostal } from "../utils/geo"

const NOT_PLACED: GeocodeResult = { point: null, source: null, label: null }

const matches = (row: GeoCentroid, name: string, wanted: string) =>
  areaKey(name) === wanted || row.aliases.some((a) => areaKey(a) === wanted)

const result = (
  row: GeoCentroid,
  source: GeocodeResult["source"],
  label: string
): GeocodeResult => ({
  point: { latitude: row.latitude, longitude: row.longitude },
  source,
  label,
})

/**
 * Places the buyer from the centroid table alone (no network), most precise
 * first: the longest postal prefix of the destination's country, then the
 * city (name or alias; a row in the buyer's province wins over a namesake
 * elsewhere), the province, the country row. Postal and country rows need the
 * destination's country: a postal prefix means nothing across countries.
 *
 * A row is a postal row when it has a prefix, else a city row when it names a
 * city, else a province row when it names a province, else a country row.
 * One pass over the rows.
 */
export class DefaultGeocoder implements GeocoderStrategy {
  geocode(
    destination: RoutingDestination,
    centroids: GeoCentroid[]
  ): GeocodeResult {
    const country = destination.country_code
      ? normalizeArea(destination.country_code)
      : null
    const postal = destination.postal_code
      ? normalizePostal(destination.postal_code)
      : ""
    const city = destination.city ? areaKey(destination.city) : ""
    const province = destination.province ? areaKey(destination.province) : ""

    let postalRow: GeoCentroid | null = null
    let postalPrefix = ""
    const cityRows: GeoCentroid[] = []
    let provinceRow: GeoCentroid | null = null
    let countryRow: GeoCentroid | null = null

    for (const row of centroids) {
      const sameCountry =
        country !== null && normalizeArea(row.country_code) === country
      if (country !== null && !sameCountry) {
        continue
      }
      if (row.postal_prefix !== null) {
        if (sameCountry && postal) {
          const prefix = normalizePostal(row.postal_prefix)
          if (
            prefix.length > postalPrefix.length &&
            postal.startsWith(prefix)
          ) {
            postalRow = row
            postalPrefix = prefix
          }
        }
      } else if (row.city !== null) {
        if (city && matches(row, row.city, city)) {
          cityRows.push(row)
        }
      } else if (row.province !== null) {
        if (province && !provinceRow && matches(row, row.province, province)) {
          provinceRow = row
        }
      } else if (sameCountry) {
        countryRow ??= row
      }
    }

    if (postalRow) {
      // The trace reads "postal prefix 510 (Guangzhou)".
      const label = postalRow.label.includes(postalPrefix)
        ? postalRow.label
        : `${postalPrefix} (${postalRow.label})`
      return result(postalRow, "postal_prefix", label)
    }
    const cityMatch = this.pickCity(cityRows, province, provinceRow)
    if (cityMatch) {
      return result(cityMatch, "city", cityMatch.label)
    }
    if (provinceRow) {
      return result(provinceRow, "province", provinceRow.label)
    }
    if (countryRow) {
      return result(countryRow, "country", countryRow.label)
    }
    return { ...NOT_PLACED }
  }

  /**
   * Of namesake cities ("朝阳" is in Beijing and in Liaoning), the one in the
   * buyer's province, whichever spelling of it the address and the row use;
   * else the first.
   */
  protected pickCity(
    rows: GeoCentroid[],
    province: string,
    provinceRow: GeoCentroid | null
  ): GeoCentroid | null {
    if (rows.length < 2 || !province) {
      return rows[0] ?? null
    }
    const spellings = new Set([province])
    if (provinceRow) {
      for (const name of [provinceRow.province!, ...provinceRow.aliases]) {
        spellings.add(areaKey(name))
      }
    }
    return (
      rows.find(
        (row) => row.province && spellings.has(areaKey(row.province))
      ) ?? rows[0]
    )
  }
}
