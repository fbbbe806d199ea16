import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type MallFinanceModuleService from "../../../modules/finance/service"
import { MALL_FINANCE_MODULE } from "../../../types/modules"

export const recordAuditEntriesStepId = "mall-record-audit-entries"

export interface AuditEntryInput {
  order_id?: string | null
  /** What kind of record was decided on, e.g. "release_gate", "payment_confirmation". */
  entity_type: string
  entity_id: string
  /** What happened, e.g. "gate.passed", "confirmation.rejected". */
  action: string
  actor_id?: string | null
  department?: string | null
  reason?: string | null
  data?: Record<string, unknown> | null
}

/** Appends to the audit trail; compensation removes what this step wrote. */
export const recordAuditEntriesStep = createStep(
  recordAuditEntriesStepId,
  async (entries: AuditEntryInput[], { container }) => {
    if (!entries.length) {
      return new StepResponse([], [])
    }
    const finance =
      container.resolve<MallFinanceModuleService>(MALL_FINANCE_MODULE)
    const created = await finance.createAuditEntries(entries)
    return new StepResponse(
      created,
      created.map((e) => e.id)
    )
  },
  async (ids, { container }) => {
    if (!ids?.length) {
      return
    }
    const finance =
      container.resolve<MallFinanceModuleService>(MALL_FINANCE_MODULE)
    await finance.deleteAuditEntries(ids)
  }
)
