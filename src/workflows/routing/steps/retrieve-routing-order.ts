import {
  ContainerRegistrationKeys,
  MedusaError,
} from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import {
  routingOrderFields,
  toRoutingOrder,
  type GraphRoutingOrder,
  type RoutingOrder,
} from "../utils/routing-order"

export const retrieveRoutingOrderStepId = "mall-retrieve-routing-order"

/** The order as routing sees it; 404 for an unknown order. Reads only. */
export const retrieveRoutingOrderStep = createStep(
  retrieveRoutingOrderStepId,
  async (input: { order_id: string }, { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const {
      data: [order],
    } = await query.graph({
      entity: "order",
      fields: routingOrderFields,
      filters: { id: input.order_id },
    })
    if (!order) {
      throw new MedusaError(
        MedusaError.Types.NOT_FOUND,
        `Order with id: ${input.order_id} was not found`
      )
    }
    return new StepResponse<RoutingOrder>(
      toRoutingOrder(order as unknown as GraphRoutingOrder)
    )
  }
)
