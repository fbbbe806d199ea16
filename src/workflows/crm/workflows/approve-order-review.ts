import {
  acquireLockStep,
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
import { buildCrmOrderPayloadStep } from "../steps/build-crm-order-payload"
import { enqueueCrmSyncJobStep } from "../steps/enqueue-crm-sync-job"
import { retrieveOrderReviewStep } from "../steps/retrieve-order-review"
import { updateOrderReviewStep } from "../steps/update-order-review"
import type { OrderReviewRow } from "../utils/order-review"
import { deliverCrmSyncJobsWorkflow } from "./deliver-crm-sync-jobs"
import { IMMEDIATE_CRM_DELIVERY_LIMIT } from "./open-order-review"
import { reviewOrderLabelStep } from "../steps/review-order-label"

export const approveOrderReviewWorkflowId = "mall-approve-crm-order-review"

export interface ApproveOrderReviewWorkflowInput {
  /** The order review. */
  id: string
  /** Why, shown in the timeline; optional. */
  reason?: string | null
  /** The admin user approving; must belong to sales_ops. */
  actor_id: string
  /** Extra data for hook handlers. */
  additional_data?: Record<string, unknown>
}

export type ApproveOrderReviewWorkflowHooks = [
  Hook<
    "validate",
    {
      input: ApproveOrderReviewWorkflowInput
      order_review: OrderReviewRow
      release_gate: ReleaseGateRow | null
    },
    unknown
  >,
  Hook<
    "orderReviewApproved",
    {
      order_review: OrderReviewRow
      additional_data: Record<string, unknown> | undefined
    },
    unknown
  >,
]

/** The gate a review decides. */
export const findCustomerReviewGate = (gates: ReleaseGateRow[]) =>
  gates.find((g) => g.kind === "customer_review") ?? null

/**
 * Sales ops approves a pending order review: the review is approved, the
 * order's customer_review gate passes, the decision is audited, and the
 * order is queued for the CRM and sent right away (when a connector is
 * configured). Only sales_ops members may approve (403), once (400). Used
 * by `POST /admin/mall/crm/order-reviews/:id/approve`.
 *
 * @example
 * await approveOrderReviewWorkflow(container).run({
 *   input: { id: "crmrev_123", reason: "Called the buyer back", actor_id: "user_1" },
 * })
 *
 * @summary
 * Approve an order's customer review.
 *
 * @property hooks.validate - Runs before anything is saved; throw a `MedusaError` to refuse.
 * @property hooks.orderReviewApproved - Runs after the review and the gate are saved, before the CRM delivery.
 */
export const approveOrderReviewWorkflow: ReturnWorkflow<
  ApproveOrderReviewWorkflowInput,
  OrderReviewRow,
  ApproveOrderReviewWorkflowHooks
> = createWorkflow(
  approveOrderReviewWorkflowId,
  (input: ApproveOrderReviewWorkflowInput) => {
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
      action: "approve order reviews",
    })
    assertOrderReviewDecidableStep({
      review,
      decision: "approved",
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
    })

    const approved = updateOrderReviewStep(
      transform({ input }, ({ input }) => ({
        id: input.id,
        status: "approved" as const,
        decided_by: input.actor_id,
        reason: input.reason || null,
      }))
    )

    // A gate failed by hand while the review was pending passes too: the
    // review is what the gate stands for. A waived gate is left waived.
    const passesGate = transform(
      { gate },
      ({ gate }) => gate?.status === "pending" || gate?.status === "failed"
    )
    const gateReason = transform(
      { input },
      ({ input }) => input.reason || "Customer review approved by sales ops"
    )
    when(
      "mall-approval-passes-customer-review-gate",
      { passesGate },
      (data) => data.passesGate
    ).then(() => {
      setGateStatusStep(
        transform(
          { review, input, gateReason },
          ({ review, input, gateReason }) => ({
            order_id: review.order_id,
            kind: "customer_review" as const,
            status: "passed" as const,
            actor_id: input.actor_id,
            reason: gateReason,
          })
        )
      )
      emitEventStep({
        eventName: MallEvents.RELEASE_GATE_DECIDED,
        data: transform({ gate, review, input }, ({ gate, review, input }) =>
          gateDecidedEventData(gate!, {
            order_id: review.order_id,
            to: "passed",
            actor_id: input.actor_id,
          })
        ),
      }).config({ name: "mall-emit-customer-review-gate-approved" })
    })

    recordAuditEntriesStep(
      transform(
        { input, review, gate, passesGate, gateReason },
        ({ input, review, gate, passesGate, gateReason }) => {
          const entries: AuditEntryInput[] = [
            {
              order_id: review.order_id,
              entity_type: "crm_order_review",
              entity_id: review.id,
              action: "order_review.approved",
              actor_id: input.actor_id,
              department: "sales_ops",
              reason: input.reason || null,
              data: {
                status: "approved",
                automatic: false,
                from: review.status,
              },
            },
          ]
          if (gate && passesGate) {
            entries.push(
              gateAuditEntry(gate, {
                order_id: review.order_id,
                to: "passed",
                actor_id: input.actor_id,
                reason: gateReason,
              })
            )
          }
          return entries
        }
      )
    )

    const orderReviewApproved = createHook("orderReviewApproved", {
      order_review: approved,
      additional_data: input.additional_data,
    })
    emitEventStep({
      eventName: MallEvents.CRM_ORDER_REVIEW_APPROVED,
      data: transform({ review, input }, ({ review, input }) => ({
        id: review.id,
        order_id: review.order_id,
        automatic: false,
        actor_id: input.actor_id,
      })),
    }).config({ name: "mall-emit-order-review-approved" })

    const payload = buildCrmOrderPayloadStep(
      transform({ review, approved }, ({ review, approved }) => ({
        order_id: review.order_id,
        review: { ...approved, contact_id: review.contact_id },
      }))
    )
    const syncJob = enqueueCrmSyncJobStep(
      transform({ review, payload }, ({ review, payload }) => ({
        order_id: review.order_id,
        payload,
      }))
    )
    releaseLockStep({ key: lockKey })

    const deliver = transform(
      { syncJob },
      ({ syncJob }) => !!syncJob && syncJob.status === "pending"
    )
    when(
      "mall-deliver-manually-approved-order-now",
      { deliver },
      (data) => data.deliver
    ).then(() => {
      deliverCrmSyncJobsWorkflow.runAsStep({
        input: { limit: IMMEDIATE_CRM_DELIVERY_LIMIT },
      })
    })

    return new WorkflowResponse(approved, {
      hooks: [validate, orderReviewApproved],
    })
  }
)
