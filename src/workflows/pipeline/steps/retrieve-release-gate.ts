import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type MallFinanceModuleService from "../../../modules/finance/service"
import { MALL_FINANCE_MODULE } from "../../../types/modules"
import type { GateKind } from "../../../types/pipeline"
import type { ReleaseGateRow } from "../utils/order-pipeline-view"
import { orderLabel } from "../utils/pipeline-order"

export const retrieveReleaseGateStepId = "mall-retrieve-release-gate"

export interface RetrieveReleaseGateStepInput {
  order: { id: string; display_id?: number | null }
  kind: GateKind
}

/** An order's gate of one kind; 404 when the order has none. Reads only. */
export const retrieveReleaseGateStep = createStep(
  retrieveReleaseGateStepId,
  async (input: RetrieveReleaseGateStepInput, { container }) => {
    const finance =
      container.resolve<MallFinanceModuleService>(MALL_FINANCE_MODULE)
    const [gate] = await finance.listReleaseGates(
      { order_id: input.order.id, kind: input.kind },
      { take: 1 }
    )
    if (!gate) {
      const label = orderLabel(input.order)
      throw new MedusaError(
        MedusaError.Types.NOT_FOUND,
        `${label.charAt(0).toUpperCase()}${label.slice(1)} has no ${input.kind} gate`
      )
    }
    return new StepResponse(gate as unknown as ReleaseGateRow)
  }
)
