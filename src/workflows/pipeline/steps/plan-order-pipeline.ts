import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { PipelineSettings } from "../../../types/pipeline"
import {
  planOrderPipeline,
  type OrderPipelinePlan,
} from "../utils/gate-openers"
import type { PipelineOrder } from "../utils/pipeline-order"
import type { OrderPipelineState } from "./retrieve-order-pipeline-state"

export const planOrderPipelineStepId = "mall-plan-order-pipeline"

export interface PlanOrderPipelineStepInput {
  order: PipelineOrder
  settings: PipelineSettings
  state: OrderPipelineState
}

/**
 * Decides which gates and which payment confirmation an order gets, leaving
 * out what it already has. Reads only; the SLA clock starts now.
 */
export const planOrderPipelineStep = createStep(
  planOrderPipelineStepId,
  async (input: PlanOrderPipelineStepInput) =>
    new StepResponse<OrderPipelinePlan>(
      planOrderPipeline({
        order: input.order,
        settings: input.settings,
        existing_gate_kinds: input.state.gates.map((g) => g.kind),
        has_payment_confirmation: !!input.state.payment_confirmation,
        now: new Date(),
      })
    )
)
