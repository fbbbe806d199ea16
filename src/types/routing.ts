/**
 * Regional warehouse routing: which stock location ships each order line,
 * and why. The routing module stores profiles, rules and decisions; the
 * routing strategy computes a decision from a `RoutingContext`.
 */

export const WAREHOUSE_KINDS = [
  "hq",
  "regional_branch",
  "store",
  "third_party",
] as const
export type WarehouseKind = (typeof WAREHOUSE_KINDS)[number]

/**
 * Where a warehouse delivers. Values are compared lowercased and trimmed;
 * postal prefixes uppercased without spaces. A warehouse whose every list is
 * empty serves everywhere.
 */
export interface WarehouseServiceArea {
  /** ISO 3166-1 alpha-2, lowercase ("cn"). */
  countries: string[]
  /** Province names or codes as addresses carry them ("guangdong", "广东", "cn-gd"). */
  provinces: string[]
  cities: string[]
  postal_prefixes: string[]
}

/** The routing profile of one stock location. */
export interface WarehouseProfile {
  id: string
  stock_location_id: string
  kind: WarehouseKind
  service_area: WarehouseServiceArea
  latitude: number | null
  longitude: number | null
  /** Lower ships first when the priority rule ranks warehouses. */
  priority: number
  /** Orders it can take per day (UTC); `null` is unlimited. */
  daily_capacity: number | null
  /** A branch opts in to shipping online orders; it has no duty to. */
  ships_online: boolean
  accepts_returns: boolean
  is_active: boolean
}

/** Fields an admin sets on a profile. */
export type WarehouseProfileInput = Omit<WarehouseProfile, "id">

/**
 * The rules, applied in the order the admin lists them. Filters
 * (`service_area` when strict, `capacity`) remove warehouses; rankers
 * (`service_area` when not strict, `nearest`, `priority`) sort the rest, the
 * earlier rule deciding first and later ones breaking its ties;
 * `fewest_splits` and `min_split_value` shape the allocation; `hq_fallback`
 * lets HQ ship what nothing else can.
 */
export const ROUTING_RULE_IDS = [
  "service_area",
  "fewest_splits",
  "nearest",
  "priority",
  "capacity",
  "hq_fallback",
  "min_split_value",
] as const
export type RoutingRuleId = (typeof ROUTING_RULE_IDS)[number]

export interface RoutingRuleParams {
  /** strict: only warehouses whose area covers the buyer; else in-area first. */
  service_area: { strict: boolean }
  /** At most this many extra warehouses per order (0 = never split). */
  fewest_splits: { max_splits: number }
  /** Warehouses farther than this are left out; `null` is no limit. */
  nearest: { max_distance_km: number | null }
  priority: Record<string, never>
  capacity: Record<string, never>
  hq_fallback: Record<string, never>
  /** Per currency (lowercase): no shipment of a split order may be worth less. */
  min_split_value: { amounts: Record<string, number> }
}

export type RoutingRule = {
  [K in RoutingRuleId]: {
    id: K
    enabled: boolean
    params: RoutingRuleParams[K]
  }
}[RoutingRuleId]

/** The shipping address, as far as routing cares. */
export interface RoutingDestination {
  country_code: string | null
  province: string | null
  city: string | null
  postal_code: string | null
}

export interface GeoPoint {
  latitude: number
  longitude: number
}

export const GEOCODE_SOURCES = [
  "postal_prefix",
  "city",
  "province",
  "country",
] as const
export type GeocodeSource = (typeof GEOCODE_SOURCES)[number]

/** Where the geocoder placed the buyer; `point: null` when it could not. */
export interface GeocodeResult {
  point: GeoPoint | null
  source: GeocodeSource | null
  /** The centroid used, for the trace ("Guangdong", "postal 510"). */
  label: string | null
}

/**
 * One row of the centroid table the default geocoder reads. A row names a
 * postal prefix, a city or a province (one of them, or none for the country).
 */
