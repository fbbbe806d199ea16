import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import type MallFinanceModuleService from "../../../../modules/finance/service"
import type { AdminPipelineSettingsResponse } from "../../../../types/http/pipeline"
import { MALL_FINANCE_MODULE } from "../../../../types/modules"
import { updatePipelineSettingsWorkflow } from "../../../../workflows/pipeline"
import type { AdminUpdatePipelineSettingsType } from "./validators"

/** The pipeline rules in force, and where they come from. */
export const GET = async (
  req: AuthenticatedMedusaRequest,
  res: MedusaResponse<AdminPipelineSettingsResponse>
) => {
  const finance =
    req.scope.resolve<MallFinanceModuleService>(MALL_FINANCE_MODULE)
  res.json({
    pipeline_settings: await finance.retrieveEffectivePipelineSettings(),
  })
}

/** Change some of the pipeline rules. */
export const POST = async (
  req: AuthenticatedMedusaRequest<AdminUpdatePipelineSettingsType>,
  res: MedusaResponse<AdminPipelineSettingsResponse>
) => {
  const { additional_data, ...update } = req.validatedBody
  const { result } = await updatePipelineSettingsWorkflow(req.scope).run({
    input: { update, actor_id: req.auth_context.actor_id, additional_data },
  })
  res.json({ pipeline_settings: { ...result, source: "settings" } })
}
