import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type MallFinanceModuleService from "../../../modules/finance/service"
import type {
  ConfirmationChanges,
  ConfirmationSnapshot,
} from "../../../modules/finance/utils/cod-collection-store"
import { MALL_FINANCE_MODULE } from "../../../types/modules"

export const applyRemittanceConfirmationStepId =
  "mall-apply-remittance-confirmation"

/**
 * Settles the matched receivables and lines of a statement, disputes the
 * others, and marks the statement confirmed, in one transaction.
 * Compensation puts every row back as it was.
 */
export const applyRemittanceConfirmationStep = createStep(
  applyRemittanceConfirmationStepId,
  async (changes: ConfirmationChanges | null, { container }) => {
    if (!changes) {
      return new StepResponse<null, ConfirmationSnapshot | null>(null, null)
    }
    const finance =
      container.resolve<MallFinanceModuleService>(MALL_FINANCE_MODULE)
    const snapshot = await finance.applyRemittanceConfirmation(changes)
    return new StepResponse<null, ConfirmationSnapshot | null>(null, snapshot)
  },
  async (snapshot, { container }) => {
    if (!snapshot) {
      return
    }
    const finance =
      container.resolve<MallFinanceModuleService>(MALL_FINANCE_MODULE)
    await finance.revertRemittanceConfirmation(snapshot)
  }
)
