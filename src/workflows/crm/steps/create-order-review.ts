import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type MallCrmModuleService from "../../../modules/crm/service"
import type { NewOrderReview, OrderReview } from "../../../types/crm-module"
import { MALL_CRM_MODULE } from "../../../types/modules"

export const createOrderReviewStepId = "mall-create-order-review"

export interface CreateOrderReviewResult {
  review: OrderReview
  /** False when the order already had its review (a redelivered order.placed). */
  created: boolean
}

/**
 * Opens the order's review unless it has one; either way returns the
 * order's review. Compensation deletes the review only if this run made it.
 */
export const createOrderReviewStep = createStep(
  createOrderReviewStepId,
  async (input: NewOrderReview, { container }) => {
    const crm = container.resolve<MallCrmModuleService>(MALL_CRM_MODULE)
    const result = await crm.createOrderReviewIfAbsent(input)
    return new StepResponse<CreateOrderReviewResult, string | null>(
      result,
      result.created ? result.review.id : null
    )
  },
  async (createdId, { container }) => {
    if (!createdId) {
      return
    }
    const crm = container.resolve<MallCrmModuleService>(MALL_CRM_MODULE)
    await crm.deleteCrmOrderReviews(createdId)
  }
)
