import type {
  IPaymentModuleService,
  UpdatePaymentDTO,
} from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"

export const cancelCodPaymentStepId = "mall-cancel-cod-payment"

type Previous = { id: string; data: Record<string, unknown> | null }

/**
 * Cancels a COD payment's authorization through the payment module (Medusa
 * 2.21 has no admin route for it); errors are not swallowed, unlike core's
 * `cancelPaymentStep`. An already canceled payment is left as it is.
 * Compensation reopens the authorization: for COD it is a promise to pay on
 * delivery, with nothing held at a bank.
 */
export const cancelCodPaymentStep = createStep(
  cancelCodPaymentStepId,
  async (input: { payment_id: string }, { container }) => {
    const payments = container.resolve<IPaymentModuleService>(Modules.PAYMENT)
    const [before] = await payments.listPayments(
      { id: input.payment_id },
      { select: ["id", "data", "canceled_at"] }
    )
    if (before?.canceled_at) {
      return new StepResponse<{ id: string }, Previous | null>(
        { id: before.id },
        null
      )
    }
    const canceled = await payments.cancelPayment(input.payment_id)
    return new StepResponse<{ id: string }, Previous | null>(
      { id: canceled.id },
      { id: input.payment_id, data: before?.data ?? null }
    )
  },
  async (previous, { container }) => {
    if (!previous) {
      return
    }
    const payments = container.resolve<IPaymentModuleService>(Modules.PAYMENT)
    // The payment service updates any column; the DTO type only names the id.
    await payments.updatePayment({
      id: previous.id,
      canceled_at: null,
      data: previous.data,
    } as UpdatePaymentDTO)
  }
)
