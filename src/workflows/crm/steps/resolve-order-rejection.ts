import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type MallCrmModuleService from "../../../modules/crm/service"
import { MALL_CRM_MODULE } from "../../../types/modules"
import type { RejectedOrderAction } from "../../../utils/plugin-options"

export const resolveOrderRejectionStepId = "mall-resolve-order-rejection"

export interface ResolveOrderRejectionStepInput {
  reason: string
  /** Overrides the plugin option `crm.order_review.on_reject`. */
  on_reject?: RejectedOrderAction
}

/**
 * Checks the reason (the route does too; this covers callers that run the
 * workflow directly) and says what a rejection does to the order: the
 * override, else the plugin option. Reads only.
 */
export const resolveOrderRejectionStep = createStep(
  resolveOrderRejectionStepId,
  async (input: ResolveOrderRejectionStepInput, { container }) => {
    if (!input.reason?.trim()) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        "reason is required to reject an order review: say what is wrong with the order"
      )
    }
    if (input.on_reject && !["hold", "cancel"].includes(input.on_reject)) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `on_reject must be "hold" or "cancel", not "${input.on_reject}"`
      )
    }
    const crm = container.resolve<MallCrmModuleService>(MALL_CRM_MODULE)
    return new StepResponse<RejectedOrderAction>(
      input.on_reject ?? crm.getOrderReviewOptions().on_reject
    )
  }
)
