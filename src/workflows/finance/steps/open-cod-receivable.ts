import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type MallFinanceModuleService from "../../../modules/finance/service"
import type { CodReceivableStatus } from "../../../types/cod-collection"
import { MALL_FINANCE_MODULE } from "../../../types/modules"
import type { ReceivableData } from "../utils/receivable-from-fulfillment"

export const openCodReceivableStepId = "mall-open-cod-receivable"

export interface OpenCodReceivableStepInput {
  /** Null when the shipment is not a COD parcel: nothing to open. */
  receivable: ReceivableData | null
  /** "due" when the parcel is known delivered already. */
  status?: Extract<CodReceivableStatus, "open" | "due">
  delivered_at?: Date | null
}

export type CodReceivableRow = Awaited<
  ReturnType<MallFinanceModuleService["listCodReceivables"]>
>[number]

export interface OpenCodReceivableStepOutput {
  receivable: CodReceivableRow | null
  /** False when the order already had its receivable (events are not repeated). */
  created: boolean
}

/**
 * Opens an order's COD receivable, once: one receivable per order, so a
 * second shipment of the order, or the same event delivered twice, finds the
 * first one and changes nothing. Compensation removes what it created.
 */
export const openCodReceivableStep = createStep(
  openCodReceivableStepId,
  async (input: OpenCodReceivableStepInput, { container }) => {
    const empty: OpenCodReceivableStepOutput = {
      receivable: null,
      created: false,
    }
    if (!input.receivable) {
      return new StepResponse(empty, null)
    }
    const finance =
      container.resolve<MallFinanceModuleService>(MALL_FINANCE_MODULE)
    const find = async () =>
      (
        await finance.listCodReceivables(
          { order_id: input.receivable!.order_id },
          { take: 1 }
        )
      )[0] ?? null
    const existing = await find()
    if (existing) {
      return new StepResponse({ receivable: existing, created: false }, null)
    }
    try {
      const created = await finance.createCodReceivables({
        ...input.receivable,
        // A decimal string keeps the amount exact; the generated type says number.
        amount_to_collect: input.receivable
          .amount_to_collect as unknown as number,
        status: input.status ?? "open",
        delivered_at: input.delivered_at ?? null,
      })
      return new StepResponse(
        { receivable: created, created: true },
        created.id
      )
    } catch (e) {
      // Another instance opened it between our read and our write.
      const raced = await find()
      if (raced) {
        return new StepResponse({ receivable: raced, created: false }, null)
      }
      throw e
    }
  },
  async (createdId, { container }) => {
    if (!createdId) {
      return
    }
    const finance =
      container.resolve<MallFinanceModuleService>(MALL_FINANCE_MODULE)
    await finance.deleteCodReceivables(createdId)
  }
)
