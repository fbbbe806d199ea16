import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type MallFinanceModuleService from "../../../modules/finance/service"
import type {
  CodReceivableStatus,
  RemittanceLineStatus,
} from "../../../types/cod-collection"
import { MALL_FINANCE_MODULE } from "../../../types/modules"

export const settleAcceptedLineStepId = "mall-settle-accepted-line"

export interface SettleAcceptedLineStepInput {
  line_id: string
  receivable_id: string
  /** Why finance accepted it; kept on the line and the receivable. */
  reason: string
}

type Previous = {
  line: { id: string; status: RemittanceLineStatus; reason: string | null }
  receivable: {
    id: string
    status: CodReceivableStatus
    settled_at: Date | null
    closed_reason: string | null
  }
}

/** Settles an accepted line and its receivable; compensation restores both. */
export const settleAcceptedLineStep = createStep(
  settleAcceptedLineStepId,
  async (input: SettleAcceptedLineStepInput, { container }) => {
    const finance =
      container.resolve<MallFinanceModuleService>(MALL_FINANCE_MODULE)
    const [[line], [receivable]] = await Promise.all([
      finance.listRemittanceLines({ id: input.line_id }, { take: 1 }),
      finance.listCodReceivables({ id: input.receivable_id }, { take: 1 }),
    ])
    const previous: Previous = {
      line: {
        id: line.id,
        status: line.status as RemittanceLineStatus,
        reason: line.reason ?? null,
      },
      receivable: {
        id: receivable.id,
        status: receivable.status as CodReceivableStatus,
        settled_at: (receivable.settled_at as Date | null) ?? null,
        closed_reason: receivable.closed_reason ?? null,
      },
    }
    const [updatedLine, updatedReceivable] = await Promise.all([
      finance.updateRemittanceLines({
        id: line.id,
        status: "settled",
        reason: [line.reason, `accepted by finance: ${input.reason}`]
          .filter(Boolean)
          .join("; "),
      }),
      finance.updateCodReceivables({
        id: receivable.id,
        status: "settled",
        settled_at: new Date(),
        closed_reason: `accepted by finance: ${input.reason}`,
      }),
    ])
    return new StepResponse(
      { line: updatedLine, receivable: updatedReceivable },
      previous
    )
  },
  async (previous, { container }) => {
    if (!previous) {
      return
    }
    const finance =
      container.resolve<MallFinanceModuleService>(MALL_FINANCE_MODULE)
    await finance.updateRemittanceLines(previous.line)
    await finance.updateCodReceivables(previous.receivable)
  }
)
