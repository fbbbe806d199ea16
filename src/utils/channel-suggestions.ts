import type {
  ChannelAllocationSettings,
  ChannelSales,
  ChannelSuggestion,
  PositionFigures,
} from "../types/channel-inventory"

export interface SuggestionInput {
  /** The position now (`positionFigures`). */
  figures: PositionFigures
  settings: ChannelAllocationSettings
  /** Units sold per channel in the window; offline returns already netted out. */
  sales: ChannelSales
  window_days: number
  cover_days: number
  /** No transfer when the offline pool is within this many units of its target. */
  tolerance?: number
}

const nonNegative = (n: number) => (n > 0 ? n : 0)
const round2 = (n: number) => Math.round(n * 100) / 100
const units = (n: number) => `${n} unit${n === 1 ? "" : "s"}`
const days = (n: number) => `${n} day${n === 1 ? "" : "s"}`

/** "1.0/day", "0.04/day": one decimal, two below 0.1. */
const perDay = (v: number) =>
  `${v > 0 && v < 0.1 ? v.toFixed(2) : v.toFixed(1)}/day`

/**
 * Units that can leave a pool by a transfer, as the engine allows: the
 * whole offline pool; online's units beyond those reserved by online orders
 * and the online safety stock.
 */
export function transferable(
  figures: PositionFigures,
  settings: ChannelAllocationSettings
) {
  return {
    offline: figures.offline_pool,
    online: nonNegative(
      figures.online_pool -
        figures.reserved_online -
        settings.online_safety_stock
    ),
  }
}

/**
 * Proposes a split position's allocation from its recent sales: the
 * offline pool covers `cover_days` of offline demand (at the window's
 * velocity, rounded up to whole units) plus the offline safety stock, as far
 * as units can move; online gets the rest. Pure: the caller reads the
 * figures and the ledger, and applies a transfer if the admin agrees.
 */
export function suggestChannelAllocation(
  input: SuggestionInput
): ChannelSuggestion {
  const { figures, settings, window_days, cover_days } = input
  const tolerance = input.tolerance ?? 0
  const sales = {
    online: nonNegative(input.sales.online),
    offline: nonNegative(input.sales.offline),
  }
  const velocity = {
    online: round2(sales.online / window_days),
    offline: round2(sales.offline / window_days),
  }
  const offline_demand = Math.ceil((sales.offline * cover_days) / window_days)
  const offline_target = offline_demand + settings.offline_safety_stock
  const wanted = offline_target - figures.offline_pool
  const limits = transferable(figures, settings)
  const base = {
    window_days,
    cover_days,
    sales,
    velocity,
    offline_demand,
    offline_target,
    offline_pool: figures.offline_pool,
    online_pool: figures.online_pool,
    wanted,
    movable: wanted > 0 ? limits.online : wanted < 0 ? limits.offline : 0,
  }
  const keep = (status: ChannelSuggestion["status"], reasoning: string) => ({
    ...base,
    status,
    suggested_offline_pool: figures.offline_pool,
    suggested_online_pool: figures.online_pool,
    transfer: null,
    reasoning,
  })

  if (!sales.online && !sales.offline) {
    return keep(
      "no_sales",
      `No sales in the last ${days(window_days)}, online or offline: there is nothing to base a suggestion on.`
    )
  }

  const said =
    `Offline sold ${sales.offline} in ${days(window_days)} (${perDay(velocity.offline)}), ` +
    `online ${sales.online} (${perDay(velocity.online)}). ` +
    `${days(cover_days)} of offline cover (${offline_demand}) plus ${settings.offline_safety_stock} safety stock = ${offline_target}; ` +
    `the offline pool has ${figures.offline_pool}`

  if (Math.abs(wanted) <= tolerance) {
    return keep(
      "balanced",
      wanted === 0
        ? `${said}: no transfer needed.`
        : `${said}, within ${units(tolerance)} of it: no transfer needed.`
    )
  }

  const from = wanted > 0 ? "online" : "offline"
  const quantity = Math.min(Math.abs(wanted), base.movable)
  const direction =
    from === "online" ? "from online to offline" : "from offline to online"
  if (quantity === 0) {
    return keep(
      "blocked",
      `${said}: it needs ${Math.abs(wanted)} more, but online has no units free to move (units reserved by online orders and the online safety stock stay).`
    )
  }
  const offline_after =
    figures.offline_pool + (from === "online" ? quantity : -quantity)
  const limited =
    quantity < Math.abs(wanted)
      ? `: it needs ${Math.abs(wanted)} more, but online has only ${units(quantity)} free to move (units reserved by online orders and the online safety stock stay)`
      : ""
  return {
    ...base,
    status: "move",
    suggested_offline_pool: offline_after,
    suggested_online_pool: figures.stocked - offline_after,
    transfer: { from, quantity },
    reasoning: `${said}${limited}: move ${quantity} ${direction}.`,
  }
}

/** The reason a transfer applying a suggestion carries in the ledger and audit. */
export const suggestionReason = (window_days: number, cover_days: number) =>
  `Suggestion: ${days(cover_days)} of cover from ${days(window_days)} of sales`
