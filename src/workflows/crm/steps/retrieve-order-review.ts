import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type MallCrmModuleService from "../../../modules/crm/service"
import { MALL_CRM_MODULE } from "../../../types/modules"
import type { OrderReviewRow } from "../utils/order-review"

export const retrieveOrderReviewStepId = "mall-retrieve-order-review"

export interface RetrieveOrderReviewStepInput {
  id: string
}

/** An order review; 404 when there is none with the id. Reads only. */
export const retrieveOrderReviewStep = createStep(
  retrieveOrderReviewStepId,
  async (input: RetrieveOrderReviewStepInput, { container }) => {
    const crm = container.resolve<MallCrmModuleService>(MALL_CRM_MODULE)
    const [review] = await crm.listCrmOrderReviews(
      { id: input.id },
      { take: 1 }
    )
    if (!review) {
      throw new MedusaError(
        MedusaError.Types.NOT_FOUND,
        `Order review with id: ${input.id} was not found`
      )
    }
    return new StepResponse(review as unknown as OrderReviewRow)
  }
)
