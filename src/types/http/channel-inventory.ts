import type {
  Channel,
  ChannelAllocationSettings,
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
