import { useQuery } from "@tanstack/react-query"
import {
  codQueryKeys,
  financeQueryKeys,
  pipelineQueryKeys,
} from "../../lib/query-keys"
import { sdk } from "../../lib/sdk"
import { AdminRefuseCodDelivery } from "../../lib/finance-types"
import {
  AdminOrderPipelineResponse,
  AdminPipelineSettingsResponse,
  AdminUpdatePipelineSettings,
  GateKind,
} from "../../lib/pipeline-types"
import { MutationOptions, QueryOptions, useInvalidatingMutation } from "./utils"

const orderPath = (orderId: string) =>
  `/admin/mall/orders/${encodeURIComponent(orderId)}`

/** An order's release gates and timeline. */
export const useOrderPipeline = (
  orderId: string,
  options?: QueryOptions<AdminOrderPipelineResponse>
) => {
  const { data, ...rest } = useQuery({
    queryKey: pipelineQueryKeys.order(orderId),
    queryFn: () =>
      sdk.client.fetch<AdminOrderPipelineResponse>(
        `${orderPath(orderId)}/pipeline`
      ),
    ...options,
  })

  return { ...data, ...rest }
}

export type GateDecision =
  | { kind: GateKind; status: "passed" | "failed"; reason?: string }
  | { kind: GateKind; status: "waived"; reason: string }

/** Passes, fails or waives one of an order's gates. */
export const useDecideGate = (
  orderId: string,
  options?: MutationOptions<unknown, GateDecision>
) =>
  useInvalidatingMutation(
    ({ kind, status, reason }: GateDecision) =>
      status === "waived"
        ? sdk.client.fetch(`${orderPath(orderId)}/gates/${kind}/waive`, {
            method: "POST",
            body: { reason },
          })
        : sdk.client.fetch(`${orderPath(orderId)}/gates/${kind}`, {
            method: "POST",
            body: reason ? { status, reason } : { status },
          }),
    [pipelineQueryKeys.order(orderId)],
    options
  )

/** Records a refused COD parcel: return to origin and its logistics cost. */
export const useRefuseCodDelivery = (
  orderId: string,
  options?: MutationOptions<unknown, AdminRefuseCodDelivery>
) =>
  useInvalidatingMutation(
    (body: AdminRefuseCodDelivery) =>
      sdk.client.fetch(`${orderPath(orderId)}/cod-refused`, {
        method: "POST",
        body,
      }),
    [
      pipelineQueryKeys.order(orderId),
      codQueryKeys.order(orderId),
      financeQueryKeys.all,
      ["orders"],
    ],
    options
  )

/** The pipeline rules in force, and where they come from. */
export const usePipelineSettings = (
  options?: QueryOptions<AdminPipelineSettingsResponse>
) => {
  const { data, ...rest } = useQuery({
    queryKey: pipelineQueryKeys.settings(),
    queryFn: () =>
      sdk.client.fetch<AdminPipelineSettingsResponse>(
        "/admin/mall/pipeline-settings"
      ),
    ...options,
  })

  return { ...data, ...rest }
}

/** Saves pipeline rules (a partial update). */
export const useUpdatePipelineSettings = (
  options?: MutationOptions<
    AdminPipelineSettingsResponse,
    AdminUpdatePipelineSettings
  >
) =>
  useInvalidatingMutation(
    (body: AdminUpdatePipelineSettings) =>
      sdk.client.fetch<AdminPipelineSettingsResponse>(
        "/admin/mall/pipeline-settings",
        { method: "POST", body }
      ),
    [pipelineQueryKeys.settings()],
    options
  )
