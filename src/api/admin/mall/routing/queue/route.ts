import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type MallFinanceModuleService from "../../../../../modules/finance/service"
import type MallRoutingModuleService from "../../../../../modules/routing/service"
import type { AdminRoutingQueueResponse } from "../../../../../types/http/routing"
import {
  MALL_FINANCE_MODULE,
  MALL_ROUTING_MODULE,
} from "../../../../../types/modules"
import { toRoutingDestination } from "../../../../../workflows/routing"
import type { AdminGetRoutingQueueParamsType } from "../validators"

/**
 * The "needs routing" queue: orders whose routing gate is pending, most
 * urgent first, with what their current decision could not allocate.
 */
export const GET = async (
  req: AuthenticatedMedusaRequest<unknown, AdminGetRoutingQueueParamsType>,
  res: MedusaResponse<AdminRoutingQueueResponse>
) => {
  const { limit, offset } = req.validatedQuery
  const finance =
    req.scope.resolve<MallFinanceModuleService>(MALL_FINANCE_MODULE)
  const routing =
    req.scope.resolve<MallRoutingModuleService>(MALL_ROUTING_MODULE)
  const [gates, count] = await finance.listAndCountReleaseGates(
    { kind: "routing", status: "pending" },
    { order: { due_at: "ASC", id: "ASC" }, take: limit, skip: offset }
  )
  const orderIds = gates.map((g) => g.order_id)
  const [decisions] = orderIds.length
    ? await routing.listCurrentRoutingDecisions(
        { order_ids: orderIds },
        { skip: 0, take: orderIds.length }
      )
    : [[]]
  const decisionOf = new Map(decisions.map((d) => [d.order_id, d]))
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data: orders } = orderIds.length
    ? await query.graph({
        entity: "order",
        fields: [
          "id",
          "display_id",
          "email",
          "shipping_address.country_code",
          "shipping_address.province",
          "shipping_address.city",
          "shipping_address.postal_code",
        ],
        filters: { id: orderIds },
      })
    : { data: [] }
  const orderOf = new Map(
    (
      orders as {
        id: string
        display_id?: number
        email?: string
        shipping_address?: Record<string, string | null> | null
      }[]
    ).map((o) => [o.id, o])
  )
  const now = Date.now()
  res.json({
    orders: gates.map((gate) => {
      const decision = decisionOf.get(gate.order_id)
      const order = orderOf.get(gate.order_id)
      const due = gate.due_at ? new Date(gate.due_at as Date) : null
      return {
        order_id: gate.order_id,
        display_id: order?.display_id ?? null,
        email: order?.email ?? null,
        destination: order?.shipping_address
          ? toRoutingDestination(order.shipping_address)
          : null,
        status: decision?.status ?? "unallocated",
        summary: decision?.summary ?? gate.reason ?? "Not routed yet.",
        unallocated: decision?.unallocated ?? [],
        decided_at: new Date(
          (decision?.created_at ?? gate.created_at) as Date
        ).toISOString(),
        gate_due_at: due?.toISOString() ?? null,
        overdue: !!due && due.getTime() < now,
      }
    }),
    count,
    offset,
    limit,
  })
}
