import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type MallRoutingModuleService from "../../../modules/routing/service"
import { MALL_ROUTING_MODULE } from "../../../types/modules"
import type {
  GeocodeResult,
  RoutingDecision,
  RoutingResult,
  RoutingSource,
} from "../../../types/routing"

export const recordRoutingDecisionStepId = "mall-record-routing-decision"

export interface RecordRoutingDecisionStepInput {
  order_id: string
  source: RoutingSource
  /** `null` records nothing (the order was already routed). */
  result: RoutingResult | null
  geocode: GeocodeResult | null
  reason?: string | null
  created_by?: string | null
}

/**
 * Stores the decision as the order's current version. Compensation removes
 * it and makes the previous version current again.
 */
export const recordRoutingDecisionStep = createStep(
  recordRoutingDecisionStepId,
  async (input: RecordRoutingDecisionStepInput, { container }) => {
    if (!input.result) {
      return new StepResponse<RoutingDecision | null, string | null>(null, null)
    }
    const routing =
      container.resolve<MallRoutingModuleService>(MALL_ROUTING_MODULE)
    const decision = await routing.recordRoutingDecision({
      ...input.result,
      order_id: input.order_id,
      source: input.source,
      geocode: input.geocode,
      reason: input.reason ?? null,
      created_by: input.created_by ?? null,
    })
    return new StepResponse<RoutingDecision | null, string | null>(
      decision,
      decision.id
    )
  },
  async (id, { container }) => {
    if (!id) {
      return
    }
    const routing =
      container.resolve<MallRoutingModuleService>(MALL_ROUTING_MODULE)
    await routing.revertRoutingDecision(id)
  }
)
