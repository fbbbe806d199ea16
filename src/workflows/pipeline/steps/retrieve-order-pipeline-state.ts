import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type MallFinanceModuleService from "../../../modules/finance/service"
import { MALL_FINANCE_MODULE } from "../../../types/modules"
import type { ReleaseGateRow } from "../utils/order-pipeline-view"
import type { PaymentConfirmationRow } from "../utils/payment-confirmation"

export const retrieveOrderPipelineStateStepId =
  "mall-retrieve-order-pipeline-state"

export interface OrderPipelineState {
  gates: ReleaseGateRow[]
  payment_confirmation: PaymentConfirmationRow | null
}

/** What an order's pipeline holds so far: its gates and its payment confirmation. */
export const retrieveOrderPipelineStateStep = createStep(
  retrieveOrderPipelineStateStepId,
  async (input: { order_id: string }, { container }) => {
    const finance =
      container.resolve<MallFinanceModuleService>(MALL_FINANCE_MODULE)
    const [gates, [payment_confirmation]] = await Promise.all([
      finance.listReleaseGates({ order_id: input.order_id }),
      finance.listPaymentConfirmations(
        { order_id: input.order_id },
        { take: 1 }
      ),
    ])
    return new StepResponse<OrderPipelineState>({
      gates: gates as unknown as ReleaseGateRow[],
      payment_confirmation:
        (payment_confirmation as unknown as PaymentConfirmationRow) ?? null,
    })
  }
)
