import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type MallFinanceModuleService from "../../../modules/finance/service"
import type { CodSettings } from "../../../types/cod"
import { MALL_FINANCE_MODULE } from "../../../types/modules"

export const saveCodSettingsStepId = "mall-save-cod-settings"

export interface SaveCodSettingsStepInput {
  /** The complete rule set to save. */
  settings: CodSettings
  /** The admin user saving them. */
  updated_by: string | null
}

type Previous = {
  settings: CodSettings
  updated_by: string | null
  existed: boolean
}

/** Saves the COD rules; compensation restores the rules that were in force. */
export const saveCodSettingsStep = createStep(
  saveCodSettingsStepId,
  async (input: SaveCodSettingsStepInput, { container }) => {
    const finance =
      container.resolve<MallFinanceModuleService>(MALL_FINANCE_MODULE)
    const { source, ...previous } = await finance.retrieveEffectiveCodSettings()
    const saved = await finance.saveCodSettings(
      input.settings,
      input.updated_by
    )
    return new StepResponse<CodSettings, Previous>(saved, {
      settings: previous,
      updated_by: null,
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
      await finance.saveCodSettings(previous.settings, previous.updated_by)
    } else {
      await finance.resetCodSettings()
    }
  }
)
