import {
  ContainerRegistrationKeys,
  MedusaError,
} from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import {
  pipelineOrderFields,
  toPipelineOrder,
  type GraphPipelineOrder,
  type PipelineOrder,
} from "../utils/pipeline-order"

export const retrievePipelineOrderStepId = "mall-retrieve-pipeline-order"

export interface RetrievePipelineOrderStepInput {
  order_id: string
}

/** The order as the pipeline sees it; 404 for an unknown order. Reads only. */
export const retrievePipelineOrderStep = createStep(
  retrievePipelineOrderStepId,
  async (input: RetrievePipelineOrderStepInput, { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const {
      data: [order],
    } = await query.graph({
      entity: "order",
      fields: pipelineOrderFields,
      filters: { id: input.order_id },
    })
    if (!order) {
      throw new MedusaError(
        MedusaError.Types.NOT_FOUND,
        `Order with id: ${input.order_id} was not found`
      )
    }
    return new StepResponse<PipelineOrder>(
      toPipelineOrder(order as unknown as GraphPipelineOrder)
    )
  }
)
