import type { RoutingContext, RoutingRule } from "../../types/routing"
import { haversineKm, serviceAreaMatcher } from "../../utils/geo"
import {
  INFINITY,
  createStock,
  shippable,
  type Demand,
  type Exclusion,
  type Site,
  type Stock,
} from "./stock"

type Ranker = (site: Site) => number

// Smaller ranks first. Unknown distances go after every known one.
const RANKERS: Record<"in_area" | "distance" | "priority", Ranker> = {
  in_area: (site) => (site.inArea ? 0 : 1),
  distance: (site) => site.distanceKm ?? INFINITY,
  priority: (site) => site.warehouse.profile.priority,
}

function rankersOf(rules: RoutingRule[]): Ranker[] {
  const rankers: Ranker[] = []
  for (const rule of rules) {
    if (!rule.enabled) {
      continue
    }
    if (rule.id === "service_area" && !rule.params?.strict) {
      rankers.push(RANKERS.in_area)
    } else if (rule.id === "nearest") {
      rankers.push(RANKERS.distance)
    } else if (rule.id === "priority") {
      rankers.push(RANKERS.priority)
    }
  }
  return rankers
}

/**
 * The lexicographic order of the enabled rankers' keys, earlier rules
 * first; location name then id last so equal warehouses always come out in
 * the same order.
 */
export function compareSites(a: Site, b: Site): number {
  for (let i = 0; i < a.key.length; i++) {
    if (a.key[i] !== b.key[i]) {
      return a.key[i] < b.key[i] ? -1 : 1
    }
  }
  const x = a.warehouse
  const y = b.warehouse
  if (x.name !== y.name) {
    return x.name < y.name ? -1 : 1
  }
  if (x.location_id !== y.location_id) {
    return x.location_id < y.location_id ? -1 : 1
  }
  return 0
}

/** The first filter, in rule order, that removes the site. */
function exclusionOf(site: Site, rules: RoutingRule[]): Exclusion | null {
  const { profile, orders_today } = site.warehouse
  if (!profile.is_active) {
    return "inactive"
  }
  if (!profile.ships_online) {
    return "not_shipping_online"
  }
  for (let i = 0; i < rules.length; i++) {
    const rule = rules[i]
    if (!rule.enabled) {
      continue
    }
    if (rule.id === "service_area" && rule.params?.strict && !site.inArea) {
      return "out_of_area"
    }
    if (
      rule.id === "capacity" &&
      profile.daily_capacity !== null &&
      orders_today >= profile.daily_capacity
    ) {
      return "at_capacity"
    }
    const max = rule.id === "nearest" ? rule.params?.max_distance_km : null
    if (
      typeof max === "number" &&
      site.distanceKm !== null &&
      site.distanceKm > max
    ) {
      return "too_far"
    }
  }
  return null
}

export interface Sites {
  /** Every warehouse: ranked candidates, then the excluded ones ranked. */
  all: Site[]
  candidates: Site[]
  stock: Stock
}

export function evaluateSites(
  context: RoutingContext,
  demands: Demand[],
  slotOf: Map<string, number>,
  shared: boolean
): Sites {
  const buyer = context.geocode?.point ?? null
  const covers = serviceAreaMatcher(context.destination)
  const rankers = rankersOf(context.rules)
  const stock = createStock(context.warehouses, slotOf, shared)
  const candidates: Site[] = []
  const excluded: Site[] = []
  context.warehouses.forEach((warehouse, w) => {
    const { profile } = warehouse
    const site: Site = {
      warehouse,
      inArea: covers(profile.service_area),
      distanceKm:
        buyer &&
        typeof profile.latitude === "number" &&
        typeof profile.longitude === "number"
          ? haversineKm(buyer, {
              latitude: profile.latitude,
              longitude: profile.longitude,
            })
          : null,
      exclusion: null,
      key: [],
      order: 0,
      has: 0,
      base: w * slotOf.size,
      shipped: null,
      units: 0,
      role: "none",
      belowMin: null,
    }
    site.key = rankers.map((rank) => rank(site))
    site.has = shippable(stock, site, demands, true)
    site.exclusion = exclusionOf(site, context.rules)
    ;(site.exclusion ? excluded : candidates).push(site)
  })
  candidates.sort(compareSites)
  excluded.sort(compareSites)
  const all = candidates.concat(excluded)
  all.forEach((site, i) => (site.order = i))
  return { all, candidates, stock }
}
