import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type MallFinanceModuleService from "../../../modules/finance/service"
import type { CodSettings } from "../../../types/cod"
import { MALL_FINANCE_MODULE } from "../../../types/modules"

export const retrieveCodSettingsStepId = "mall-retrieve-cod-settings"

export type EffectiveCodSettings = CodSettings & {
  source: "settings" | "plugin_options"
}

/** The COD rules in force: saved by an admin, else the plugin options. */
export const retrieveCodSettingsStep = createStep(
  retrieveCodSettingsStepId,
  async (_: void, { container }) => {
    const finance =
      container.resolve<MallFinanceModuleService>(MALL_FINANCE_MODULE)
    return new StepResponse<EffectiveCodSettings>(
      await finance.retrieveEffectiveCodSettings()
    )
  }
)
