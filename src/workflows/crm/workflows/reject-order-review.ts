import {
  acquireLockStep,
  cancelOrderWorkflow,
  emitEventStep,
  releaseLockStep,
} from "@medusajs/medusa/core-flows"
import {
  createHook,
  createWorkflow,
  transform,
  when,
  WorkflowResponse,
  type Hook,
  type ReturnWorkflow,
} from "@medusajs/framework/workflows-sdk"
import { MallEvents } from "../../../types/modules"
import type { RejectedOrderAction } from "../../../utils/plugin-options"
import { assertDepartmentMemberStep } from "../../pipeline/steps/assert-department-member"
import {
  recordAuditEntriesStep,
  type AuditEntryInput,
} from "../../pipeline/steps/record-audit-entries"
import { retrieveOrderPipelineStateStep } from "../../pipeline/steps/retrieve-order-pipeline-state"
import { setGateStatusStep } from "../../pipeline/steps/set-gate-status"
import {
  gateAuditEntry,
  gateDecidedEventData,
} from "../../pipeline/utils/gates"
import type { ReleaseGateRow } from "../../pipeline/utils/order-pipeline-view"
import { orderPipelineLockKey } from "../../pipeline/workflows/decide-gate"
import { assertOrderReviewDecidableStep } from "../steps/assert-order-review-decidable"
import { resolveOrderRejectionStep } from "../steps/resolve-order-rejection"
import { retrieveOrderReviewStep } from "../steps/retrieve-order-review"
import { reviewOrderLabelStep } from "../steps/review-order-label"
import { updateOrderReviewStep } from "../steps/update-order-review"
import type { OrderReviewRow } from "../utils/order-review"
import { findCustomerReviewGate } from "./approve-order-review"

export const rejectOrderReviewWorkflowId = "mall-reject-crm-order-review"

export interface RejectOrderReviewWorkflowInput {
  /** The order review. */
  id: string
  /** Why the order is rejected; required. */
  reason: string
  /** The admin user rejecting; must belong to sales_ops. */
  actor_id: string
  /**
   * What the rejection does to the order, instead of the plugin option
   * `crm.order_review.on_reject`: "hold" keeps it (fulfilment blocked),
   * "cancel" cancels it with Medusa's cancel-order workflow.
   */
  on_reject?: RejectedOrderAction
  /** Extra data for hook handlers. */
  additional_data?: Record<string, unknown>
}

export type RejectOrderReviewWorkflowHooks = [
  Hook<
    "validate",
    {
      input: RejectOrderReviewWorkflowInput
      order_review: OrderReviewRow
      release_gate: ReleaseGateRow | null
      on_reject: RejectedOrderAction
    },
    unknown
  >,
  Hook<
    "orderReviewRejected",
    {
      order_review: OrderReviewRow
      on_reject: RejectedOrderAction
      additional_data: Record<string, unknown> | undefined
    },
    unknown
  >,
]

/**
 * Sales ops rejects a pending order review with a reason: the review is
 * rejected and the order's customer_review gate fails, so the order is
 * held (the pipeline blocks its fulfilment). When
 * `crm.order_review.on_reject` is "cancel" the order is also canceled with
 * Medusa's `cancelOrderWorkflow` (its payment is canceled or refunded).
 * Only sales_ops members may reject (403), once (400); an owner of
 * sales_ops may still waive the gate. Used by
 * `POST /admin/mall/crm/order-reviews/:id/reject`.
 *
 * @example
 * await rejectOrderReviewWorkflow(container).run({
 *   input: { id: "crmrev_123", reason: "Fake address", actor_id: "user_1" },
 * })
 *
 * @summary
 * Reject an order's customer review.
 *
 * @property hooks.validate - Runs before anything is saved; throw a `MedusaError` to refuse.
 * @property hooks.orderReviewRejected - Runs after the review and the gate are saved, before a cancellation.
 */
export const rejectOrderReviewWorkflow: ReturnWorkflow<
  RejectOrderReviewWorkflowInput,
  OrderReviewRow,
  RejectOrderReviewWorkflowHooks
