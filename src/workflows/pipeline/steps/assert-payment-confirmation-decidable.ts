import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import {
  assertConfirmationPending,
  checkReceivedAmount,
  type PaymentConfirmationRow,
} from "../utils/payment-confirmation"

export const assertPaymentConfirmationDecidableStepId =
  "mall-assert-payment-confirmation-decidable"

export interface AssertPaymentConfirmationDecidableStepInput {
  confirmation: PaymentConfirmationRow
  /** Set when confirming: the amount finance saw arrive. */
  received_amount?: number
  /** Confirm even though the amount received differs from the one expected. */
  accept_mismatch?: boolean
}

/**
 * Refuses, with 400, a second decision on a confirmation, and a received
 * amount that differs from the expected one unless it is accepted
 * explicitly. Returns whether the amounts differ.
 */
export const assertPaymentConfirmationDecidableStep = createStep(
  assertPaymentConfirmationDecidableStepId,
  async (input: AssertPaymentConfirmationDecidableStepInput) => {
    assertConfirmationPending(input.confirmation)
    const result =
      input.received_amount === undefined
        ? { mismatch: false }
        : checkReceivedAmount(
            input.confirmation,
            input.received_amount,
            !!input.accept_mismatch
          )
    return new StepResponse(result)
  }
)
