import { FetchError } from "@medusajs/js-sdk"
import {
  useMutation,
  UseMutationOptions,
  useQueryClient,
} from "@tanstack/react-query"
import { codQueryKeys } from "../../lib/query-keys"
import { sdk } from "../../lib/sdk"
import {
  AdminCodSettingsResponse,
  AdminOrderCodResponse,
  AdminUpdateCodSettings,
} from "../../lib/types"
import { QueryOptions, useMallQuery } from "./utils"

/** The cash-on-delivery state of one order. */
export const useOrderCod = (
  orderId: string,
  options?: QueryOptions<AdminOrderCodResponse>
) =>
  useMallQuery<AdminOrderCodResponse>(
    codQueryKeys.order(orderId),
    `/admin/mall/orders/${encodeURIComponent(orderId)}/cod`,
    { options }
  )

/** The COD eligibility rules in force, and where they come from. */
export const useCodSettings = (
  options?: QueryOptions<AdminCodSettingsResponse>
) =>
  useMallQuery<AdminCodSettingsResponse>(
    codQueryKeys.settings(),
    "/admin/mall/cod-settings",
    { options }
  )

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
