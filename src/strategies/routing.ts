import type {
  RoutingAllocation,
  RoutingContext,
  RoutingResult,
  RoutingStrategy,
} from "../types/routing"
import {
  allocateByRank,
  allocateFallback,
  allocateFewestSplits,
  enabledRule,
  enforceMinSplitValue,
} from "./routing/allocate"
import {
  geocodeEntry,
  lineLabel,
  money,
  siteEntries,
  summaryOf,
  unallocatedEntries,
} from "./routing/explain"
import { evaluateSites } from "./routing/sites"
import { buildDemands, siteCapacity, type Site } from "./routing/stock"

/**
 * The default routing, in the spirit of Shopify order routing and Magento
 * source selection, explaining every decision in the trace.
 *
 * - Candidates are active warehouses that ship online orders. The enabled
 *   filters, in rule order, remove more: `service_area` when strict
 *   (out of area), `capacity` (orders today reached the daily capacity),
 *   `nearest` with `max_distance_km` (farther than that, when both points
 *   are known). The trace names the first filter that removed each one.
 * - The enabled rankers sort the rest lexicographically, in rule order:
 *   `service_area` not strict (in area first), `nearest` (closer first,
 *   unknown distance last), `priority` (lower first); then location name and
 *   id, so the same input always gives the same decision.
 * - A warehouse can ship, of a line, the smallest `available / required`
 *   over the line's inventory items (kits need every part); lines sharing an
 *   item are served in order so its stock is not counted twice. A line
 *   without inventory items ships from anywhere, with the rest of the order.
 * - `fewest_splits`: the best-ranked warehouse that ships everything; else,
 *   greedily, the one that ships the most of what is left (rank breaks
 *   ties), up to `1 + max_splits` warehouses; a line may be split by unit.
 *   Without it, each line takes from warehouses in rank order until
 *   complete, from as many warehouses as it takes.
 * - `hq_fallback`: what is still unallocated ships from active warehouses of
 *   kind "hq", ranked the same way, ignoring the filters above and the
 *   ships-online opt-in (it concerns branches; HQ is the last resort) and
 *   the split limit (an unallocated line blocks the whole order).
 * - `min_split_value`, last, over the whole plan: while the order ships from
 *   several warehouses, a shipment worth less than the minimum for the
 *   order's currency (no amount, no minimum) moves into the plan's other
 *   warehouses where they have the stock; what they lack is left
 *   unallocated with a reason that names the minimum.
 *
 * Pure and synchronous. Subclass it, or implement `RoutingStrategy`, to
 * change the decision; the plugin option selects the strategy.
 */
export class DefaultRoutingStrategy implements RoutingStrategy {
  route(context: RoutingContext): RoutingResult {
    const rules = context.rules ?? []
    const currency = (context.currency_code ?? "").toLowerCase()
    const { demands, slotOf, shared } = buildDemands(context.lines ?? [])
    const { all, candidates, stock } = evaluateSites(
      context,
      demands,
      slotOf,
      shared
    )
    const needed = demands.reduce((sum, d) => sum + d.quantity, 0)

    const fewest = enabledRule(rules, "fewest_splits")
    let maxWarehouses: number | null = null
    let limitHit = false
    if (fewest) {
      const extra = Number(fewest.params?.max_splits)
      maxWarehouses = extra >= 0 ? Math.floor(extra) + 1 : 1
      limitHit = allocateFewestSplits(stock, candidates, demands, maxWarehouses)
    } else {
      allocateByRank(stock, candidates, demands)
    }

    if (enabledRule(rules, "hq_fallback")) {
      // `all` ranks candidates ahead of what the filters removed.
      const hqs = all.filter(
        (site) =>
          site.warehouse.profile.kind === "hq" &&
          site.warehouse.profile.is_active
      )
      allocateFallback(stock, hqs, demands)
    }

    const minRule = enabledRule(rules, "min_split_value")
    const amount = Number(minRule?.params?.amounts?.[currency])
    const minimum = minRule && amount > 0 ? amount : null
    if (minimum !== null) {
      enforceMinSplitValue(
        stock,
        all,
        demands,
        minimum,
        (victim, value, d, units) => {
          const left = `${units} of ${lineLabel(d)}`
          return `${victim.warehouse.name} would ship only ${money(value, currency)}, below the ${money(minimum, currency)} minimum per shipment of a split order, and no other warehouse of the order has ${left}`
        }
      )
    }

    const pending = demands.filter((d) => d.remaining > 0)
    const splitLimited = new Set<Site>(
      limitHit
        ? candidates.filter(
            (site) =>
              site.units === 0 &&
              pending.some((d) => siteCapacity(stock, site, d) > 0)
          )
        : []
    )

    const shipping = all.filter((site) => site.units > 0)
    const allocations: RoutingAllocation[] = []
    for (const d of demands) {
      for (const site of shipping) {
        const quantity = site.shipped?.[d.index] ?? 0
        if (quantity > 0) {
          allocations.push({
            line_item_id: d.line.line_item_id,
            location_id: site.warehouse.location_id,
            quantity,
          })
        }
      }
    }
    const maxKm = enabledRule(rules, "nearest")?.params?.max_distance_km ?? null
    const unallocated = unallocatedEntries({
      stock,
      sites: all,
      maxKm,
      demands,
      strictArea: !!enabledRule(rules, "service_area")?.params?.strict,
      maxWarehouses,
      splitLimited,
    })
    const missing = unallocated.reduce((sum, u) => sum + u.quantity, 0)
    const allocated = needed - missing

    return {
      status: !missing ? "allocated" : allocated ? "partial" : "unallocated",
      allocations,
      unallocated,
      trace: [
        geocodeEntry(context.geocode),
        ...siteEntries({
          sites: all,
          demands,
          needed,
          splitLimited,
          maxKm,
          minimum,
          currency,
        }),
      ],
      summary: summaryOf(shipping, allocated, missing),
    }
  }
}

/** Routes with the given strategy, the default one if none. */
export async function routeOrder(
  context: RoutingContext,
  strategy: RoutingStrategy = new DefaultRoutingStrategy()
): Promise<RoutingResult> {
  return await strategy.route(context)
}
