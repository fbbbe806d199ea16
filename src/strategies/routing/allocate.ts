import type { RoutingRule } from "../../types/routing"
import {
  INFINITY,
  release,
  shippable,
  siteCapacity,
  take,
  takeAll,
  takeWhatFits,
  type Demand,
  type Site,
  type Stock,
} from "./stock"

// Builtins as module constants (see stock.ts).
const { max, min } = Math

const unitsLeft = (demands: Demand[]) => {
  let sum = 0
  for (let i = 0; i < demands.length; i++) {
    sum += demands[i].remaining
  }
  return sum
}

/**
 * Fewest splits: the best-ranked warehouse that ships everything, else
 * greedily the warehouse that ships the most of what remains (rank breaks
 * ties), at most `maxWarehouses` of them. Returns whether the limit, not the
 * stock, left units behind.
 */
export function allocateFewestSplits(
  stock: Stock,
  candidates: Site[],
  demands: Demand[],
  maxWarehouses: number
): boolean {
  const needed = unitsLeft(demands)
  const single = candidates.find((site) => site.has >= needed)
  if (single) {
    takeAll(stock, single, demands, "chosen")
    return false
  }
  // Only warehouses with some stock can win a round. What a warehouse can
  // ship only shrinks as others take lines, so `has` bounds it: one that
  // cannot beat the round's best on `has` is not simulated at all.
  let pool = candidates.filter((site) => site.has > 0)
  let used = 0
  while (pool.length && unitsLeft(demands) > 0) {
    if (used >= maxWarehouses) {
      return pool.some((site) => shippable(stock, site, demands) > 0)
    }
    let best: Site | null = null
    let bestUnits = 0
    const next: Site[] = []
    for (let i = 0; i < pool.length; i++) {
      const site = pool[i]
      if (bestUnits >= site.has) {
        next.push(site)
        continue
      }
      const units = shippable(stock, site, demands)
      if (units > 0) {
        next.push(site)
        // Strictly more: of equal counts the better-ranked one, seen first, stays.
        if (units > bestUnits) {
          best = site
          bestUnits = units
        }
      }
    }
    if (!best) {
      break
    }
    takeAll(stock, best, demands, "chosen")
    used++
    pool = next.filter((site) => site !== best)
  }
  return false
}

/**
 * Without fewest splits: each line takes from warehouses in rank order until
 * it is complete. Lines without stock to manage ride along with the
 * best-ranked warehouse already shipping, so they add no parcel.
 */
export function allocateByRank(
  stock: Stock,
  candidates: Site[],
  demands: Demand[]
): void {
  const unbounded: Demand[] = []
  for (const d of demands) {
    if (!d.slots.length) {
      unbounded.push(d)
      continue
    }
    for (let i = 0; i < candidates.length && d.remaining > 0; i++) {
      takeWhatFits(stock, candidates[i], d, "chosen")
    }
  }
  if (unbounded.length && candidates.length) {
    const host = candidates.find((site) => site.units > 0) ?? candidates[0]
    for (const d of unbounded) {
      take(stock, host, d, d.remaining, "chosen")
    }
  }
}

/** HQ ships, in rank order, what nothing else could. */
export function allocateFallback(
  stock: Stock,
  hqs: Site[],
  demands: Demand[]
): void {
  for (const d of demands) {
    for (let i = 0; i < hqs.length && d.remaining > 0; i++) {
      takeWhatFits(stock, hqs[i], d, "fallback")
    }
  }
}

export const shipmentValue = (site: Site, demands: Demand[]) => {
  let value = 0
  site.shipped?.forEach((units, i) => {
    if (units > 0) {
      value += units * (+demands[i].line.unit_value || 0)
    }
  })
  return value
}

// Unit values are floats in major units: 3 x 33.33 is below 100, but a sum
// that lands a rounding error under the minimum is not.
const below = (value: number, minimum: number) =>
  value < minimum - 1e-9 * max(1, minimum)

/**
 * While the plan ships from several warehouses, the smallest shipment under
 * the minimum moves into the other warehouses of the plan, best-ranked
 * first; what none of them has is given up with a reason.
 */
export function enforceMinSplitValue(
  stock: Stock,
  sites: Site[],
  demands: Demand[],
  minimum: number,
  reasonFor: (victim: Site, value: number, d: Demand, units: number) => string
): void {
  for (;;) {
    const live = sites.filter((site) => site.units > 0)
    if (live.length < 2) {
      return
    }
    let victim: Site | null = null
    let victimValue = INFINITY
    for (const site of live) {
      const value = shipmentValue(site, demands)
      // `<=` so that, of equal values, the worse-ranked one goes.
      if (below(value, minimum) && value <= victimValue) {
        victim = site
        victimValue = value
      }
    }
    if (!victim) {
      return
    }
    victim.belowMin = victimValue
    for (const d of demands) {
      let units = release(stock, victim, d)
      for (let i = 0; i < live.length && units > 0; i++) {
        if (live[i] !== victim) {
          const moved = min(units, siteCapacity(stock, live[i], d))
          take(stock, live[i], d, moved, "chosen")
          units -= max(0, moved)
        }
      }
      if (units > 0) {
        d.dropped += units
        d.droppedReason = reasonFor(victim, victimValue, d, units)
      }
    }
  }
}

export function enabledRule<K extends RoutingRule["id"]>(
  rules: RoutingRule[],
  id: K
): Extract<RoutingRule, { id: K }> | undefined {
  return rules.find(
    (rule): rule is Extract<RoutingRule, { id: K }> =>
      rule.id === id && rule.enabled
  )
}
