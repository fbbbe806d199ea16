import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type MallFinanceModuleService from "../../../modules/finance/service"
import { MALL_FINANCE_MODULE } from "../../../types/modules"
import type { PipelineSettings } from "../../../types/pipeline"
import { PipelineSettingsSchema } from "../../../utils/plugin-options"

export const savePipelineSettingsStepId = "mall-save-pipeline-settings"

export interface SavePipelineSettingsStepInput {
  /** The complete rule set to save. */
  settings: PipelineSettings
  /** The admin user saving them. */
  updated_by: string | null
}

type Previous = { settings: PipelineSettings; existed: boolean }

/**
 * Checks the complete rule set against `PipelineSettingsSchema` and saves
 * it; compensation restores the rules that were in force.
 */
export const savePipelineSettingsStep = createStep(
  savePipelineSettingsStepId,
  async (input: SavePipelineSettingsStepInput, { container }) => {
    const parsed = PipelineSettingsSchema.safeParse(input.settings)
    if (!parsed.success) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `Invalid pipeline settings: ${parsed.error.issues
          .map((i) => `${i.path.join(".")} ${i.message}`)
          .join("; ")}`
      )
    }
    const finance =
      container.resolve<MallFinanceModuleService>(MALL_FINANCE_MODULE)
    const { source, ...previous } =
      await finance.retrieveEffectivePipelineSettings()
    const saved = await finance.savePipelineSettings(
      parsed.data,
      input.updated_by
    )
    return new StepResponse<PipelineSettings, Previous>(saved, {
      settings: previous,
      existed: source === "settings",
    })
  },
  async (previous, { container }) => {
    if (!previous) {
      return
    }
    const finance =
      container.resolve<MallFinanceModuleService>(MALL_FINANCE_MODULE)
    if (previous.existed) {
      await finance.savePipelineSettings(previous.settings, null)
    } else {
      await finance.resetPipelineSettings()
    }
  }
)
