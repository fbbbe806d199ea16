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
import {
  MutationOptions,
  QueryOptions,
  useInvalidatingMutation,
  useMallQuery,
} from "./utils"

const orderPath = (orderId: string) =>
  `/admin/mall/orders/${encodeURIComponent(orderId)}`

/** An order's release gates and timeline. */
export const useOrderPipeline = (
  orderId: string,
  options?: QueryOptions<AdminOrderPipelineResponse>
) =>
  useMallQuery<AdminOrderPipelineResponse>(
    pipelineQueryKeys.order(orderId),
    `${orderPath(orderId)}/pipeline`,
    { options }
  )

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
) =>
  useMallQuery<AdminPipelineSettingsResponse>(
    pipelineQueryKeys.settings(),
    "/admin/mall/pipeline-settings",
    { options }
  )

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
