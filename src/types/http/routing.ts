import type {
  GeoCentroid,
  GeocodeResult,
  RoutingAllocation,
  RoutingDestination,
  RoutingRule,
  RoutingSource,
  RoutingStatus,
  RoutingTraceEntry,
  RoutingUnallocated,
  WarehouseProfile,
} from "../routing"

/** A stock location with its routing profile (`null` until one is made). */
export interface AdminWarehouse {
  stock_location: {
    id: string
    name: string
    address: {
      city: string | null
      province: string | null
      country_code: string | null
      postal_code: string | null
    } | null
  }
  profile: WarehouseProfile | null
  /** Sales channels the location is linked to. */
  sales_channel_ids: string[]
  orders_today: number
}

export interface AdminWarehouseListResponse {
  warehouses: AdminWarehouse[]
  count: number
}

export interface AdminWarehouseResponse {
  warehouse: AdminWarehouse
}

export interface AdminRoutingRulesResponse {
  routing_rules: {
    rules: RoutingRule[]
    source: "settings" | "plugin_options"
  }
}

/** An allocation with the names a person needs to read it. */
export interface AdminRoutingAllocation extends RoutingAllocation {
  location_name: string | null
  title: string | null
  sku: string | null
}

export interface AdminRoutingSimulation {
  status: RoutingStatus
  allocations: AdminRoutingAllocation[]
  unallocated: RoutingUnallocated[]
  trace: RoutingTraceEntry[]
  summary: string
  geocode: GeocodeResult
}

export interface AdminRoutingSimulationResponse {
  simulation: AdminRoutingSimulation
}

export interface AdminRoutingDecision {
  id: string
  order_id: string
  version: number
  source: RoutingSource
  is_current: boolean
  status: RoutingStatus
  allocations: AdminRoutingAllocation[]
  unallocated: RoutingUnallocated[]
  trace: RoutingTraceEntry[]
  summary: string
  geocode: GeocodeResult | null
  reason: string | null
  created_by: string | null
  created_at: string
}

export interface AdminOrderRouting {
  order_id: string
  display_id: number | null
  destination: RoutingDestination | null
  /** The current decision; `null` when the order was never routed. */
  decision: AdminRoutingDecision | null
  /** Earlier decisions, newest first. */
  history: AdminRoutingDecision[]
}

export interface AdminOrderRoutingResponse {
  routing: AdminOrderRouting
}

/** An order waiting in the "needs routing" queue. */
export interface AdminRoutingQueueEntry {
  order_id: string
  display_id: number | null
  email: string | null
  destination: RoutingDestination | null
  status: RoutingStatus
  summary: string
  unallocated: RoutingUnallocated[]
  decided_at: string
  gate_due_at: string | null
  overdue: boolean
}

export interface AdminRoutingQueueResponse {
  orders: AdminRoutingQueueEntry[]
  count: number
  offset: number
  limit: number
}

export interface AdminGeoCentroidListResponse {
  centroids: (GeoCentroid & { id: string })[]
  count: number
  offset: number
  limit: number
}

/** Result of a centroid import: one entry per bad line; good lines are kept. */
export interface AdminGeoCentroidImportResponse {
  imported: number
  updated: number
  errors: { line: number; message: string }[]
}
