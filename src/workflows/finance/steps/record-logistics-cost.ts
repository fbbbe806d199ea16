import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type MallFinanceModuleService from "../../../modules/finance/service"
import type { LogisticsCostKind } from "../../../types/cod-collection"
import { MALL_FINANCE_MODULE } from "../../../types/modules"
import type { CostBearer } from "../../../types/pipeline"

export const recordLogisticsCostStepId = "mall-record-logistics-cost"

export interface RecordLogisticsCostStepInput {
  order_id: string
  kind: LogisticsCostKind
  currency_code: string
  /** In the currency's main unit. */
  amount: number
  bearer: CostBearer
  reason?: string | null
  recorded_by?: string | null
}

/** Records a logistics cost and who bears it; compensation removes it. */
export const recordLogisticsCostStep = createStep(
  recordLogisticsCostStepId,
  async (input: RecordLogisticsCostStepInput, { container }) => {
    const finance =
      container.resolve<MallFinanceModuleService>(MALL_FINANCE_MODULE)
    const cost = await finance.createLogisticsCosts(input)
    return new StepResponse(cost, cost.id)
  },
  async (id, { container }) => {
    if (!id) {
      return
    }
    const finance =
      container.resolve<MallFinanceModuleService>(MALL_FINANCE_MODULE)
    await finance.deleteLogisticsCosts(id)
  }
)
