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
