import {
  acquireLockStep,
  beginReceiveReturnWorkflow,
  beginReturnOrderWorkflow,
  confirmReturnReceiveWorkflow,
  confirmReturnRequestWorkflow,
  emitEventStep,
  receiveItemReturnRequestWorkflow,
  releaseLockStep,
  requestItemReturnWorkflow,
  useQueryGraphStep,
} from "@medusajs/medusa/core-flows"
import {
  createHook,
  createWorkflow,
  transform,
  WorkflowResponse,
  type Hook,
  type ReturnWorkflow,
} from "@medusajs/framework/workflows-sdk"
import type { RefuseCodDeliveryInput } from "../../../types/cod-collection"
import { MallEvents } from "../../../types/modules"
import type MallFinanceModuleService from "../../../modules/finance/service"
import { recordAuditEntriesStep } from "../../pipeline/steps/record-audit-entries"
import { assertAnyDepartmentMemberStep } from "../steps/assert-any-department-member"
import { cancelCodPaymentStep } from "../steps/cancel-cod-payment"
import type { CodReceivableRow } from "../steps/open-cod-receivable"
import {
  codRefusalOrderFields,
  prepareCodRefusalStep,
  type CodRefusalPlan,
  type RefusalGraphOrder,
} from "../steps/prepare-cod-refusal"
import { recordCodRefusalStep } from "../steps/record-cod-refusal"
import { recordLogisticsCostStep } from "../steps/record-logistics-cost"
import { setPaymentGatesStep } from "../steps/set-payment-gates"
import { COD_SETTLEMENT_LOCK } from "./confirm-remittance"

export const refuseCodDeliveryWorkflowId = "mall-refuse-cod-delivery"

export interface RefuseCodDeliveryWorkflowInput extends RefuseCodDeliveryInput {
  order_id: string
  /** The admin user recording it (finance or customer service). */
  actor_id?: string | null
  additional_data?: Record<string, unknown>
}

type Row<K extends "listCodRefusals" | "listLogisticsCosts"> = Awaited<
  ReturnType<MallFinanceModuleService[K]>
>[number]

export interface RefuseCodDeliveryWorkflowOutput {
  order_id: string
  receivable: CodReceivableRow
  refusal: Row<"listCodRefusals">
  logistics_cost: Row<"listLogisticsCosts">
  /** The return to origin, received at `location_id`. */
  return_id: string
  location_id: string
  /** The COD payment whose authorization was canceled. */
  payment_id: string
}

export type RefuseCodDeliveryWorkflowHooks = [
  Hook<
    "validate",
    { input: RefuseCodDeliveryWorkflowInput; plan: CodRefusalPlan },
    unknown
  >,
  Hook<
    "codDeliveryRefused",
    RefuseCodDeliveryWorkflowOutput & {
      additional_data: Record<string, unknown> | undefined
    },
    unknown
  >,
]

/**
 * Records that the buyer refused a COD parcel: cancels the COD
 * authorization (nothing was captured, so nothing is refunded), opens a
 * return to origin and receives it at the location the parcel left from, so
 * the goods are back in stock there; records the return trip's cost and who
 * bears it; closes the receivable as refused; and appends a refusal to the
 * buyer's record, which COD eligibility counts. A second call for the same
 * order is refused. Used by `POST /admin/mall/orders/:id/cod-refused`.
 *
 * @example
 * await refuseCodDeliveryWorkflow(container).run({
 *   input: {
 *     order_id: "order_123",
 *     reason: "Buyer refused at the door",
 *     logistics_cost: 18,
 *     actor_id: "user_123",
 *   },
 * })
 *
 * @summary
 * Record a refused COD delivery and return the goods to origin.
 *
 * @property hooks.validate - Runs with the plan, before anything changes.
 * @property hooks.codDeliveryRefused - Runs after everything is recorded.
 */
export const refuseCodDeliveryWorkflow: ReturnWorkflow<
  RefuseCodDeliveryWorkflowInput,
  RefuseCodDeliveryWorkflowOutput,
  RefuseCodDeliveryWorkflowHooks
