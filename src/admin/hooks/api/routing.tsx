import { keepPreviousData, useQuery } from "@tanstack/react-query"
import { pipelineQueryKeys, routingQueryKeys } from "../../lib/query-keys"
import { sdk } from "../../lib/sdk"
import {
  AdminCreateWarehouseProfile,
  AdminGeoCentroidImportResponse,
  AdminGeoCentroidInput,
  AdminGeoCentroidListResponse,
  AdminOrderRoutingResponse,
  AdminRerouteOrder,
  AdminRoutingQueueResponse,
  AdminRoutingRulesResponse,
  AdminRoutingSimulationResponse,
  AdminSimulateRouting,
  AdminUpdateRoutingRules,
  AdminUpdateWarehouseProfile,
  AdminWarehouseListResponse,
  AdminWarehouseResponse,
} from "../../lib/routing-types"
import {
  MutationOptions,
  QueryOptions,
  useInvalidatingMutation,
  useMallQuery,
} from "./utils"

const WAREHOUSES = "/admin/mall/warehouses"
const ROUTING = "/admin/mall/routing"

const orderPath = (orderId: string) =>
  `/admin/mall/orders/${encodeURIComponent(orderId)}`

/** Every stock location with its routing profile (or none yet). */
export const useWarehouses = (
  options?: QueryOptions<AdminWarehouseListResponse>
) =>
  useMallQuery<AdminWarehouseListResponse>(
    routingQueryKeys.warehouses(),
    WAREHOUSES,
    { options }
  )

/** Gives a stock location its routing profile. */
export const useCreateWarehouseProfile = (
  options?: MutationOptions<AdminWarehouseResponse, AdminCreateWarehouseProfile>
) =>
  useInvalidatingMutation(
    (body: AdminCreateWarehouseProfile) =>
      sdk.client.fetch<AdminWarehouseResponse>(WAREHOUSES, {
        method: "POST",
        body,
      }),
    [routingQueryKeys.warehouses()],
    options
  )

/** Changes a routing profile (a partial update). */
export const useUpdateWarehouseProfile = (
  profileId: string,
  options?: MutationOptions<AdminWarehouseResponse, AdminUpdateWarehouseProfile>
) =>
  useInvalidatingMutation(
    (body: AdminUpdateWarehouseProfile) =>
      sdk.client.fetch<AdminWarehouseResponse>(
        `${WAREHOUSES}/${encodeURIComponent(profileId)}`,
        { method: "POST", body }
      ),
    [routingQueryKeys.warehouses()],
    options
  )

/** The routing rules in force, in order, and where they come from. */
export const useRoutingRules = (
  options?: QueryOptions<AdminRoutingRulesResponse>
) =>
  useMallQuery<AdminRoutingRulesResponse>(
    routingQueryKeys.rules(),
    `${ROUTING}/rules`,
    { options }
  )

/** Saves the full ordered list of rules. */
export const useUpdateRoutingRules = (
  options?: MutationOptions<AdminRoutingRulesResponse, AdminUpdateRoutingRules>
) =>
  useInvalidatingMutation(
    (body: AdminUpdateRoutingRules) =>
      sdk.client.fetch<AdminRoutingRulesResponse>(`${ROUTING}/rules`, {
        method: "POST",
        body,
      }),
    [routingQueryKeys.rules()],
    options
  )

/** Routes an imaginary order with the rules and stock of now; writes nothing. */
export const useSimulateRouting = (
  options?: MutationOptions<
    AdminRoutingSimulationResponse,
    AdminSimulateRouting
  >
) =>
  useInvalidatingMutation(
    (body: AdminSimulateRouting) =>
      sdk.client.fetch<AdminRoutingSimulationResponse>(`${ROUTING}/simulate`, {
        method: "POST",
        body,
      }),
    [],
    options
  )

/** Orders that routing could not fully place: the warehouse team's queue. */
export const useRoutingQueue = (
  query: { limit?: number; offset?: number },
  options?: QueryOptions<AdminRoutingQueueResponse>
) =>
  useMallQuery<AdminRoutingQueueResponse>(
    routingQueryKeys.queue,
    `${ROUTING}/queue`,
    { query, keepPrevious: true, options }
  )

