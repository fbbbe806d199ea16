import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type MallFinanceModuleService from "../../../modules/finance/service"
import { MALL_FINANCE_MODULE } from "../../../types/modules"
import type { GateDraft } from "../utils/gate-openers"
import type { ReleaseGateRow } from "../utils/order-pipeline-view"

export const createReleaseGatesStepId = "mall-create-release-gates"

const key = (g: { order_id: string; kind: string }) => `${g.order_id}:${g.kind}`

/**
 * Creates the gates that do not exist yet (one per order and kind). When
 * another server instance opens the same order at the same time, the unique
 * index refuses one insert; this step then keeps what the other created
 * instead of failing. Compensation deletes only the gates this step created.
 */
export const createReleaseGatesStep = createStep(
  createReleaseGatesStepId,
  async (drafts: GateDraft[], { container }) => {
    if (!drafts.length) {
      return new StepResponse([] as ReleaseGateRow[], [] as string[])
    }
    const finance =
      container.resolve<MallFinanceModuleService>(MALL_FINANCE_MODULE)
    const missing = async () => {
      const existing = await finance.listReleaseGates(
        { order_id: [...new Set(drafts.map((d) => d.order_id))] },
        { select: ["order_id", "kind"] }
      )
      const have = new Set(existing.map(key))
      return drafts.filter((d) => !have.has(key(d)))
    }

    let created: ReleaseGateRow[] = []
    try {
      const toCreate = await missing()
      if (toCreate.length) {
        created = (await finance.createReleaseGates(
          toCreate
        )) as unknown as ReleaseGateRow[]
      }
    } catch (e) {
      // Lost a race: fine when every gate now exists, a real error otherwise.
      if ((await missing()).length) {
        throw e
      }
    }
    return new StepResponse(
      created,
      created.map((g) => g.id)
    )
  },
  async (ids, { container }) => {
    if (!ids?.length) {
      return
    }
    const finance =
      container.resolve<MallFinanceModuleService>(MALL_FINANCE_MODULE)
    await finance.deleteReleaseGates(ids)
  }
)
