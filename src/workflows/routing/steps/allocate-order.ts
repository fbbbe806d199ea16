import { Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type MallRoutingModuleService from "../../../modules/routing/service"
import { MALL_ROUTING_MODULE } from "../../../types/modules"
import type {
  GeocodeResult,
  RoutingAllocation,
  RoutingResult,
  RoutingSource,
} from "../../../types/routing"
import { overrideResult } from "../utils/override-result"
import {
  planReservations,
  type OrderReservation,
} from "../utils/reservation-plan"
import {
  assertPlanFits,
  listOrderReservations,
  swapReservations,
} from "../utils/reservations"
import { inventoryItemIdsOf, type RoutingOrder } from "../utils/routing-order"
import { loadRoutingWarehouses } from "../utils/routing-warehouses"

export const allocateOrderStepId = "mall-allocate-order"

export interface AllocateOrderStepInput {
  order: RoutingOrder
  source: RoutingSource
  /** For `override`: the allocations an admin dictates. */
  allocations?: RoutingAllocation[] | null
  reason?: string | null
}

export interface AllocateOrderStepOutput {
  /** True when placement routing found the order already routed. */
  skipped: boolean
  result: RoutingResult | null
  geocode: GeocodeResult | null
}

type Compensation = {
  inventory_item_ids: string[]
  removed: OrderReservation[]
  created: OrderReservation[]
}

/**
 * Decides where the order ships and moves its reservations there, both
 * under the lock core takes on the same inventory items when it reserves at
 * checkout. Deciding inside the lock means the stock the decision counts on
 * cannot be taken by a concurrent order before the reservations move.
 * Compensation moves the reservations back.
 */
export const allocateOrderStep = createStep(
  allocateOrderStepId,
  async (input: AllocateOrderStepInput, { container }) => {
    const { order } = input
    const routing =
      container.resolve<MallRoutingModuleService>(MALL_ROUTING_MODULE)
    const locking = container.resolve(Modules.LOCKING)
    const inventory_item_ids = inventoryItemIdsOf(order.lines)
    const [geocode, { rules }] = await Promise.all([
      routing.geocode(order.destination),
      routing.retrieveEffectiveRoutingRules(),
    ])

    const decide = async (apply: boolean) => {
      const existing = await routing.retrieveCurrentRoutingDecision(order.id)
      if (input.source === "placement" && existing) {
        return "routed" as const
      }
      const current = await listOrderReservations(
        container,
        order.lines.map((l) => l.line_item_id)
      )
      const warehouses = await loadRoutingWarehouses(container, {
        sales_channel_id: order.sales_channel_id,
        inventory_item_ids,
        own_reservations: current,
        own_location_ids: [
          ...new Set(existing?.allocations.map((a) => a.location_id) ?? []),
        ],
      })
      const result =
        input.source === "override"
          ? overrideResult(
              order.lines,
              warehouses,
              input.allocations ?? [],
              input.reason ?? ""
            )
          : await routing.getRoutingStrategy().route({
              order_id: order.id,
              currency_code: order.currency_code,
              destination: order.destination,
              geocode,
              lines: order.lines,
              warehouses,
              rules,
            })
      const plan = planReservations(order.lines, current, result.allocations)
      if (!plan.remove.length && !plan.create.length) {
        return { result, removed: [], created: [], moved: false }
      }
      if (!apply) {
        return null
      }
      assertPlanFits(plan, warehouses, current, (itemId) => {
        const line = order.lines.find((l) =>
          l.inventory.some((i) => i.inventory_item_id === itemId)
        )
        return line
          ? `${line.title}${line.sku ? ` (${line.sku})` : ""}`
          : itemId
      })
      const created = await swapReservations(
        container,
        plan.remove,
        plan.create
      )
      return { result, removed: plan.remove, created, moved: true }
    }

    // Most orders are already reserved where routing sends them: decide
    // without the lock, and take it (deciding again inside, on fresh stock)
    // only when reservations have to move.
    let outcome = await decide(false)
    if (outcome === null && inventory_item_ids.length) {
      outcome = await locking.execute(inventory_item_ids, () => decide(true), {
        timeout: 30,
      })
    }
    if (outcome === "routed" || outcome === null) {
      return new StepResponse<AllocateOrderStepOutput, Compensation>(
        { skipped: true, result: null, geocode },
        { inventory_item_ids, removed: [], created: [] }
      )
    }
    return new StepResponse<AllocateOrderStepOutput, Compensation>(
      { skipped: false, result: outcome.result, geocode },
      { inventory_item_ids, removed: outcome.removed, created: outcome.created }
    )
  },
  async (compensation, { container }) => {
    if (!compensation?.removed.length && !compensation?.created.length) {
      return
    }
    const locking = container.resolve(Modules.LOCKING)
    await locking.execute(compensation.inventory_item_ids, () =>
      swapReservations(
        container,
        compensation.created,
        compensation.removed.map(({ id: _id, ...r }) => r)
      )
    )
  }
)
