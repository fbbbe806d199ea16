import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { CodFee } from "../../../types/cod"
import { planCodFee, type CodFeePlan } from "../utils/cod-fee"

export const planCodFeeStepId = "mall-plan-cod-fee"

export interface PlanCodFeeStepInput {
  items: Parameters<typeof planCodFee>[0]
  /** The fee the cart should carry; `null` for none. */
  fee: CodFee | null
}

export const planCodFeeStep = createStep(
  planCodFeeStepId,
  async (input: PlanCodFeeStepInput) =>
    new StepResponse<CodFeePlan>(planCodFee(input.items, input.fee))
)
