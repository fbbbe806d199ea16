/**
 * Shapes of the regional warehouse routing admin HTTP API as the dashboard
 * receives them: the server's own types, so the two cannot drift. Only the
 * request bodies the server describes with zod are declared here.
 */
import type {
  GeoCentroid,
  RoutingRule,
  WarehouseProfileInput,
} from "../../types/routing"

export {
  GEOCODE_SOURCES,
  ROUTING_RULE_IDS,
  ROUTING_SOURCES,
  ROUTING_STATUSES,
  TRACE_VERDICTS,
  WAREHOUSE_KINDS,
} from "../../types/routing"
export type {
  GeoCentroid,
  GeocodeResult,
  GeocodeSource,
  RoutingAllocation,
  RoutingDestination,
  RoutingRule,
  RoutingRuleId,
  RoutingRuleParams,
  RoutingSource,
  RoutingStatus,
  RoutingTraceEntry,
  RoutingUnallocated,
  TraceVerdict,
  WarehouseKind,
  WarehouseProfile,
  WarehouseProfileInput,
  WarehouseServiceArea,
} from "../../types/routing"
export type {
  AdminGeoCentroidImportResponse,
  AdminGeoCentroidListResponse,
  AdminOrderRouting,
  AdminOrderRoutingResponse,
  AdminRoutingAllocation,
  AdminRoutingDecision,
  AdminRoutingQueueEntry,
  AdminRoutingQueueResponse,
  AdminRoutingRulesResponse,
  AdminRoutingSimulation,
  AdminRoutingSimulationResponse,
  AdminWarehouse,
  AdminWarehouseListResponse,
  AdminWarehouseResponse,
} from "../../types/http/routing"

/** `POST /admin/mall/warehouses`: a profile for a stock location. */
export type AdminCreateWarehouseProfile = WarehouseProfileInput

/** `POST /admin/mall/warehouses/:id`: a partial update of a profile. */
export type AdminUpdateWarehouseProfile = Partial<
  Omit<WarehouseProfileInput, "stock_location_id">
>

/** `POST /admin/mall/routing/rules`: the full ordered list. */
export interface AdminUpdateRoutingRules {
  rules: RoutingRule[]
}

/** `POST /admin/mall/routing/simulate`. */
export interface AdminSimulateRouting {
  shipping_address: {
    country_code: string
    province?: string
    city?: string
    postal_code?: string
  }
  items: { variant_id: string; quantity: number }[]
  /** Omitted: every stock location may ship. */
  sales_channel_id?: string
  /** For line values (minimum split value); the default region's if omitted. */
  currency_code?: string
}

export interface AdminManualAllocation {
  line_item_id: string
  location_id: string
  quantity: number
}

/**
 * `POST /admin/mall/orders/:id/reroute`: a new automatic decision, or a
 * manual override (its reason is required).
 */
export type AdminRerouteOrder =
  { reason?: string } | { allocations: AdminManualAllocation[]; reason: string }

/** One centroid as sent in a JSON import. */
export type AdminGeoCentroidInput = Omit<GeoCentroid, "aliases"> & {
  aliases?: string[]
}
