import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type MallFinanceModuleService from "../../../modules/finance/service"
import { MALL_FINANCE_MODULE } from "../../../types/modules"
import type { PipelineSettings } from "../../../types/pipeline"

export const retrievePipelineSettingsStepId = "mall-retrieve-pipeline-settings"

export type EffectivePipelineSettings = PipelineSettings & {
  source: "settings" | "plugin_options"
}

/** The pipeline rules in force: saved by an admin, else the plugin options. */
export const retrievePipelineSettingsStep = createStep(
  retrievePipelineSettingsStepId,
  async (_: void, { container }) => {
    const finance =
      container.resolve<MallFinanceModuleService>(MALL_FINANCE_MODULE)
    return new StepResponse<EffectivePipelineSettings>(
      await finance.retrieveEffectivePipelineSettings()
    )
  }
)
