import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import type MallRoutingModuleService from "../../../../../modules/routing/service"
import type { AdminRoutingRulesResponse } from "../../../../../types/http/routing"
import { MALL_ROUTING_MODULE } from "../../../../../types/modules"
import { updateRoutingRulesWorkflow } from "../../../../../workflows/routing"
import type { AdminUpdateRoutingRulesType } from "../validators"

/** The routing rules in force, and whether an admin or the plugin options set them. */
export const GET = async (
  req: AuthenticatedMedusaRequest,
  res: MedusaResponse<AdminRoutingRulesResponse>
) => {
  const routing =
    req.scope.resolve<MallRoutingModuleService>(MALL_ROUTING_MODULE)
  res.json({ routing_rules: await routing.retrieveEffectiveRoutingRules() })
}

/** Replaces the ordered rule list. */
export const POST = async (
  req: AuthenticatedMedusaRequest<AdminUpdateRoutingRulesType>,
  res: MedusaResponse<AdminRoutingRulesResponse>
) => {
  const { rules, additional_data } = req.validatedBody
  await updateRoutingRulesWorkflow(req.scope).run({
    input: { rules, actor_id: req.auth_context.actor_id, additional_data },
  })
  const routing =
    req.scope.resolve<MallRoutingModuleService>(MALL_ROUTING_MODULE)
  res.json({ routing_rules: await routing.retrieveEffectiveRoutingRules() })
}
