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
import type { NewOrderReview, SyncJob } from "../../../types/crm-module"
import { MallEvents } from "../../../types/modules"
import type {
  OrderReviewFacts,
  OrderReviewVerdict,
} from "../../../types/order-review"
import {
  recordAuditEntriesStep,
  type AuditEntryInput,
} from "../../pipeline/steps/record-audit-entries"
import { retrieveOrderPipelineStateStep } from "../../pipeline/steps/retrieve-order-pipeline-state"
import { retrievePipelineSettingsStep } from "../../pipeline/steps/retrieve-pipeline-settings"
import { setGateStatusStep } from "../../pipeline/steps/set-gate-status"
import {
  gateAuditEntry,
  gateDecidedEventData,
} from "../../pipeline/utils/gates"
import { orderPipelineLockKey } from "../../pipeline/workflows/decide-gate"
import { buildCrmOrderPayloadStep } from "../steps/build-crm-order-payload"
import { createOrderReviewStep } from "../steps/create-order-review"
import { enqueueCrmSyncJobStep } from "../steps/enqueue-crm-sync-job"
import { evaluateOrderReviewStep } from "../steps/evaluate-order-review"
import { retrieveOrderReviewFactsStep } from "../steps/retrieve-order-review-facts"
import {
  automaticApprovalReason,
  type OrderReviewRow,
} from "../utils/order-review"
import { deliverCrmSyncJobsWorkflow } from "./deliver-crm-sync-jobs"

export const openOrderReviewWorkflowId = "mall-open-crm-order-review"

/** Orders delivered right after an approval; the scheduled job takes the rest. */
export const IMMEDIATE_CRM_DELIVERY_LIMIT = 10

export interface OpenOrderReviewWorkflowInput {
  /** The order just placed. */
  order_id: string
  /** Extra data for hook handlers. */
  additional_data?: Record<string, unknown>
}

export interface OpenOrderReviewWorkflowOutput {
  order_review: OrderReviewRow
  /** False when the order already had its review: nothing was changed. */
  created: boolean
  /** The order's delivery to the CRM, once approved and a connector is configured. */
  sync_job: SyncJob | null
}

export type OpenOrderReviewWorkflowHooks = [
  Hook<
    "validate",
    {
      input: OpenOrderReviewWorkflowInput
      facts: OrderReviewFacts
      verdict: OrderReviewVerdict
    },
    unknown
  >,
  Hook<
    "orderReviewOpened",
    {
      order_review: OrderReviewRow
      created: boolean
      additional_data: Record<string, unknown> | undefined
    },
    unknown
  >,
]

/**
 * Opens the customer review of a placed order. The review rules (the
 * `crm.order_review` options, or a custom strategy) judge the order's
 * facts: an order they approve passes its customer_review gate at once
 * (decided by no one, the passed rules as the reason) and is queued for
 * the CRM; any other waits in the sales ops queue with every rule it
 * failed and a due time from the pipeline's customer_review SLA. The
 * plugin runs it on `order.placed`, after matching the buyer to a CRM
 * contact. Idempotent: an order keeps its first review, so a redelivered
 * event changes nothing.
 *
 * @example
 * await openOrderReviewWorkflow(container).run({
 *   input: { order_id: "order_123" },
 * })
 *
 * @summary
 * Open (or automatically approve) an order's customer review.
 *
 * @property hooks.validate - Runs before anything is written, with the facts and the verdict.
 * @property hooks.orderReviewOpened - Runs after the review (and the gate) are saved.
 */
export const openOrderReviewWorkflow: ReturnWorkflow<
  OpenOrderReviewWorkflowInput,
  OpenOrderReviewWorkflowOutput,
  OpenOrderReviewWorkflowHooks
