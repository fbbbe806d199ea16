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
import { assertDepartmentMemberStep } from "../steps/assert-department-member"
import { assertPaymentConfirmationDecidableStep } from "../steps/assert-payment-confirmation-decidable"
import {
  recordAuditEntriesStep,
  type AuditEntryInput,
} from "../steps/record-audit-entries"
import { retrieveOrderPipelineStateStep } from "../steps/retrieve-order-pipeline-state"
import { retrievePaymentConfirmationStep } from "../steps/retrieve-payment-confirmation"
import { setGateStatusStep } from "../steps/set-gate-status"
import { updatePaymentConfirmationStep } from "../steps/update-payment-confirmation"
import { gateAuditEntry, gateDecidedEventData } from "../utils/gates"
import type { ReleaseGateRow } from "../utils/order-pipeline-view"
import type { PaymentConfirmationRow } from "../utils/payment-confirmation"
import { findPaymentGate } from "./confirm-payment"
import { orderPipelineLockKey } from "./decide-gate"

export const rejectPaymentWorkflowId = "mall-reject-payment"

export interface RejectPaymentWorkflowInput {
  /** The payment confirmation. */
  id: string
  /** Why the payment is rejected, e.g. "No transfer received after 3 days". */
  reason: string
  /** The finance user rejecting. */
  actor_id: string
  /** Extra data for hook handlers. */
  additional_data?: Record<string, unknown>
}

export type RejectPaymentWorkflowHooks = [
  Hook<
    "validate",
    {
      input: RejectPaymentWorkflowInput
      payment_confirmation: PaymentConfirmationRow
      release_gate: ReleaseGateRow | null
    },
    unknown
  >,
  Hook<
    "paymentRejected",
    {
      payment_confirmation: PaymentConfirmationRow
      additional_data: Record<string, unknown> | undefined
    },
    unknown
  >,
]

/**
 * Finance rejects a prepaid order's payment, with a reason; this fails the
 * order's payment gate (unless an owner waived it). Only finance members
 * may reject (403), once (400). Used by
 * `POST /admin/mall/finance/confirmations/:id/reject`.
 *
 * @example
 * await rejectPaymentWorkflow(container).run({
 *   input: { id: "paycf_123", reason: "No transfer received", actor_id: "user_1" },
 * })
 *
 * @summary
 * Reject a prepaid order's payment.
 *
 * @property hooks.validate - Runs before anything is saved; throw a `MedusaError` to refuse.
 * @property hooks.paymentRejected - Runs after the confirmation and the gate are saved.
 */
export const rejectPaymentWorkflow: ReturnWorkflow<
  RejectPaymentWorkflowInput,
  PaymentConfirmationRow,
  RejectPaymentWorkflowHooks
> = createWorkflow(
  rejectPaymentWorkflowId,
  (input: RejectPaymentWorkflowInput) => {
    const found = retrievePaymentConfirmationStep({ id: input.id })
    const lockKey = transform({ found }, ({ found }) =>
      orderPipelineLockKey(found.order_id)
    )
    acquireLockStep({ key: lockKey, timeout: 5, ttl: 30 })
    const confirmation = retrievePaymentConfirmationStep({
      id: input.id,
    }).config({ name: "mall-retrieve-payment-confirmation-locked" })

    assertDepartmentMemberStep({
      actor_id: input.actor_id,
      department: "finance",
      action: "reject payments",
    })
    assertPaymentConfirmationDecidableStep({ confirmation })
    const state = retrieveOrderPipelineStateStep({
      order_id: confirmation.order_id,
    })
    const gate = transform({ state }, ({ state }) =>
      findPaymentGate(state.gates)
    )

    const validate = createHook("validate", {
      input,
      payment_confirmation: confirmation,
      release_gate: gate,
    })

    const rejected = updatePaymentConfirmationStep(
      transform({ input }, ({ input }) => ({
        id: input.id,
        status: "rejected" as const,
        actor_id: input.actor_id,
        reason: input.reason,
      }))
    )

    // A waived gate stays waived: an owner decided the order may ship.
    const failsGate = transform(
      { gate },
      ({ gate }) =>
        !!gate && gate.status !== "failed" && gate.status !== "waived"
    )
    when("mall-rejection-fails-payment-gate", { failsGate }, (data) => {
      return data.failsGate
    }).then(() => {
      setGateStatusStep(
        transform({ confirmation, input }, ({ confirmation, input }) => ({
          order_id: confirmation.order_id,
          kind: "payment" as const,
          status: "failed" as const,
          actor_id: input.actor_id,
          reason: input.reason,
        }))
      )
      emitEventStep({
        eventName: MallEvents.RELEASE_GATE_DECIDED,
        data: transform(
          { gate, confirmation, input },
          ({ gate, confirmation, input }) =>
            gateDecidedEventData(gate!, {
              order_id: confirmation.order_id,
              to: "failed",
              actor_id: input.actor_id,
            })
        ),
      }).config({ name: "mall-emit-payment-gate-failed" })
    })

    recordAuditEntriesStep(
      transform(
        { input, confirmation, gate, failsGate },
        ({ input, confirmation, gate, failsGate }) => {
          const entries: AuditEntryInput[] = [
            {
              order_id: confirmation.order_id,
              entity_type: "payment_confirmation",
              entity_id: confirmation.id,
              action: "confirmation.rejected",
              actor_id: input.actor_id,
              department: "finance",
              reason: input.reason,
              data: {
                expected_amount: confirmation.expected_amount,
                currency_code: confirmation.currency_code,
              },
            },
          ]
          if (gate && failsGate) {
            entries.push(
              gateAuditEntry(gate, {
                order_id: confirmation.order_id,
                to: "failed",
                actor_id: input.actor_id,
                reason: input.reason,
              })
            )
          }
          return entries
        }
      )
    )

    const paymentRejected = createHook("paymentRejected", {
      payment_confirmation: rejected,
      additional_data: input.additional_data,
    })
    emitEventStep({
      eventName: MallEvents.PAYMENT_CONFIRMATION_REJECTED,
      data: transform({ confirmation, input }, ({ confirmation, input }) => ({
        id: confirmation.id,
        order_id: confirmation.order_id,
        actor_id: input.actor_id,
        reason: input.reason,
      })),
    })
    releaseLockStep({ key: lockKey })

    return new WorkflowResponse(rejected, {
      hooks: [validate, paymentRejected],
    })
  }
)
