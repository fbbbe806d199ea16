import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type MallRoutingModuleService from "../../../modules/routing/service"
import { MALL_ROUTING_MODULE } from "../../../types/modules"
import type { RoutingRule } from "../../../types/routing"

export const saveRoutingRulesStepId = "mall-save-routing-rules"

/** Saves the ordered rules; compensation puts back the previous ones. */
export const saveRoutingRulesStep = createStep(
  saveRoutingRulesStepId,
  async (
    input: { rules: RoutingRule[]; actor_id?: string | null },
    { container }
  ) => {
    const routing =
      container.resolve<MallRoutingModuleService>(MALL_ROUTING_MODULE)
    const previous = await routing.retrieveEffectiveRoutingRules()
    const saved = await routing.saveRoutingRules(
      input.rules,
      input.actor_id ?? null
    )
    return new StepResponse(
      { rules: saved, previous: previous.rules },
      previous.rules
    )
  },
  async (previous, { container }) => {
    if (!previous) {
      return
    }
    const routing =
      container.resolve<MallRoutingModuleService>(MALL_ROUTING_MODULE)
    await routing.saveRoutingRules(previous, null)
  }
)
