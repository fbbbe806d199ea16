import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type MallFinanceModuleService from "../../../modules/finance/service"
import { MALL_FINANCE_MODULE } from "../../../types/modules"
import type { PaymentConfirmationDraft } from "../utils/gate-openers"
import type { PaymentConfirmationRow } from "../utils/payment-confirmation"

export const createPaymentConfirmationsStepId =
  "mall-create-payment-confirmations"

/**
 * Creates pending payment confirmations for orders that have none (one per
 * order). A concurrent insert for the same order is not an error: the other
 * instance's confirmation stands. Compensation deletes only what this step
 * created.
 */
export const createPaymentConfirmationsStep = createStep(
  createPaymentConfirmationsStepId,
  async (drafts: PaymentConfirmationDraft[], { container }) => {
    if (!drafts.length) {
      return new StepResponse([] as PaymentConfirmationRow[], [] as string[])
    }
    const finance =
      container.resolve<MallFinanceModuleService>(MALL_FINANCE_MODULE)
    const missing = async () => {
      const existing = await finance.listPaymentConfirmations(
        { order_id: drafts.map((d) => d.order_id) },
        { select: ["order_id"] }
      )
      const have = new Set(existing.map((c) => c.order_id))
      return drafts.filter((d) => !have.has(d.order_id))
    }

    let created: PaymentConfirmationRow[] = []
    try {
      const toCreate = await missing()
      if (toCreate.length) {
        created = (await finance.createPaymentConfirmations(
          toCreate.map((d) => ({ ...d, status: "pending" as const }))
        )) as unknown as PaymentConfirmationRow[]
      }
    } catch (e) {
      if ((await missing()).length) {
        throw e
      }
    }
    return new StepResponse(
      created,
      created.map((c) => c.id)
    )
  },
  async (ids, { container }) => {
    if (!ids?.length) {
      return
    }
    const finance =
      container.resolve<MallFinanceModuleService>(MALL_FINANCE_MODULE)
    await finance.deletePaymentConfirmations(ids)
  }
)
