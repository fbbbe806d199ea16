import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type MallCrmModuleService from "../../../modules/crm/service"
import { MALL_CRM_MODULE } from "../../../types/modules"
import {
  checkContactLine,
  type CheckedContactLine,
  type RawContactLine,
} from "../utils/contact-lines"

export const checkContactLinesStepId = "mall-check-crm-contact-lines"

export interface CheckedContactLines {
  lines: CheckedContactLine[]
  rejected: { line: number; reason: string }[]
}

/** Checks each import line on its own (phones read with the configured default country). Writes nothing. */
export const checkContactLinesStep = createStep(
  checkContactLinesStepId,
  async ({ rows }: { rows: RawContactLine[] }, { container }) => {
    const crm = container.resolve<MallCrmModuleService>(MALL_CRM_MODULE)
    const options = { default_country: crm.getDefaultCountry() }
    const checked: CheckedContactLines = { lines: [], rejected: [] }
    for (const row of rows) {
      const result = checkContactLine(row, options)
      if (result.ok) {
        checked.lines.push(result.line)
      } else {
        checked.rejected.push({ line: result.line, reason: result.reason })
      }
    }
    return new StepResponse(checked)
  }
)