> = createWorkflow(
  refuseCodDeliveryWorkflowId,
  (input: RefuseCodDeliveryWorkflowInput) => {
    acquireLockStep({ key: COD_SETTLEMENT_LOCK, timeout: 60, ttl: 120 })
    assertAnyDepartmentMemberStep({
      actor_id: input.actor_id,
      departments: ["finance", "customer_service"],
      action: "record refused COD deliveries",
    })
    const { data: orders } = useQueryGraphStep({
      entity: "order",
      fields: codRefusalOrderFields,
      filters: { id: input.order_id },
      options: { throwIfKeyNotFound: true },
    })
    const plan = prepareCodRefusalStep({
      order: transform(
        { orders },
        ({ orders }) => orders[0] as unknown as RefusalGraphOrder
      ),
      input,
    })
    const validate = createHook("validate", { input, plan })

    cancelCodPaymentStep({ payment_id: plan.payment_id })

    const actor = transform(
      { input },
      ({ input }) => input.actor_id ?? undefined
    )
    const change = beginReturnOrderWorkflow.runAsStep({
      input: transform({ plan, input, actor }, ({ plan, input, actor }) => ({
        order_id: plan.order_id,
        location_id: plan.location_id,
        created_by: actor,
        description: "Refused COD delivery: return to origin",
        internal_note: input.reason,
      })),
    })
    const returnId = transform(
      { change },
      ({ change }) => change.return_id as string
    )
    requestItemReturnWorkflow.runAsStep({
      input: transform({ returnId, plan }, ({ returnId, plan }) => ({
        return_id: returnId,
        items: plan.items,
      })),
    })
    confirmReturnRequestWorkflow.runAsStep({
      input: transform({ returnId, actor }, ({ returnId, actor }) => ({
        return_id: returnId,
        confirmed_by: actor,
      })),
    })
    beginReceiveReturnWorkflow.runAsStep({
      input: transform({ returnId, actor }, ({ returnId, actor }) => ({
        return_id: returnId,
        created_by: actor,
        description: "Refused COD parcel back at the warehouse",
      })),
    })
    receiveItemReturnRequestWorkflow.runAsStep({
      input: transform({ returnId, plan }, ({ returnId, plan }) => ({
        return_id: returnId,
        items: plan.items,
      })),
    })
    confirmReturnReceiveWorkflow.runAsStep({
      input: transform({ returnId, actor }, ({ returnId, actor }) => ({
        return_id: returnId,
        confirmed_by: actor,
      })),
    })

    const cost = recordLogisticsCostStep(
      transform({ plan, input }, ({ plan, input }) => ({
        order_id: plan.order_id,
        kind: "return_to_origin" as const,
        currency_code: plan.currency_code,
        amount: input.logistics_cost,
        bearer: plan.bearer,
        reason: input.reason,
        recorded_by: input.actor_id ?? null,
      }))
    )
    const recorded = recordCodRefusalStep(
      transform({ plan, input }, ({ plan, input }) => ({
        receivable_id: plan.receivable.id,
        order_id: plan.order_id,
        customer_id: plan.customer_id,
        email: plan.email,
        reason: input.reason,
      }))
    )
    setPaymentGatesStep({
      order_ids: transform({ plan }, ({ plan }) => [plan.order_id]),
      status: "failed",
      actor_id: input.actor_id,
      reason: transform(
        { input },
        ({ input }) => `The buyer refused the COD parcel: ${input.reason}`
      ),
    })
    recordAuditEntriesStep(
      transform(
        { plan, input, cost, returnId },
        ({ plan, input, cost, returnId }) => {
          const common = {
            order_id: plan.order_id,
            actor_id: input.actor_id ?? null,
            reason: input.reason,
          }
          return [
            {
              ...common,
              entity_type: "cod_receivable",
              entity_id: plan.receivable.id,
              action: "cod_receivable.refused",
              data: {
                payment_id: plan.payment_id,
                return_id: returnId,
                location_id: plan.location_id,
                items: plan.items,
              },
            },
            {
              ...common,
              entity_type: "logistics_cost",
              entity_id: cost.id,
              action: "logistics_cost.recorded",
              data: {
                kind: "return_to_origin",
                amount: input.logistics_cost,
                currency_code: plan.currency_code,
                bearer: plan.bearer,
              },
            },
          ]
        }
      )
    )

    const result = transform(
      { plan, recorded, cost, returnId },
      ({
        plan,
        recorded,
        cost,
        returnId,
      }): RefuseCodDeliveryWorkflowOutput => ({
        order_id: plan.order_id,
        receivable: recorded.receivable,
        refusal: recorded.refusal,
        logistics_cost: cost,
        return_id: returnId,
        location_id: plan.location_id,
        payment_id: plan.payment_id,
      })
    )
    const codDeliveryRefused = createHook("codDeliveryRefused", {
      order_id: result.order_id,
      receivable: result.receivable,
      refusal: result.refusal,
      logistics_cost: result.logistics_cost,
      return_id: result.return_id,
      location_id: result.location_id,
      payment_id: result.payment_id,
      additional_data: input.additional_data,
    })
    emitEventStep({
      eventName: MallEvents.COD_RECEIVABLE_REFUSED,
      data: transform({ plan, returnId }, ({ plan, returnId }) => ({
        id: plan.receivable.id,
        order_id: plan.order_id,
        return_id: returnId,
      })),
    })
    releaseLockStep({ key: COD_SETTLEMENT_LOCK })

    return new WorkflowResponse(result, {
      hooks: [validate, codDeliveryRefused],
    })
  }
)
