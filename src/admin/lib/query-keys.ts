/**
 * Query keys of the plugin's admin data. Every key starts with `"mall"` so
 * they never collide with the dashboard's own keys in the shared QueryClient.
 */
const MALL_QUERY_KEY = "mall" as const

export const codQueryKeys = {
  all: [MALL_QUERY_KEY, "cod"] as const,
  orders: () => [...codQueryKeys.all, "order"] as const,
  order: (orderId: string) => [...codQueryKeys.orders(), orderId] as const,
  settings: () => [...codQueryKeys.all, "settings"] as const,
}

export const pipelineQueryKeys = {
  all: [MALL_QUERY_KEY, "pipeline"] as const,
  order: (orderId: string) =>
    [...pipelineQueryKeys.all, "order", orderId] as const,
  settings: () => [...pipelineQueryKeys.all, "settings"] as const,
}

export const departmentQueryKeys = {
  all: [MALL_QUERY_KEY, "departments"] as const,
  list: () => [...departmentQueryKeys.all, "list"] as const,
  me: () => [...departmentQueryKeys.all, "me"] as const,
  users: (query?: Record<string, unknown>) =>
    [MALL_QUERY_KEY, "users", query ?? {}] as const,
}

export const financeQueryKeys = {
  all: [MALL_QUERY_KEY, "finance"] as const,
  confirmations: (query?: Record<string, unknown>) =>
    [...financeQueryKeys.all, "confirmations", query ?? {}] as const,
  remittances: (query?: Record<string, unknown>) =>
    [...financeQueryKeys.all, "remittances", query ?? {}] as const,
  remittance: (id: string) =>
    [...financeQueryKeys.all, "remittance", id] as const,
  receivables: (query?: Record<string, unknown>) =>
    [...financeQueryKeys.all, "receivables", query ?? {}] as const,
  aging: (query?: Record<string, unknown>) =>
    [...financeQueryKeys.all, "aging", query ?? {}] as const,
  logisticsCosts: (query?: Record<string, unknown>) =>
    [...financeQueryKeys.all, "logistics-costs", query ?? {}] as const,
}

export const routingQueryKeys = {
  all: [MALL_QUERY_KEY, "routing"] as const,
  warehouses: () => [...routingQueryKeys.all, "warehouses"] as const,
  rules: () => [...routingQueryKeys.all, "rules"] as const,
  queue: (query?: Record<string, unknown>) =>
    [...routingQueryKeys.all, "queue", query ?? {}] as const,
  orders: () => [...routingQueryKeys.all, "order"] as const,
  order: (orderId: string) => [...routingQueryKeys.orders(), orderId] as const,
  centroids: (query?: Record<string, unknown>) =>
    [...routingQueryKeys.all, "centroids", query ?? {}] as const,
  salesChannels: () => [...routingQueryKeys.all, "sales-channels"] as const,
  variants: (q: string) => [...routingQueryKeys.all, "variants", q] as const,
}

export const channelInventoryQueryKeys = {
  all: [MALL_QUERY_KEY, "channel-inventory"] as const,
  positions: (query?: Record<string, unknown>) =>
    [...channelInventoryQueryKeys.all, "positions", query ?? {}] as const,
  movements: (query?: Record<string, unknown>) =>
    [...channelInventoryQueryKeys.all, "movements", query ?? {}] as const,
  suggestions: (query?: Record<string, unknown>) =>
    [...channelInventoryQueryKeys.all, "suggestions", query ?? {}] as const,
  locations: () => [...channelInventoryQueryKeys.all, "locations"] as const,
}

export const crmQueryKeys = {
  all: [MALL_QUERY_KEY, "crm"] as const,
  contacts: (query?: Record<string, unknown>) =>
    [...crmQueryKeys.all, "contacts", query ?? {}] as const,
  contact: (id: string) => [...crmQueryKeys.all, "contact", id] as const,
  customers: (ids: string[]) =>
    [...crmQueryKeys.all, "customers", [...ids].sort()] as const,
  matches: (query?: Record<string, unknown>) =>
    [...crmQueryKeys.all, "matches", query ?? {}] as const,
  match: (id: string) => [...crmQueryKeys.all, "match", id] as const,
  orderReviews: (query?: Record<string, unknown>) =>
    [...crmQueryKeys.all, "order-reviews", query ?? {}] as const,
  syncJobs: (query?: Record<string, unknown>) =>
    [...crmQueryKeys.all, "sync-jobs", query ?? {}] as const,
  /** The CRM side of a Medusa customer (the customer page's widget). */
  customer: (customerId: string) =>
    [...crmQueryKeys.all, "customer", customerId] as const,
  /** An order's review and CRM deliveries (the order page's widget). */
  orderReview: (orderId: string) =>
    [...crmQueryKeys.all, "order-review", orderId] as const,
}
