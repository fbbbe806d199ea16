import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import type MallFinanceModuleService from "../../../../modules/finance/service"
import type { CodSettings } from "../../../../types/cod"
import { MALL_FINANCE_MODULE } from "../../../../types/modules"
import { updateCodSettingsWorkflow } from "../../../../workflows/cod"
import type { AdminUpdateCodSettingsType } from "./validators"

type AdminCodSettingsResponse = {
  cod_settings: CodSettings & { source: "settings" | "plugin_options" }
}

export const GET = async (
  req: AuthenticatedMedusaRequest,
  res: MedusaResponse<AdminCodSettingsResponse>
) => {
  const finance =
    req.scope.resolve<MallFinanceModuleService>(MALL_FINANCE_MODULE)
  res.json({ cod_settings: await finance.retrieveEffectiveCodSettings() })
}

export const POST = async (
  req: AuthenticatedMedusaRequest<AdminUpdateCodSettingsType>,
  res: MedusaResponse<AdminCodSettingsResponse>
) => {
  const { additional_data, ...update } = req.validatedBody
  const { result } = await updateCodSettingsWorkflow(req.scope).run({
    input: { update, actor_id: req.auth_context.actor_id, additional_data },
  })
  res.json({ cod_settings: { ...result, source: "settings" } })
}
