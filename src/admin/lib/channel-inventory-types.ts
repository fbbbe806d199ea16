/**
 * Shapes of the online/offline channel inventory admin HTTP API as the
 * dashboard receives them: the server's own types, so the two cannot drift.
 * Only the request bodies the server describes with zod are declared here.
 */
import type {
  Channel,
  ChannelMode,
  LastUnitPolicy,
} from "../../types/channel-inventory"

export {
  CHANNEL_MODES,
  CHANNELS,
  LAST_UNIT_POLICIES,
  MOVEMENT_OUTCOMES,
  MOVEMENT_TYPES,
} from "../../types/channel-inventory"
export type {
  Channel,
  ChannelAllocationSettings,
  ChannelMode,
  LastUnitPolicy,
  MovementLineResult,
  MovementOutcome,
  MovementType,
  PositionFigures,
} from "../../types/channel-inventory"
export type {
  AdminApplyMovementsResponse,
  AdminChannelAllocationsResponse,
  AdminChannelMovement,
  AdminChannelMovementListResponse,
  AdminChannelPosition,
  AdminChannelPositionListResponse,
  AdminChannelTransfer,
  AdminChannelTransferResponse,
} from "../../types/http/channel-inventory"

/** `GET /admin/mall/channel-inventory`. */
export interface AdminChannelPositionQuery {
  location_id?: string
  sku?: string
  inventory_item_id?: string
  limit?: number
  offset?: number
}

/** `GET /admin/mall/channel-inventory/movements`: the ledger, newest first. */
export interface AdminChannelMovementQuery extends AdminChannelPositionQuery {
  type?: string
  channel?: Channel
  source?: string
  external_id?: string
}

/**
 * `POST /admin/mall/channel-inventory/allocations`: how one or more positions
 * are shared. Omitted settings stay as they are.
 */
export interface AdminUpdateChannelAllocations {
  inventory_item_id?: string
  sku?: string
  product_id?: string
  location_id?: string
  mode?: ChannelMode
  online_safety_stock?: number
  offline_safety_stock?: number
  last_unit_policy?: LastUnitPolicy
  /** Split mode: the units set aside for the branches. */
  offline_pool?: number
  reason?: string
}

/** `POST /admin/mall/channel-inventory/transfers`: units between the pools. */
export interface AdminTransferChannelStock {
  inventory_item_id?: string
  sku?: string
  location_id: string
  from: Channel
  quantity: number
  reason: string
}
