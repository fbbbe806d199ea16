/**
 * Online and offline inventory: how the two channels share the stock of one
 * inventory item at one stock location (a "position").
 *
 * Medusa keeps one figure per position: `stocked_quantity`, with
 * `reserved_quantity` taken by reservations. The plugin keeps Medusa's
 * storefront figure true by holding what online must not sell as one
 * standalone reservation per position (the "hold"):
 *
 *   online available (Medusa's stocked − reserved) = stocked − order reservations − hold
 *
 * with hold = online safety stock + (the offline pool when the policy
 * protects it, else the offline safety stock). See docs/channel-inventory.md.
 */

export const CHANNEL_MODES = ["shared", "split"] as const
export type ChannelMode = (typeof CHANNEL_MODES)[number]

/**
 * Who may take the other channel's units when its own run low.
 * online_first: online may sell into the offline pool, offline may not borrow.
 * offline_first: offline may borrow online's free units, online may not touch the offline pool.
 * fcfs: both may borrow; whoever sells first gets the units.
 * no_borrowing: each channel sells only its own pool.
 */
export const LAST_UNIT_POLICIES = [
  "online_first",
  "offline_first",
  "fcfs",
  "no_borrowing",
] as const
export type LastUnitPolicy = (typeof LAST_UNIT_POLICIES)[number]

export const CHANNELS = ["online", "offline"] as const
export type Channel = (typeof CHANNELS)[number]

/** How one position is shared. */
export interface ChannelAllocationSettings {
  mode: ChannelMode
  online_safety_stock: number
  offline_safety_stock: number
  last_unit_policy: LastUnitPolicy
}

export const MOVEMENT_TYPES = [
  "online_sale",
  "offline_sale",
  "offline_return",
  "receipt",
  "transfer",
  "adjustment",
] as const
export type MovementType = (typeof MOVEMENT_TYPES)[number]

/** The figures of one position at a moment. Units, never negative. */
export interface PositionFigures {
  stocked: number
  /** Reserved by online orders (reservations with a line item). */
  reserved_online: number
  /** The offline pool: units set aside for the branches (0 in shared mode). */
  offline_pool: number
  /** stocked − offline pool (shared: stocked). */
  online_pool: number
  /** What the storefront can still sell: Medusa's available quantity. */
  online_available: number
  /** What the branches can still sell, borrowing included where the policy allows. */
  offline_available: number
  /** The standalone reservation quantity that keeps Medusa's figure true. */
  hold: number
}

/** One line of an offline batch from a POS or ERP, as received. */
export interface OfflineMovementInput {
  external_id: string
  sku: string
  /** A stock location id, or its name. */
  location: string
  /** Units, > 0; the type gives the direction. */
  quantity: number
  type: Exclude<MovementType, "online_sale" | "transfer">
  /** Which pool a receipt or adjustment changes; default offline for offline movements. */
  pool?: Channel
  /** Adjustments only: "increase" or "decrease". */
  direction?: "increase" | "decrease"
  occurred_at: string
}

export const MOVEMENT_OUTCOMES = ["applied", "duplicate", "rejected"] as const
export type MovementOutcome = (typeof MOVEMENT_OUTCOMES)[number]

/** What happened to one line of a batch. */
export interface MovementLineResult {
  /** 1-based line of the batch (CSV: the header is line 1). */
  line: number
  external_id: string | null
  outcome: MovementOutcome
  /** Why it was rejected, in words a person can act on. */
  reason?: string
  /** Units taken from the online pool because the offline pool was short. */
  borrowed?: number
}

/** A position's state as the engine (src/utils/channel-position.ts) sees it. */
export interface PositionState {
  stocked: number
  reserved_online: number
  offline_pool: number
  settings: ChannelAllocationSettings
}

/** A change the engine applies to one position. */
export type PositionChange =
  | { type: "offline_sale"; quantity: number }
  | { type: "offline_return"; quantity: number }
  | { type: "receipt"; quantity: number; pool: Channel }
  | {
      type: "adjustment"
      quantity: number
      pool: Channel
      direction: "increase" | "decrease"
    }
  | { type: "transfer"; quantity: number; from: Channel }

/** What a change does: deltas to Medusa's stocked quantity and to the offline pool. */
export interface PositionEffect {
  stocked_delta: number
  offline_pool_delta: number
  /** Units the offline sale took from the online pool (policy allowing). */
  borrowed: number
}

export type PositionChangeResult =
  | { ok: true; effect: PositionEffect; after: PositionState }
  | { ok: false; reason: string }

/** Units a position sold per channel in a suggestion's window (returns netted out). */
export interface ChannelSales {
  online: number
  offline: number
}

/**
 * What a suggestion concludes: move units, leave the pools as they are
 * (balanced), cannot move what it would want (blocked), or has no sales
 * to go on (no_sales).
 */
export const SUGGESTION_STATUSES = [
  "move",
  "balanced",
  "blocked",
  "no_sales",
] as const
export type SuggestionStatus = (typeof SUGGESTION_STATUSES)[number]

/**
 * A proposed allocation of a split position, from its sales velocity per
 * channel: the offline pool covers `cover_days` of offline demand plus the
 * offline safety stock; online gets the rest. The numbers are there so a
 * client can phrase `reasoning` in its own language.
 */
export interface ChannelSuggestion {
  status: SuggestionStatus
  window_days: number
  cover_days: number
  sales: ChannelSales
  /** Units per day, per channel, over the window (2 decimals). */
  velocity: ChannelSales
  /** Offline units needed for `cover_days` at the offline velocity, rounded up. */
  offline_demand: number
  /** offline_demand + offline safety stock: the pool the suggestion aims at. */
  offline_target: number
  offline_pool: number
  online_pool: number
  /** offline_target − offline_pool: what the offline pool should change by. */
  wanted: number
  /** The most that can move in the wanted direction (the engine's transfer limits). */
  movable: number
  suggested_offline_pool: number
  suggested_online_pool: number
  transfer: { from: Channel; quantity: number } | null
  /** One or two sentences a person can read, in English. */
  reasoning: string
}
