import type {
  GeocodeResult,
  RoutingTraceEntry,
  RoutingUnallocated,
} from "../../types/routing"
import { siteCapacity, type Demand, type Site, type Stock } from "./stock"

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`

// Called per warehouse: builtins as module constants (see stock.ts).
const { floor, round } = Math

/** Whole km with thousands separators: "12", "1,217". */
const km = (distance: number) => {
  const n = round(distance)
  return n < 1000
    ? `${n}`
    : `${floor(n / 1000)},${`${n % 1000}`.padStart(3, "0")}`
}

/** Whole amounts as they are, others to two decimals: "100 CNY", "99.99 CNY". */
export const money = (amount: number, currency: string) =>
  `${Number.isInteger(amount) ? amount : amount.toFixed(2)} ${currency.toUpperCase()}`

export const lineLabel = (d: Demand) =>
  d.line.sku ? `${d.line.title} (SKU ${d.line.sku})` : d.line.title

export function geocodeEntry(geocode: GeocodeResult | null): RoutingTraceEntry {
  const base = { location_id: null, name: null, verdict: "info" as const }
  if (!geocode?.point) {
    return {
      ...base,
      code: "not_geocoded",
      text: "Buyer could not be placed; routed by area rules without distance",
    }
  }
  const label = geocode.label ?? ""
  const { latitude, longitude } = geocode.point
  const text = {
    postal_prefix: `Buyer placed by postal prefix ${label.replace(/^postal\s+(prefix\s+)?/i, "")}`,
    city: `Buyer placed by city ${label}`,
    province: `Buyer placed by province ${label}`,
    country: `Buyer placed at the centre of ${label} (country only, distances are rough)`,
  }[geocode.source ?? "country"]
  return {
    ...base,
    code: "geocoded",
    text:
      geocode.source && label
        ? text
        : `Buyer placed at ${latitude.toFixed(2)}, ${longitude.toFixed(2)}`,
  }
}

export function exclusionText(site: Site, maxKm: number | null): string {
  const { profile, orders_today } = site.warehouse
  switch (site.exclusion) {
    case "inactive":
      return "inactive"
    case "not_shipping_online":
      return "does not ship online orders"
    case "out_of_area":
      return "out of area"
    case "at_capacity":
      return `at capacity (${orders_today}/${profile.daily_capacity} orders today)`
    case "too_far":
      return `${km(site.distanceKm ?? 0)} km, beyond the ${maxKm ?? "distance"} km limit`
    default:
      return ""
  }
}

function facts(site: Site, needed: number): RoutingTraceEntry["facts"] {
  const { profile, orders_today } = site.warehouse
  return {
    in_area: site.inArea,
    distance_km:
      site.distanceKm === null ? null : round(site.distanceKm * 10) / 10,
    priority: profile.priority,
    has: site.has,
    needed,
    orders_today,
    daily_capacity: profile.daily_capacity,
  }
}

export interface TraceInput {
  sites: Site[]
  demands: Demand[]
  needed: number
  /** Warehouses the split limit kept out while units were left. */
  splitLimited: Set<Site>
  maxKm: number | null
  minimum: number | null
  currency: string
}

/** One entry per warehouse, ranked candidates first. */
export function siteEntries(input: TraceInput): RoutingTraceEntry[] {
  const { needed } = input
  return input.sites.map((site) => {
    const { location_id, name } = site.warehouse
    const entry = (
      verdict: RoutingTraceEntry["verdict"],
      code: string,
      text: string
    ): RoutingTraceEntry => ({
      location_id,
      name,
      verdict,
      code,
      text: `${name}: ${text}`,
      facts: facts(site, needed),
    })
    const seen = `${site.inArea ? "in area" : "out of area"}, ${
      site.distanceKm === null
        ? "distance unknown"
        : `${km(site.distanceKm)} km`
    }, has ${site.has}/${needed}`

    if (site.role === "fallback" && site.units > 0) {
      const why = site.exclusion ? ` (${exclusionText(site, input.maxKm)})` : ""
      return entry("fallback", "fallback", `fallback${why}`)
    }
    if (site.units > 0) {
      const ships = site.units === site.has ? "" : `, ships ${site.units}`
      const code = site.units === needed ? "ships_all" : "ships_part"
      return entry("chosen", code, `${seen}${ships}`)
    }
    if (site.exclusion) {
      return entry("excluded", site.exclusion, exclusionText(site, input.maxKm))
    }
    if (site.belowMin !== null && input.minimum !== null) {
      return entry(
        "considered",
        "below_min_split_value",
        `${seen}; its shipment of ${money(site.belowMin, input.currency)} is below the ${money(input.minimum, input.currency)} split minimum`
      )
    }
    if (site.has === 0) {
      return entry("considered", "no_stock", `${seen}; no stock`)
    }
    if (input.splitLimited.has(site)) {
      return entry("considered", "split_limit", `${seen}; over the split limit`)
    }
    return entry("considered", "not_needed", `${seen}; not needed`)
  })
}

/** The warehouse with stock of the line closest to the buyer, for a hint. */
function nearestStock(
  stock: Stock,
  d: Demand,
  sites: Site[],
  maxKm: number | null
): string {
  let best: Site | null = null
  let bestUnits = 0
  for (const site of sites) {
    const units = siteCapacity(stock, site, d)
    if (units <= 0 || site.warehouse.profile.is_active === false) {
      continue
    }
    if (
      !best ||
      (site.distanceKm !== null &&
        (best.distanceKm === null || site.distanceKm < best.distanceKm))
    ) {
      best = site
      bestUnits = units
    }
  }
  if (!best) {
    return "; no warehouse has any in stock"
  }
  const why = best.exclusion ? ` (${exclusionText(best, maxKm)})` : ""
  const label = best.distanceKm === null ? "other stock" : "nearest stock"
  return `; ${label}: ${best.warehouse.name} has ${bestUnits}${why}`
}

export interface ReasonInput {
  stock: Stock
  sites: Site[]
  maxKm: number | null
  demands: Demand[]
  strictArea: boolean
  /** Warehouses an order may ship from, when fewest_splits limits them. */
  maxWarehouses: number | null
  splitLimited: Set<Site>
}

export function unallocatedEntries(input: ReasonInput): RoutingUnallocated[] {
  const out: RoutingUnallocated[] = []
  for (const d of input.demands) {
    if (d.remaining <= 0) {
      continue
    }
    const line_item_id = d.line.line_item_id
    if (d.dropped > 0 && d.droppedReason) {
      out.push({ line_item_id, quantity: d.dropped, reason: d.droppedReason })
    }
    const units = d.remaining - d.dropped
    if (units <= 0) {
      continue
    }
    const what = `${units === d.quantity ? "" : "the remaining "}${units} of ${lineLabel(d)}`
    let reason: string
    if (!d.slots.length) {
      reason = `No warehouse ships online orders to this address for ${what}`
    } else {
      const limited = [...input.splitLimited].find(
        (site) => siteCapacity(input.stock, site, d) > 0
      )
      if (limited && input.maxWarehouses !== null) {
        reason = `${what} would need one more warehouse; fewest splits allows ${plural(input.maxWarehouses, "warehouse")} per order (${limited.warehouse.name} has ${siteCapacity(input.stock, limited, d)})`
        reason = reason[0].toUpperCase() + reason.slice(1)
      } else {
        const scope = input.strictArea ? " in area" : ""
        reason = `No warehouse${scope} has ${what}${nearestStock(input.stock, d, input.sites, input.maxKm)}`
      }
    }
    out.push({ line_item_id, quantity: units, reason })
  }
  return out
}

export function summaryOf(
  shipping: Site[],
  allocatedUnits: number,
  unallocatedUnits: number
): string {
  if (!allocatedUnits && !unallocatedUnits) {
    return "Nothing to ship."
  }
  const names = shipping.map(
    (site) =>
      site.warehouse.name + (site.role === "fallback" ? " (fallback)" : "")
  )
  const from =
    names.length === 1
      ? `Ships from ${names[0]}`
      : `Split across ${names.slice(0, -1).join(", ")} and ${names[names.length - 1]}`
  const missing = `${plural(unallocatedUnits, "unit")} could not be allocated.`
  if (!allocatedUnits) {
    return missing[0].toUpperCase() + missing.slice(1)
  }
  return unallocatedUnits ? `${from}; ${missing}` : `${from}.`
}
