import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type MallFinanceModuleService from "../../../modules/finance/service"
import type {
  CodEligibilityCart,
  CodEligibilityResult,
} from "../../../types/cod"
import { MALL_FINANCE_MODULE } from "../../../types/modules"

export const evaluateCodEligibilityStepId = "mall-evaluate-cod-eligibility"

export interface EvaluateCodEligibilityStepInput {
  cart: CodEligibilityCart
}

/**
 * Runs the configured COD eligibility strategy against the rules in force
 * and the buyer's refused-delivery history. Reads only.
 */
export const evaluateCodEligibilityStep = createStep(
  evaluateCodEligibilityStepId,
  async (
    { cart }: EvaluateCodEligibilityStepInput,
    { container }
  ): Promise<StepResponse<CodEligibilityResult>> => {
    const finance =
      container.resolve<MallFinanceModuleService>(MALL_FINANCE_MODULE)
    const result = await finance.evaluateCartCodEligibility(cart)
    return new StepResponse(result)
  }
)
