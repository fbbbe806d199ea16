import type {
  Channel,
  ChannelAllocationSettings,
  ChannelSuggestion,
  MovementLineResult,
  MovementType,
  PositionFigures,
} from "../channel-inventory"

/** One position as the admin sees it: its settings and every figure. */
export interface AdminChannelPosition
  extends ChannelAllocationSettings, PositionFigures {
  inventory_item_id: string
  sku: string | null
  title: string | null
  location_id: string
  location_name: string | null
  /** False when the position follows the defaults (no allocation of its own yet). */
  has_allocation: boolean
}

export interface AdminChannelPositionListResponse {
  positions: AdminChannelPosition[]
  count: number
  offset: number
  limit: number
}

export interface AdminApplyMovementsResponse {
  lines: MovementLineResult[]
  applied: number
  duplicate: number
  rejected: number
  /** Units offline sales took from online pools, in total. */
  borrowed: number
}

export interface AdminChannelTransfer {
  movement_id: string
  inventory_item_id: string
  location_id: string
  from: Channel
  to: Channel
  quantity: number
  before: PositionFigures
  after: PositionFigures
}

export interface AdminChannelTransferResponse {
  transfer: AdminChannelTransfer
  position: AdminChannelPosition
}

export interface AdminChannelAllocationsResponse {
  /** The positions changed, as they are now. */
  positions: AdminChannelPosition[]
  count: number
}

export interface AdminChannelMovement {
  id: string
  external_id: string | null
  inventory_item_id: string
  location_id: string
  sku: string | null
  type: MovementType
  channel: Channel
  quantity: number
  stocked_delta: number
  offline_pool_delta: number
  borrowed: number
  source: string
  reference: string | null
  reason: string | null
  occurred_at: string
  created_by: string | null
  created_at: string
}

export interface AdminChannelMovementListResponse {
  movements: AdminChannelMovement[]
  count: number
  offset: number
  limit: number
}

/**
 * A suggested allocation of one split position, from its sales velocity
 * per channel. Apply it with `POST /admin/mall/channel-inventory/transfers`
 * (`from`, `quantity`, `source: "suggestion"`).
 */
export interface AdminChannelSuggestion extends ChannelSuggestion {
  inventory_item_id: string
  sku: string | null
  title: string | null
  location_id: string
  location_name: string | null
  stocked: number
  reserved_online: number
  online_safety_stock: number
  offline_safety_stock: number
  last_unit_policy: ChannelAllocationSettings["last_unit_policy"]
  /** The reason to give the transfer that applies it. */
  transfer_reason: string
}

export interface AdminChannelSuggestionListResponse {
  suggestions: AdminChannelSuggestion[]
  count: number
  offset: number
  limit: number
  window_days: number
  cover_days: number
  /** Start of the sales window (ISO 8601). */
  since: string
}
