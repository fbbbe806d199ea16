import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type MallFinanceModuleService from "../../../modules/finance/service"
import type { CodReceivableStatus } from "../../../types/cod-collection"
import { MALL_FINANCE_MODULE } from "../../../types/modules"

export const recordCodRefusalStepId = "mall-record-cod-refusal"

export interface RecordCodRefusalStepInput {
  receivable_id: string
  order_id: string
  customer_id: string | null
  /** Lower-cased. */
  email: string | null
  reason: string
}

type Previous = {
  receivable: {
    id: string
    status: CodReceivableStatus
    closed_reason: string | null
  }
  refusal_id: string | null
}

/**
 * Closes a COD receivable as refused and appends the buyer's refusal (by
 * customer and email), which COD eligibility counts. One refusal per order:
 * an existing one is kept. Compensation reopens the receivable and removes
 * the refusal it added.
 */
export const recordCodRefusalStep = createStep(
  recordCodRefusalStepId,
  async (input: RecordCodRefusalStepInput, { container }) => {
    const finance =
      container.resolve<MallFinanceModuleService>(MALL_FINANCE_MODULE)
    const [before] = await finance.listCodReceivables(
      { id: input.receivable_id },
      { select: ["id", "status", "closed_reason"], take: 1 }
    )
    const receivable = await finance.updateCodReceivables({
      id: input.receivable_id,
      status: "refused",
      closed_reason: input.reason,
    })
    const [existing] = await finance.listCodRefusals(
      { order_id: input.order_id },
      { take: 1 }
    )
    const refusal =
      existing ??
      (await finance.createCodRefusals({
        order_id: input.order_id,
        customer_id: input.customer_id,
        email: input.email,
        reason: input.reason,
      }))
    const previous: Previous = {
      receivable: {
        id: before.id,
        status: before.status as CodReceivableStatus,
        closed_reason: before.closed_reason ?? null,
      },
      refusal_id: existing ? null : refusal.id,
    }
    return new StepResponse({ receivable, refusal }, previous)
  },
  async (previous, { container }) => {
    if (!previous) {
      return
    }
    const finance =
      container.resolve<MallFinanceModuleService>(MALL_FINANCE_MODULE)
    await finance.updateCodReceivables(previous.receivable)
    if (previous.refusal_id) {
      await finance.deleteCodRefusals(previous.refusal_id)
    }
  }
)
