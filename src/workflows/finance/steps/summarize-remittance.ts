import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type MallFinanceModuleService from "../../../modules/finance/service"
import type { RemittanceSummary } from "../../../types/cod-collection"
import { MALL_FINANCE_MODULE } from "../../../types/modules"

export const summarizeRemittanceStepId = "mall-summarize-remittance"

/** Line counts per outcome and amounts per currency of a statement. Reads only. */
export const summarizeRemittanceStep = createStep(
  summarizeRemittanceStepId,
  async (input: { remittance_id: string }, { container }) => {
    const finance =
      container.resolve<MallFinanceModuleService>(MALL_FINANCE_MODULE)
    const summaries = await finance.summarizeRemittances([input.remittance_id])
    return new StepResponse<RemittanceSummary>(
      summaries.get(input.remittance_id)!
    )
  }
)
