import { MathBN } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type MallFinanceModuleService from "../../../modules/finance/service"
import { MALL_FINANCE_MODULE } from "../../../types/modules"
import type { PaymentConfirmationRow } from "../utils/payment-confirmation"

export const updatePaymentConfirmationStepId =
  "mall-update-payment-confirmation"

export interface UpdatePaymentConfirmationStepInput {
  id: string
  status: "confirmed" | "rejected"
  actor_id?: string | null
  reference?: string | null
  received_amount?: number | null
  mismatch_accepted?: boolean
  reason?: string | null
}

type Previous = {
  id: string
  status: "pending" | "confirmed" | "rejected"
  decided_by: string | null
  decided_at: Date | null
  reference: string | null
  received_amount: number | null
  mismatch_accepted: boolean
  reason: string | null
}

/** Records finance's decision; compensation puts back the pending confirmation. */
export const updatePaymentConfirmationStep = createStep(
  updatePaymentConfirmationStepId,
  async (input: UpdatePaymentConfirmationStepInput, { container }) => {
    const finance =
      container.resolve<MallFinanceModuleService>(MALL_FINANCE_MODULE)
    const current = await finance.retrievePaymentConfirmation(input.id)
    const previous: Previous = {
      id: current.id,
      status: current.status,
      decided_by: current.decided_by ?? null,
      decided_at: (current.decided_at as Date | null) ?? null,
      reference: current.reference ?? null,
      received_amount:
        current.received_amount == null
          ? null
          : MathBN.convert(current.received_amount).toNumber(),
      mismatch_accepted: current.mismatch_accepted,
      reason: current.reason ?? null,
    }
    const updated = await finance.updatePaymentConfirmations({
      id: input.id,
      status: input.status,
      decided_by: input.actor_id ?? null,
      decided_at: new Date(),
      reference: input.reference ?? null,
      received_amount: input.received_amount ?? null,
      mismatch_accepted: input.mismatch_accepted ?? false,
      reason: input.reason ?? null,
    })
    return new StepResponse(
      updated as unknown as PaymentConfirmationRow,
      previous
    )
  },
  async (previous, { container }) => {
    if (!previous) {
      return
    }
    const finance =
      container.resolve<MallFinanceModuleService>(MALL_FINANCE_MODULE)
    await finance.updatePaymentConfirmations(previous)
  }
)
