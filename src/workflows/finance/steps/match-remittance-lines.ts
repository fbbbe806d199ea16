import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type MallFinanceModuleService from "../../../modules/finance/service"
import type {
  ClassifiedStatementLine,
  RawStatementLine,
} from "../../../types/cod-collection"
import { MALL_FINANCE_MODULE } from "../../../types/modules"
import {
  classifyStatementLines,
  collectMatchKeys,
  indexReceivables,
  normalizeStatementLines,
} from "../utils/match-remittance-lines"

export const matchRemittanceLinesStepId = "mall-match-remittance-lines"

export interface MatchRemittanceLinesStepInput {
  lines: RawStatementLine[]
  /** The statement's currency, for lines that give none. */
  currency_code?: string | null
  /** True when the statement was imported before: nothing to match. */
  skip?: boolean
}

/**
 * Checks each line and matches it to its receivable. Receivables are loaded
 * in bulk by the lines' keys (a few queries for the whole statement), then
 * matched in memory. Reads only.
 */
export const matchRemittanceLinesStep = createStep(
  matchRemittanceLinesStepId,
  async (input: MatchRemittanceLinesStepInput, { container }) => {
    if (input.skip) {
      return new StepResponse<ClassifiedStatementLine[]>([])
    }
    const finance =
      container.resolve<MallFinanceModuleService>(MALL_FINANCE_MODULE)
    const lines = normalizeStatementLines(input.lines)
    const receivables = await finance.listMatchableReceivables(
      collectMatchKeys(lines)
    )
    return new StepResponse(
      classifyStatementLines(lines, indexReceivables(receivables), {
        default_currency_code: input.currency_code ?? null,
      })
    )
  }
)