/** An order's current routing decision and the earlier ones. */
export const useOrderRouting = (
  orderId: string,
  options?: QueryOptions<AdminOrderRoutingResponse>
) =>
  useMallQuery<AdminOrderRoutingResponse>(
    routingQueryKeys.order(orderId),
    `${orderPath(orderId)}/routing`,
    { options }
  )

/**
 * Re-routes an order (a new automatic decision) or overrides its routing by
 * hand. Reservations move, the routing gate may pass and the warehouses'
 * orders of the day change: all of those are refreshed.
 */
export const useRerouteOrder = (
  orderId: string,
  options?: MutationOptions<AdminOrderRoutingResponse, AdminRerouteOrder>
) =>
  useInvalidatingMutation(
    (body: AdminRerouteOrder) =>
      sdk.client.fetch<AdminOrderRoutingResponse>(
        `${orderPath(orderId)}/reroute`,
        { method: "POST", body }
      ),
    [
      routingQueryKeys.order(orderId),
      [...routingQueryKeys.all, "queue"],
      routingQueryKeys.warehouses(),
      pipelineQueryKeys.order(orderId),
      ["orders"],
      ["reservation_items"],
      ["inventory_items"],
    ],
    options
  )

/** The centroids the default geocoder places addresses with. */
export const useGeoCentroids = (
  query: {
    country_code?: string
    q?: string
    limit?: number
    offset?: number
  },
  options?: QueryOptions<AdminGeoCentroidListResponse>
) =>
  useMallQuery<AdminGeoCentroidListResponse>(
    routingQueryKeys.centroids,
    `${ROUTING}/centroids`,
    { query, keepPrevious: true, options }
  )

export type CentroidImport =
  | { format: "json"; centroids: AdminGeoCentroidInput[] }
  | { format: "csv"; file: Blob; filename: string }

/** Imports centroids (JSON rows or a CSV file); bad lines are reported. */
export const useImportGeoCentroids = (
  options?: MutationOptions<AdminGeoCentroidImportResponse, CentroidImport>
) =>
  useInvalidatingMutation(
    (input: CentroidImport) => {
      if (input.format === "json") {
        return sdk.client.fetch<AdminGeoCentroidImportResponse>(
          `${ROUTING}/centroids`,
          { method: "POST", body: { centroids: input.centroids } }
        )
      }
      const form = new FormData()
      form.append("file", input.file, input.filename)
      return sdk.client.fetch<AdminGeoCentroidImportResponse>(
        `${ROUTING}/centroids`,
        {
          method: "POST",
          body: form,
          // Let the browser set the multipart boundary.
          headers: { "content-type": null },
        }
      )
    },
    [[...routingQueryKeys.all, "centroids"]],
    options
  )

/** Sales channels (Medusa's own list), to simulate an order in one. */
export const useSalesChannelOptions = () => {
  // Not useMallQuery: Medusa's typed SDK call, and only its list is returned.
  const { data, ...rest } = useQuery({
    queryKey: routingQueryKeys.salesChannels(),
    queryFn: () =>
      sdk.admin.salesChannel.list({ limit: 100, fields: "id,name" }),
    staleTime: 5 * 60_000,
  })

  return { sales_channels: data?.sales_channels, ...rest }
}

export type VariantOption = {
  id: string
  product_title: string
  title: string | null
  sku: string | null
}

/** Variants of the products matching a search, to add to a simulation. */
export const useVariantSearch = (q: string) => {
  // Not useMallQuery: Medusa's typed SDK call, flattened into variants.
  const { data, ...rest } = useQuery({
    queryKey: routingQueryKeys.variants(q),
    queryFn: () =>
      sdk.admin.product.list({
        fields: "id,title,*variants",
        q: q || undefined,
        limit: 10,
      }),
    placeholderData: keepPreviousData,
    staleTime: 60_000,
  })
  const variants: VariantOption[] = (data?.products ?? []).flatMap((product) =>
    (product.variants ?? []).map((variant) => ({
      id: variant.id,
      product_title: product.title,
      title: variant.title ?? null,
      sku: variant.sku ?? null,
    }))
  )

  return { variants, ...rest }
}