> = createWorkflow(
  rejectOrderReviewWorkflowId,
  (input: RejectOrderReviewWorkflowInput) => {
    const onReject = resolveOrderRejectionStep({
      reason: input.reason,
      on_reject: input.on_reject,
    })
    const found = retrieveOrderReviewStep({ id: input.id })
    const lockKey = transform({ found }, ({ found }) =>
      orderPipelineLockKey(found.order_id)
    )
    acquireLockStep({ key: lockKey, timeout: 5, ttl: 30 })
    // Read again under the lock: another decision may have come first.
    const review = retrieveOrderReviewStep({ id: input.id }).config({
      name: "mall-retrieve-order-review-locked",
    })
    const orderLabel = reviewOrderLabelStep({ order_id: review.order_id })

    assertDepartmentMemberStep({
      actor_id: input.actor_id,
      department: "sales_ops",
      action: "reject order reviews",
    })
    assertOrderReviewDecidableStep({
      review,
      decision: "rejected",
      order_label: orderLabel,
    })
    const state = retrieveOrderPipelineStateStep({ order_id: review.order_id })
    const gate = transform({ state }, ({ state }) =>
      findCustomerReviewGate(state.gates)
    )

    const validate = createHook("validate", {
      input,
      order_review: review,
      release_gate: gate,
      on_reject: onReject,
    })

    const rejected = updateOrderReviewStep(
      transform({ input }, ({ input }) => ({
        id: input.id,
        status: "rejected" as const,
        decided_by: input.actor_id,
        reason: input.reason.trim(),
      }))
    )

    // A gate passed by hand while the review was pending fails too, so the
    // rejection holds the order; a gate an owner waived stays waived.
    const failsGate = transform(
      { gate },
      ({ gate }) => gate?.status === "pending" || gate?.status === "passed"
    )
    when(
      "mall-rejection-fails-customer-review-gate",
      { failsGate },
      (data) => data.failsGate
    ).then(() => {
      setGateStatusStep(
        transform({ review, input }, ({ review, input }) => ({
          order_id: review.order_id,
          kind: "customer_review" as const,
          status: "failed" as const,
          actor_id: input.actor_id,
          reason: input.reason.trim(),
        }))
      )
      emitEventStep({
        eventName: MallEvents.RELEASE_GATE_DECIDED,
        data: transform({ gate, review, input }, ({ gate, review, input }) =>
          gateDecidedEventData(gate!, {
            order_id: review.order_id,
            to: "failed",
            actor_id: input.actor_id,
          })
        ),
      }).config({ name: "mall-emit-customer-review-gate-failed" })
    })

    recordAuditEntriesStep(
      transform(
        { input, review, gate, failsGate, onReject },
        ({ input, review, gate, failsGate, onReject }) => {
          const entries: AuditEntryInput[] = [
            {
              order_id: review.order_id,
              entity_type: "crm_order_review",
              entity_id: review.id,
              action: "order_review.rejected",
              actor_id: input.actor_id,
              department: "sales_ops",
              reason: input.reason.trim(),
              data: {
                status: "rejected",
                from: review.status,
                on_reject: onReject,
              },
            },
          ]
          if (gate && failsGate) {
            entries.push(
              gateAuditEntry(gate, {
                order_id: review.order_id,
                to: "failed",
                actor_id: input.actor_id,
                reason: input.reason.trim(),
              })
            )
          }
          return entries
        }
      )
    )

    const orderReviewRejected = createHook("orderReviewRejected", {
      order_review: rejected,
      on_reject: onReject,
      additional_data: input.additional_data,
    })

    const cancel = transform(
      { onReject },
      ({ onReject }) => onReject === "cancel"
    )
    when(
      "mall-rejection-cancels-order",
      { cancel },
      (data) => data.cancel
    ).then(() => {
      cancelOrderWorkflow.runAsStep({
        input: transform({ review, input }, ({ review, input }) => ({
          order_id: review.order_id,
          canceled_by: input.actor_id,
        })),
      })
    })

    emitEventStep({
      eventName: MallEvents.CRM_ORDER_REVIEW_REJECTED,
      data: transform(
        { review, input, onReject },
        ({ review, input, onReject }) => ({
          id: review.id,
          order_id: review.order_id,
          actor_id: input.actor_id,
          reason: input.reason.trim(),
          canceled: onReject === "cancel",
        })
      ),
    }).config({ name: "mall-emit-order-review-rejected" })
    releaseLockStep({ key: lockKey })

    return new WorkflowResponse(rejected, {
      hooks: [validate, orderReviewRejected],
    })
  }
)
