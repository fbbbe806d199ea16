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
  SUGGESTION_STATUSES,
} from "../../types/channel-inventory"
export type {
  Channel,
  ChannelAllocationSettings,
  ChannelMode,
  ChannelSuggestion,
  LastUnitPolicy,
  MovementLineResult,
  MovementOutcome,
  MovementType,
  PositionFigures,
  SuggestionStatus,
} from "../../types/channel-inventory"
export type {
  AdminApplyMovementsResponse,
  AdminChannelAllocationsResponse,
  AdminChannelMovement,
  AdminChannelMovementListResponse,
  AdminChannelPosition,
  AdminChannelPositionListResponse,
  AdminChannelSuggestion,
  AdminChannelSuggestionListResponse,
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
  /** "suggestion" when an admin applies a suggestion; default "admin". */
  source?: "admin" | "suggestion"
  /** A retry with the same key moves nothing. */
  idempotency_key?: string
}

/** `GET /admin/mall/channel-inventory/suggestions`: split positions' suggested allocation. */
export interface AdminChannelSuggestionQuery extends AdminChannelPositionQuery {
  /** Days of sales the velocity is measured over (default from the plugin options). */
  window_days?: number
  /** Days of offline demand the offline pool should cover. */
  cover_days?: number
}
