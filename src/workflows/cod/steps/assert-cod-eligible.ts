import { MedusaError } from "@medusajs/framework/utils"
import { createStep } from "@medusajs/framework/workflows-sdk"
import type { CodEligibilityResult } from "../../../types/cod"

export const assertCodEligibleStepId = "mall-assert-cod-eligible"

/** The message a buyer sees when a cart may not be paid on delivery. */
export const codNotEligibleMessage = (result: CodEligibilityResult) =>
  `This cart cannot be paid cash on delivery: ${result.reasons
    .map((r) => r.message)
    .join(" ")} Choose another payment method.`

export const assertCodEligibleStep = createStep(
  assertCodEligibleStepId,
  async (result: CodEligibilityResult) => {
    if (!result.eligible) {
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        codNotEligibleMessage(result),
        "cod_not_eligible"
      )
    }
  }
)
