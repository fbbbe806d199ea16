import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { orderLabel } from "../../pipeline/utils/pipeline-order"

export const reviewOrderLabelStepId = "mall-review-order-label"

/**
 * "order #12" for messages about a review's order; the order id when the
 * order cannot be read. Reads only.
 */
export const reviewOrderLabelStep = createStep(
  reviewOrderLabelStepId,
  async (input: { order_id: string }, { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const {
      data: [order],
    } = await query.graph({
      entity: "order",
      fields: ["id", "display_id"],
      filters: { id: input.order_id },
    })
    return new StepResponse(
      orderLabel(
        (order as { id: string; display_id?: number | null }) ?? {
          id: input.order_id,
        }
      )
    )
  }
)
