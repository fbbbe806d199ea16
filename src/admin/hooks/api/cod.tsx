import { FetchError } from "@medusajs/js-sdk"
import {
  QueryKey,
  useMutation,
  UseMutationOptions,
  useQuery,
  useQueryClient,
  UseQueryOptions,
} from "@tanstack/react-query"
import { codQueryKeys } from "../../lib/query-keys"
import { sdk } from "../../lib/sdk"
import {
  AdminCodSettingsResponse,
  AdminOrderCodResponse,
  AdminUpdateCodSettings,
} from "../../lib/types"

type QueryOptions<TResponse> = Omit<
  UseQueryOptions<TResponse, FetchError, TResponse, QueryKey>,
  "queryKey" | "queryFn"
>

/** The cash-on-delivery state of one order. */
export const useOrderCod = (
  orderId: string,
  options?: QueryOptions<AdminOrderCodResponse>
) => {
  const { data, ...rest } = useQuery({
    queryKey: codQueryKeys.order(orderId),
    queryFn: () =>
      sdk.client.fetch<AdminOrderCodResponse>(
        `/admin/mall/orders/${encodeURIComponent(orderId)}/cod`
      ),
    ...options,
  })

  return { ...data, ...rest }
}

/** The COD eligibility rules in force, and where they come from. */
export const useCodSettings = (
  options?: QueryOptions<AdminCodSettingsResponse>
) => {
  const { data, ...rest } = useQuery({
    queryKey: codQueryKeys.settings(),
    queryFn: () =>
      sdk.client.fetch<AdminCodSettingsResponse>("/admin/mall/cod-settings"),
    ...options,
  })

  return { ...data, ...rest }
}

/** Saves COD rules (a partial update); refreshes the cached settings. */
export const useUpdateCodSettings = (
  options?: Omit<
    UseMutationOptions<
      AdminCodSettingsResponse,
      FetchError,
      AdminUpdateCodSettings
    >,
    "mutationFn"
  >
) => {
  const queryClient = useQueryClient()

  return useMutation({
    ...options,
    mutationFn: (body: AdminUpdateCodSettings) =>
      sdk.client.fetch<AdminCodSettingsResponse>("/admin/mall/cod-settings", {
        method: "POST",
        body,
      }),
    onSuccess: async (data, variables, context) => {
      queryClient.setQueryData(codQueryKeys.settings(), data)
      await queryClient.invalidateQueries({
        queryKey: codQueryKeys.settings(),
      })
      options?.onSuccess?.(data, variables, context)
    },
  })
}
