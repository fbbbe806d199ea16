import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type MallFinanceModuleService from "../../../modules/finance/service"
import type { ClassifiedStatementLine } from "../../../types/cod-collection"
import { MALL_FINANCE_MODULE } from "../../../types/modules"
import type { RemittanceRow } from "./find-remittance"

export const createRemittanceStepId = "mall-create-remittance"

export interface CreateRemittanceStepInput {
  carrier: string
  statement_reference: string
  bank_reference?: string | null
  imported_by?: string | null
  lines: ClassifiedStatementLine[]
  /** The statement as imported before, if it was: then nothing is written. */
  existing?: RemittanceRow | null
}

export interface CreateRemittanceStepOutput {
  id: string
  created: boolean
}

const isUniqueViolation = (e: unknown) =>
  (e as { code?: string })?.code === "23505" ||
  /duplicate key|already exists/i.test((e as Error)?.message ?? "")

/**
 * Writes a courier statement with all its matched lines, in bulk, in one
 * transaction. A statement imported before (same carrier and reference),
 * including by a concurrent request, is returned as it is. Compensation
 * removes the statement and its lines.
 */
export const createRemittanceStep = createStep(
  createRemittanceStepId,
  async (input: CreateRemittanceStepInput, { container }) => {
    if (input.existing) {
      return new StepResponse<CreateRemittanceStepOutput, string | null>(
        { id: input.existing.id, created: false },
        null
      )
    }
    const finance =
      container.resolve<MallFinanceModuleService>(MALL_FINANCE_MODULE)
    try {
      const id = await finance.importRemittance(
        {
          carrier: input.carrier,
          statement_reference: input.statement_reference,
          bank_reference: input.bank_reference ?? null,
          imported_by: input.imported_by ?? null,
        },
        input.lines
      )
      return new StepResponse<CreateRemittanceStepOutput, string | null>(
        { id, created: true },
        id
      )
    } catch (e) {
      if (!isUniqueViolation(e)) {
        throw e
      }
      const [raced] = await finance.listRemittances(
        {
          carrier: input.carrier,
          statement_reference: input.statement_reference,
        },
        { take: 1, select: ["id"] }
      )
      if (!raced) {
        throw e
      }
      return new StepResponse<CreateRemittanceStepOutput, string | null>(
        { id: raced.id, created: false },
        null
      )
    }
  },
  async (createdId, { container }) => {
    if (!createdId) {
      return
    }
    const finance =
      container.resolve<MallFinanceModuleService>(MALL_FINANCE_MODULE)
    await finance.deleteImportedRemittance(createdId)
  }
)
