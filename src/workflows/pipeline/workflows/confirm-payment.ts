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
import { orderPipelineLockKey } from "./decide-gate"

export const confirmPaymentWorkflowId = "mall-confirm-payment"

export interface ConfirmPaymentWorkflowInput {
  /** The payment confirmation. */
  id: string
  /** The bank transfer or payment-provider reference the money arrived under. */
  reference: string
  /** The amount that arrived, in the currency's main unit. */
  received_amount: number
  /** Confirm although the amount received differs from the amount expected. */
  accept_mismatch?: boolean
  /** The finance user confirming. */
  actor_id: string
  /** Extra data for hook handlers. */
  additional_data?: Record<string, unknown>
}

export type ConfirmPaymentWorkflowHooks = [
  Hook<
    "validate",
    {
      input: ConfirmPaymentWorkflowInput
      payment_confirmation: PaymentConfirmationRow
      release_gate: ReleaseGateRow | null
    },
    unknown
  >,
  Hook<
    "paymentConfirmed",
    {
      payment_confirmation: PaymentConfirmationRow
      additional_data: Record<string, unknown> | undefined
    },
    unknown
  >,
]

/** The payment gate among an order's gates. */
export const findPaymentGate = (gates: ReleaseGateRow[]) =>
  gates.find((g) => g.kind === "payment") ?? null

/**
 * Finance confirms that a prepaid order's money arrived, with its reference
 * and the amount received; this passes the order's payment gate. An amount
 * that differs from the expected one needs `accept_mismatch`. Only finance
 * members may confirm (403), once (400). Used by
 * `POST /admin/mall/finance/confirmations/:id/confirm`.
 *
 * @example
 * await confirmPaymentWorkflow(container).run({
 *   input: { id: "paycf_123", reference: "ICBC-20260301-0042", received_amount: 1299, actor_id: "user_1" },
 * })
 *
 * @summary
 * Confirm a prepaid order's payment.
 *
 * @property hooks.validate - Runs before anything is saved; throw a `MedusaError` to refuse.
 * @property hooks.paymentConfirmed - Runs after the confirmation and the gate are saved.
 */
export const confirmPaymentWorkflow: ReturnWorkflow<
  ConfirmPaymentWorkflowInput,
  PaymentConfirmationRow,
  ConfirmPaymentWorkflowHooks
> = createWorkflow(
  confirmPaymentWorkflowId,
  (input: ConfirmPaymentWorkflowInput) => {
    const found = retrievePaymentConfirmationStep({ id: input.id })
    const lockKey = transform({ found }, ({ found }) =>
      orderPipelineLockKey(found.order_id)
    )
    acquireLockStep({ key: lockKey, timeout: 5, ttl: 30 })
    // Read again under the lock: another decision may have come first.
    const confirmation = retrievePaymentConfirmationStep({
      id: input.id,
    }).config({ name: "mall-retrieve-payment-confirmation-locked" })

    assertDepartmentMemberStep({
      actor_id: input.actor_id,
      department: "finance",
      action: "confirm payments",
    })
    const check = assertPaymentConfirmationDecidableStep({
      confirmation,
      received_amount: input.received_amount,
      accept_mismatch: input.accept_mismatch,
    })
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

    const confirmed = updatePaymentConfirmationStep(
      transform({ input, check }, ({ input, check }) => ({
        id: input.id,
        status: "confirmed" as const,
        actor_id: input.actor_id,
        reference: input.reference,
        received_amount: input.received_amount,
        mismatch_accepted: check.mismatch,
      }))
    )

    const passesGate = transform(
      { gate },
      ({ gate }) =>
        !!gate && gate.status !== "passed" && gate.status !== "waived"
    )
    when("mall-confirmation-passes-payment-gate", { passesGate }, (data) => {
      return data.passesGate
    }).then(() => {
      setGateStatusStep(
        transform({ confirmation, input }, ({ confirmation, input }) => ({
          order_id: confirmation.order_id,
          kind: "payment" as const,
          status: "passed" as const,
          actor_id: input.actor_id,
          reason: `Payment confirmed under reference ${input.reference}`,
        }))
      )
      emitEventStep({
        eventName: MallEvents.RELEASE_GATE_DECIDED,
        data: transform(
          { gate, confirmation, input },
          ({ gate, confirmation, input }) =>
            gateDecidedEventData(gate!, {
              order_id: confirmation.order_id,
              to: "passed",
              actor_id: input.actor_id,
            })
        ),
      }).config({ name: "mall-emit-payment-gate-passed" })
    })

    recordAuditEntriesStep(
      transform(
        { input, confirmation, check, gate, passesGate },
        ({ input, confirmation, check, gate, passesGate }) => {
          const entries: AuditEntryInput[] = [
            {
              order_id: confirmation.order_id,
              entity_type: "payment_confirmation",
              entity_id: confirmation.id,
              action: "confirmation.confirmed",
              actor_id: input.actor_id,
              department: "finance",
              data: {
                reference: input.reference,
                expected_amount: confirmation.expected_amount,
                received_amount: input.received_amount,
                currency_code: confirmation.currency_code,
                mismatch_accepted: check.mismatch,
              },
            },
          ]
          if (gate && passesGate) {
            entries.push(
              gateAuditEntry(gate, {
                order_id: confirmation.order_id,
                to: "passed",
                actor_id: input.actor_id,
                reason: `Payment confirmed under reference ${input.reference}`,
              })
            )
          }
          return entries
        }
      )
    )

    const paymentConfirmed = createHook("paymentConfirmed", {
      payment_confirmation: confirmed,
      additional_data: input.additional_data,
    })
    emitEventStep({
      eventName: MallEvents.PAYMENT_CONFIRMATION_CONFIRMED,
      data: transform(
        { confirmation, input, check },
        ({ confirmation, input, check }) => ({
          id: confirmation.id,
          order_id: confirmation.order_id,
          actor_id: input.actor_id,
          mismatch_accepted: check.mismatch,
        })
      ),
    })
    releaseLockStep({ key: lockKey })

    return new WorkflowResponse(confirmed, {
      hooks: [validate, paymentConfirmed],
    })
  }
)
