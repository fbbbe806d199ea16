import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type MallFinanceModuleService from "../../../modules/finance/service"
import { MALL_FINANCE_MODULE } from "../../../types/modules"

export const findRemittanceStepId = "mall-find-remittance"

export interface FindRemittanceStepInput {
  carrier: string
  statement_reference: string
}

export type RemittanceRow = Awaited<
  ReturnType<MallFinanceModuleService["listRemittances"]>
>[number]

/** The statement already imported under this carrier and reference, if any. */
export const findRemittanceStep = createStep(
  findRemittanceStepId,
  async (input: FindRemittanceStepInput, { container }) => {
    const finance =
      container.resolve<MallFinanceModuleService>(MALL_FINANCE_MODULE)
    const [existing] = await finance.listRemittances(
      {
        carrier: input.carrier,
        statement_reference: input.statement_reference,
      },
      { take: 1 }
    )
    return new StepResponse<RemittanceRow | null>(existing ?? null)
  }
)
