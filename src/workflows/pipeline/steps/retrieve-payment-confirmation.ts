import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type MallFinanceModuleService from "../../../modules/finance/service"
import { MALL_FINANCE_MODULE } from "../../../types/modules"
import type { PaymentConfirmationRow } from "../utils/payment-confirmation"

export const retrievePaymentConfirmationStepId =
  "mall-retrieve-payment-confirmation"

/** A payment confirmation by id; 404 when there is none. Reads only. */
export const retrievePaymentConfirmationStep = createStep(
  retrievePaymentConfirmationStepId,
  async (input: { id: string }, { container }) => {
    const finance =
      container.resolve<MallFinanceModuleService>(MALL_FINANCE_MODULE)
    const [confirmation] = await finance.listPaymentConfirmations(
      { id: input.id },
      { take: 1 }
    )
    if (!confirmation) {
      throw new MedusaError(
        MedusaError.Types.NOT_FOUND,
        `Payment confirmation with id: ${input.id} was not found`
      )
    }
    return new StepResponse(confirmation as unknown as PaymentConfirmationRow)
  }
)
