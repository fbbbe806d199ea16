import { useQuery } from "@tanstack/react-query"
import { sdk } from "../../lib/sdk"

type OrderRefs = { orders: { id: string; display_id: number }[] }

/**
 * The display ids ("#1042") of orders known only by id, looked up in one
 * request to Medusa's order list.
 */
export const useOrderDisplayIds = (ids: string[]) => {
  const unique = [...new Set(ids)].sort()
  // Not useMallQuery: reading only `data` spares re-renders on fetch state.
  const { data } = useQuery({
    queryKey: ["mall", "order-refs", unique],
    queryFn: () =>
      sdk.client.fetch<OrderRefs>("/admin/orders", {
        query: { id: unique, fields: "id,display_id", limit: unique.length },
      }),
    enabled: unique.length > 0,
    staleTime: 5 * 60_000,
  })
  const byId = new Map((data?.orders ?? []).map((o) => [o.id, o.display_id]))

  return (id: string) => byId.get(id) ?? null
}
