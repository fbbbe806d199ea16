import type {
  LastUnitPolicy,
  PositionChange,
  PositionChangeResult,
  PositionFigures,
  PositionState,
} from "../types/channel-inventory"

/** Policies under which online orders may not sell into the offline pool. */
const PROTECTS_OFFLINE_POOL: ReadonlySet<LastUnitPolicy> = new Set([
  "no_borrowing",
  "offline_first",
])
/** Policies under which an offline sale may take online's free units. */
const OFFLINE_MAY_BORROW: ReadonlySet<LastUnitPolicy> = new Set([
  "offline_first",
  "fcfs",
])

const nonNegative = (n: number) => (n > 0 ? n : 0)

/**
 * The offline pool still there: where online may sell into it, what online
 * orders took beyond their own pool has come out of it.
 */
export function effectiveOfflinePool(state: PositionState): number {
  if (state.settings.mode === "shared") {
    return 0
  }
  const free = nonNegative(state.stocked - state.reserved_online)
  return Math.min(nonNegative(state.offline_pool), free)
}

/**
 * The standalone reservation that keeps Medusa's available quantity equal
 * to what online may still sell: the online safety stock, plus the offline
 * pool where the policy protects it (else only the offline safety stock
 * inside it). Never more than the free units, so it can always be reserved.
 */
export function targetHold(state: PositionState): number {
  const { settings } = state
  const free = nonNegative(state.stocked - state.reserved_online)
  if (settings.mode === "shared") {
    return Math.min(free, settings.online_safety_stock)
  }
  const pool = effectiveOfflinePool(state)
  const kept = PROTECTS_OFFLINE_POOL.has(settings.last_unit_policy)
    ? pool
    : Math.min(pool, settings.offline_safety_stock)
  return Math.min(free, settings.online_safety_stock + kept)
}

/** Units online could still sell beyond the offline pool and its own safety stock. */
function onlineFree(state: PositionState, pool: number): number {
  return nonNegative(
    state.stocked -
      state.reserved_online -
      pool -
      state.settings.online_safety_stock
  )
}

/** Every figure of a position, as the admin and the storefront see them. */
export function positionFigures(state: PositionState): PositionFigures {
  const { settings } = state
  const pool = effectiveOfflinePool(state)
  const hold = targetHold(state)
  const free = nonNegative(state.stocked - state.reserved_online)
  const offline_available =
    settings.mode === "shared"
      ? nonNegative(free - settings.offline_safety_stock)
      : nonNegative(pool - settings.offline_safety_stock) +
        (OFFLINE_MAY_BORROW.has(settings.last_unit_policy)
          ? onlineFree(state, pool)
          : 0)
  return {
    stocked: state.stocked,
    reserved_online: state.reserved_online,
    offline_pool: pool,
    online_pool: state.stocked - pool,
    online_available: nonNegative(free - hold),
    offline_available,
    hold,
  }
}

const refuse = (reason: string): PositionChangeResult => ({
  ok: false,
  reason,
})

function accept(
  state: PositionState,
  stocked_delta: number,
  offline_pool_delta: number,
  borrowed = 0
): PositionChangeResult {
  const pool = effectiveOfflinePool(state)
  return {
    ok: true,
    effect: { stocked_delta, offline_pool_delta, borrowed },
    after: {
      ...state,
      stocked: state.stocked + stocked_delta,
      // The pool is rebased on what is really left of it.
      offline_pool:
        state.settings.mode === "shared" ? 0 : pool + offline_pool_delta,
    },
  }
}

const units = (n: number) => `${n} unit${n === 1 ? "" : "s"}`

/**
 * Applies one change to a position, or says why it cannot. Pure: the
 * caller holds the inventory item's lock and writes the result.
 */
export function applyPositionChange(
  state: PositionState,
  change: PositionChange
): PositionChangeResult {
  if (!Number.isInteger(change.quantity) || change.quantity <= 0) {
    return refuse("quantity must be a whole number of units, at least 1")
  }
  const q = change.quantity
  const { settings } = state
  const shared = settings.mode === "shared"
  const pool = effectiveOfflinePool(state)
  const free = nonNegative(state.stocked - state.reserved_online)

  switch (change.type) {
    case "offline_sale": {
      if (shared) {
        const can = nonNegative(free - settings.offline_safety_stock)
        return q <= can
          ? accept(state, -q, 0)
          : refuse(
              `only ${units(can)} can be sold offline (the rest is reserved by online orders or kept as offline safety stock)`
            )
      }
      const own = Math.min(q, nonNegative(pool - settings.offline_safety_stock))
      const rest = q - own
      if (rest === 0) {
        return accept(state, -q, -own)
      }
      if (!OFFLINE_MAY_BORROW.has(settings.last_unit_policy)) {
        return refuse(
          `the offline pool has ${units(nonNegative(pool - settings.offline_safety_stock))} to sell and the ${settings.last_unit_policy} policy does not let offline borrow from the online pool`
        )
      }
      const borrowable = onlineFree(state, pool)
      return rest <= borrowable
        ? accept(state, -q, -own, rest)
        : refuse(
            `the offline pool has ${units(own)} to sell and the online pool ${units(borrowable)} to lend; ${units(q)} were sold`
          )
    }
    case "offline_return":
      return accept(state, q, shared ? 0 : q)
    case "receipt":
      return accept(state, q, !shared && change.pool === "offline" ? q : 0)
    case "adjustment": {
      const toOffline = !shared && change.pool === "offline"
      if (change.direction === "increase") {
        return accept(state, q, toOffline ? q : 0)
      }
      const can = toOffline ? pool : onlineFree(state, pool)
      return q <= can
        ? accept(state, -q, toOffline ? -q : 0)
        : refuse(
            `the ${toOffline ? "offline" : "online"} pool has ${units(can)} that can be taken out (units reserved by orders cannot)`
          )
    }
    case "transfer": {
      if (shared) {
        return refuse(
          "this position is shared: both channels sell one pool; switch it to split to move units between pools"
        )
      }
      const can = change.from === "offline" ? pool : onlineFree(state, pool)
      if (q > can) {
        return refuse(
          `the ${change.from} pool has ${units(can)} free to move (units reserved by orders or kept as online safety stock stay)`
        )
      }
      return accept(state, 0, change.from === "offline" ? -q : q)
    }
  }
}