export interface GeoCentroid {
  country_code: string
  province: string | null
  city: string | null
  postal_prefix: string | null
  /** Other spellings of the province or city ("广东", "广东省", "cn-gd"). */
  aliases: string[]
  latitude: number
  longitude: number
  label: string
}

/** Turns a destination into coordinates. Replaceable in plugin options. */
export interface GeocoderStrategy {
  geocode(
    destination: RoutingDestination,
    centroids: GeoCentroid[]
  ): GeocodeResult | Promise<GeocodeResult>
}

/** One order line to route. Quantities in units of the line's variant. */
export interface RoutingLine {
  line_item_id: string
  variant_id: string | null
  title: string
  sku: string | null
  quantity: number
  /** Value of one unit in the order's currency (for `min_split_value`). */
  unit_value: number
  /** Inventory items of the variant (several for a kit); empty when not stock-managed. */
  inventory: { inventory_item_id: string; required_quantity: number }[]
}

/** A warehouse the order could ship from, with what it has now. */
export interface RoutingWarehouse {
  location_id: string
  name: string
  profile: WarehouseProfile
  /** Available quantity per inventory item id (stocked − reserved). */
  available: Record<string, number>
  /** Orders already routed to it today (UTC), for `capacity`. */
  orders_today: number
}

export interface RoutingContext {
  order_id: string | null
  currency_code: string
  destination: RoutingDestination
  geocode: GeocodeResult
  lines: RoutingLine[]
  /** Candidates: stock locations of the order's sales channel, with profiles. */
  warehouses: RoutingWarehouse[]
  rules: RoutingRule[]
}

export interface RoutingAllocation {
  line_item_id: string
  location_id: string
  quantity: number
}

export interface RoutingUnallocated {
  line_item_id: string
  quantity: number
  reason: string
}

export const TRACE_VERDICTS = [
  "chosen",
  "fallback",
  "considered",
  "excluded",
  "info",
] as const
export type TraceVerdict = (typeof TRACE_VERDICTS)[number]

/**
 * One line of a decision's trace, e.g. "Guangzhou branch: in area, 12 km,
 * has 3/3" or "Shanghai HQ: fallback". `facts` lets a screen render it in
 * its own language.
 */
export interface RoutingTraceEntry {
  location_id: string | null
  name: string | null
  verdict: TraceVerdict
  /** Machine-readable reason: "in_area", "out_of_area", "at_capacity", "no_stock", "fallback", ... */
  code: string
  text: string
  facts?: {
    in_area?: boolean
    distance_km?: number | null
    priority?: number
    /** Units it can ship of those asked, over the order. */
    has?: number
    needed?: number
    orders_today?: number
    daily_capacity?: number | null
  }
}

export const ROUTING_STATUSES = ["allocated", "partial", "unallocated"] as const
export type RoutingStatus = (typeof ROUTING_STATUSES)[number]

export interface RoutingResult {
  /** allocated: every unit has a warehouse; partial: some; unallocated: none. */
  status: RoutingStatus
  allocations: RoutingAllocation[]
  unallocated: RoutingUnallocated[]
  trace: RoutingTraceEntry[]
  /** One sentence a person can read, e.g. "Ships from Guangzhou branch." */
  summary: string
}

/** Computes a routing decision. Replaceable in plugin options. */
export interface RoutingStrategy {
  route(context: RoutingContext): RoutingResult | Promise<RoutingResult>
}

export const ROUTING_SOURCES = ["placement", "reroute", "override"] as const
export type RoutingSource = (typeof ROUTING_SOURCES)[number]

/** A stored decision. Each re-route adds a version; one is current. */
export interface RoutingDecision extends RoutingResult {
  id: string
  order_id: string
  version: number
  source: RoutingSource
  is_current: boolean
  geocode: GeocodeResult | null
  /** Why an admin re-routed or overrode. */
  reason: string | null
  created_by: string | null
  created_at: Date | string
}