> = createWorkflow(
  openOrderReviewWorkflowId,
  (input: OpenOrderReviewWorkflowInput) => {
    const lockKey = transform({ input }, ({ input }) =>
      orderPipelineLockKey(input.order_id)
    )
    acquireLockStep({ key: lockKey, timeout: 5, ttl: 30 })

    const found = retrieveOrderReviewFactsStep({ order_id: input.order_id })
    const settings = retrievePipelineSettingsStep()
    const evaluation = evaluateOrderReviewStep(
      transform({ found, settings }, ({ found, settings }) => ({
        facts: found.facts,
        sla_hours: settings.sla_hours.customer_review,
      }))
    )

    const validate = createHook("validate", {
      input,
      facts: transform({ found }, ({ found }) => found.facts),
      verdict: transform(
        { evaluation },
        ({ evaluation }) => evaluation.verdict
      ),
    })

    const opened = createOrderReviewStep(
      transform(
        { input, found, evaluation },
        ({ input, found, evaluation }): NewOrderReview => {
          const approved = evaluation.verdict.decision === "approve"
          return {
            order_id: input.order_id,
            customer_id: found.customer_id,
            contact_id: found.contact_id,
            status: approved ? "approved" : "pending",
            automatic: approved,
            reasons: evaluation.verdict.reasons,
            decided_by: null,
            decided_at: approved ? new Date() : null,
            reason: null,
            due_at: new Date(evaluation.due_at),
            metadata: {
              payment_method: found.facts.payment_method,
              is_guest: found.facts.is_guest,
              pending_match_candidates: found.facts.pending_match_candidates,
            },
          }
        }
      )
    )
    const review = transform(
      { opened },
      ({ opened }) => opened.review as unknown as OrderReviewRow
    )

    const state = retrieveOrderPipelineStateStep({ order_id: input.order_id })
    const gate = transform(
      { state },
      ({ state }) =>
        state.gates.find((g) => g.kind === "customer_review") ?? null
    )
    // Also when the review existed already: a run that died between the
    // review and the gate is finished by the next delivery of the event.
    const passesGate = transform(
      { review, gate },
      ({ review, gate }) =>
        review.status === "approved" && gate?.status === "pending"
    )
    const gateReason = transform({ review }, ({ review }) =>
      automaticApprovalReason(
        (review.reasons as { code: string; detail: string }[]) ?? []
      )
    )
    when(
      "mall-auto-approval-passes-customer-review-gate",
      { passesGate },
      (data) => data.passesGate
    ).then(() => {
      setGateStatusStep(
        transform({ input, gateReason }, ({ input, gateReason }) => ({
          order_id: input.order_id,
          kind: "customer_review" as const,
          status: "passed" as const,
          actor_id: null,
          reason: gateReason,
        }))
      )
      emitEventStep({
        eventName: MallEvents.RELEASE_GATE_DECIDED,
        data: transform({ gate, input }, ({ gate, input }) =>
          gateDecidedEventData(gate!, {
            order_id: input.order_id,
            to: "passed",
            actor_id: null,
          })
        ),
      }).config({ name: "mall-emit-customer-review-gate-passed" })
    })

    recordAuditEntriesStep(
      transform(
        { opened, review, gate, passesGate, gateReason },
        ({ opened, review, gate, passesGate, gateReason }) => {
          const entries: AuditEntryInput[] = []
          if (opened.created) {
            entries.push({
              order_id: review.order_id,
              entity_type: "crm_order_review",
              entity_id: review.id,
              action:
                review.status === "approved"
                  ? "order_review.approved"
                  : "order_review.opened",
              actor_id: null,
              department: "sales_ops",
              data: {
                status: review.status,
                automatic: review.automatic,
                reasons: review.reasons,
                contact_id: review.contact_id,
                due_at: review.due_at,
              },
            })
          }
          if (gate && passesGate) {
            entries.push(
              gateAuditEntry(gate, {
                order_id: review.order_id,
                to: "passed",
                actor_id: null,
                reason: gateReason,
              })
            )
          }
          return entries
        }
      )
    )

    const created = transform({ opened }, ({ opened }) => opened.created)
    const orderReviewOpened = createHook("orderReviewOpened", {
      order_review: review,
      created,
      additional_data: input.additional_data,
    })
    emitEventStep({
      eventName: MallEvents.CRM_ORDER_REVIEW_OPENED,
      data: transform({ opened, review }, ({ opened, review }) =>
        opened.created
          ? [
              {
                id: review.id,
                order_id: review.order_id,
                status: review.status,
                automatic: review.automatic,
              },
            ]
          : []
      ),
    }).config({ name: "mall-emit-order-review-opened" })
    emitEventStep({
      eventName: MallEvents.CRM_ORDER_REVIEW_APPROVED,
      data: transform({ opened, review }, ({ opened, review }) =>
        opened.created && review.status === "approved"
          ? [
              {
                id: review.id,
                order_id: review.order_id,
                automatic: true,
                actor_id: null,
              },
            ]
          : []
      ),
    }).config({ name: "mall-emit-order-review-auto-approved" })

    const approved = transform(
      { review },
      ({ review }) => review.status === "approved"
    )
    const syncJob = when(
      "mall-approved-order-goes-to-crm",
      { approved },
      (data) => data.approved
    ).then(() => {
      const payload = buildCrmOrderPayloadStep({
        order_id: input.order_id,
        review,
      })
      return enqueueCrmSyncJobStep({ order_id: input.order_id, payload })
    })
    releaseLockStep({ key: lockKey })

    const deliver = transform(
      { syncJob },
      ({ syncJob }) => !!syncJob && syncJob.status === "pending"
    )
    when(
      "mall-deliver-approved-order-now",
      { deliver },
      (data) => data.deliver
    ).then(() => {
      deliverCrmSyncJobsWorkflow.runAsStep({
        input: { limit: IMMEDIATE_CRM_DELIVERY_LIMIT },
      })
    })

    const result = transform(
      { review, opened, syncJob },
      ({ review, opened, syncJob }): OpenOrderReviewWorkflowOutput => ({
        order_review: review,
        created: opened.created,
        sync_job: syncJob ?? null,
      })
    )
    return new WorkflowResponse(result, {
      hooks: [validate, orderReviewOpened],
    })
  }
)
