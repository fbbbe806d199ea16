import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type MallFinanceModuleService from "../../../modules/finance/service"
import type { CodReceivableStatus } from "../../../types/cod-collection"
import { MALL_FINANCE_MODULE } from "../../../types/modules"
import type { CodReceivableRow } from "./open-cod-receivable"

export const markCodReceivableDueStepId = "mall-mark-cod-receivable-due"

export interface MarkCodReceivableDueStepInput {
  order_id: string
  fulfillment_id: string
  delivered_at: Date
}

export interface MarkCodReceivableDueStepOutput {
  receivable: CodReceivableRow | null
  /** False when there was nothing to change (not open, or another parcel). */
  changed: boolean
}

type Previous = {
  id: string
  status: CodReceivableStatus
  delivered_at: Date | null
}

/**
 * Makes an open receivable due when the parcel that opened it is delivered.
 * A receivable in any other state, or the delivery of another parcel of the
 * order, changes nothing, so a repeated event is harmless. Compensation puts
 * the previous state back.
 */
export const markCodReceivableDueStep = createStep(
  markCodReceivableDueStepId,
  async (input: MarkCodReceivableDueStepInput, { container }) => {
    const finance =
      container.resolve<MallFinanceModuleService>(MALL_FINANCE_MODULE)
    const [receivable] = await finance.listCodReceivables(
      { order_id: input.order_id },
      { take: 1 }
    )
    const unchanged = (r: CodReceivableRow | null) =>
      new StepResponse<MarkCodReceivableDueStepOutput, Previous | null>(
        { receivable: r, changed: false },
        null
      )
    if (!receivable) {
      return unchanged(null)
    }
    const sameParcel =
      !receivable.fulfillment_id ||
      receivable.fulfillment_id === input.fulfillment_id
    if (receivable.status !== "open" || !sameParcel) {
      return unchanged(receivable)
    }
    const updated = await finance.updateCodReceivables({
      id: receivable.id,
      status: "due",
      delivered_at: input.delivered_at,
    })
    return new StepResponse<MarkCodReceivableDueStepOutput, Previous | null>(
      { receivable: updated, changed: true },
      {
        id: receivable.id,
        status: receivable.status as CodReceivableStatus,
        delivered_at: (receivable.delivered_at as Date | null) ?? null,
      }
    )
  },
  async (previous, { container }) => {
    if (!previous) {
      return
    }
    const finance =
      container.resolve<MallFinanceModuleService>(MALL_FINANCE_MODULE)
    await finance.updateCodReceivables(previous)
  }
)
