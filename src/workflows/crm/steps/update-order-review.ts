import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type MallCrmModuleService from "../../../modules/crm/service"
import type { OrderReviewStatus } from "../../../types/crm"
import { MALL_CRM_MODULE } from "../../../types/modules"
import type { OrderReviewRow } from "../utils/order-review"

export const updateOrderReviewStepId = "mall-update-order-review"

export interface UpdateOrderReviewStepInput {
  id: string
  status: OrderReviewStatus
  decided_by: string | null
  reason: string | null
}

type Snapshot = {
  id: string
  status: OrderReviewStatus
  automatic: boolean
  decided_by: string | null
  decided_at: Date | null
  reason: string | null
}

/**
 * Records a person's decision on a review. Compensation puts back the
 * decision that was there before.
 */
export const updateOrderReviewStep = createStep(
  updateOrderReviewStepId,
  async (input: UpdateOrderReviewStepInput, { container }) => {
    const crm = container.resolve<MallCrmModuleService>(MALL_CRM_MODULE)
    const [before] = await crm.listCrmOrderReviews(
      { id: input.id },
      { take: 1 }
    )
    const previous: Snapshot = {
      id: before.id,
      status: before.status as OrderReviewStatus,
      automatic: !!before.automatic,
      decided_by: before.decided_by ?? null,
      decided_at: before.decided_at ? new Date(before.decided_at) : null,
      reason: before.reason ?? null,
    }
    const updated = await crm.updateCrmOrderReviews({
      id: input.id,
      status: input.status,
      automatic: false,
      decided_by: input.decided_by,
      decided_at: new Date(),
      reason: input.reason,
    })
    return new StepResponse(
      updated as unknown as OrderReviewRow,
      previous as Snapshot
    )
  },
  async (previous, { container }) => {
    if (!previous) {
      return
    }
    const crm = container.resolve<MallCrmModuleService>(MALL_CRM_MODULE)
    await crm.updateCrmOrderReviews(previous)
  }
)
