import type { MedusaContainer } from "@medusajs/framework/types"
import {
  ContainerRegistrationKeys,
  MedusaError,
} from "@medusajs/framework/utils"
import type MallRoutingModuleService from "../../../../modules/routing/service"
import type {
  AdminOrderRouting,
  AdminRoutingAllocation,
  AdminRoutingDecision,
} from "../../../../types/http/routing"
import { MALL_ROUTING_MODULE } from "../../../../types/modules"
import type {
  RoutingAllocation,
  RoutingDecision,
} from "../../../../types/routing"
import { toRoutingDestination } from "../../../../workflows/routing"

export type LineNames = Map<
  string,
  { title: string | null; sku: string | null }
>

/** Names of stock locations, by id. */
export async function locationNames(
  container: MedusaContainer,
  ids: string[]
): Promise<Map<string, string>> {
  if (!ids.length) {
    return new Map()
  }
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "stock_location",
    fields: ["id", "name"],
    filters: { id: [...new Set(ids)] },
  })
  return new Map(
    (data as { id: string; name: string }[]).map((l) => [l.id, l.name])
  )
}

export function toAdminAllocations(
  allocations: RoutingAllocation[],
  locations: Map<string, string>,
  lines: LineNames
): AdminRoutingAllocation[] {
  return allocations.map((a) => ({
    ...a,
    location_name: locations.get(a.location_id) ?? null,
    title: lines.get(a.line_item_id)?.title ?? null,
    sku: lines.get(a.line_item_id)?.sku ?? null,
  }))
}

export function toAdminDecision(
  decision: RoutingDecision,
  locations: Map<string, string>,
  lines: LineNames
): AdminRoutingDecision {
  return {
    id: decision.id,
    order_id: decision.order_id,
    version: decision.version,
    source: decision.source,
    is_current: decision.is_current,
    status: decision.status,
    allocations: toAdminAllocations(decision.allocations, locations, lines),
    unallocated: decision.unallocated,
    trace: decision.trace,
    summary: decision.summary,
    geocode: decision.geocode,
    reason: decision.reason,
    created_by: decision.created_by,
    created_at: new Date(decision.created_at).toISOString(),
  }
}

type GraphOrder = {
  id: string
  display_id?: number | null
  shipping_address?: Record<string, string | null> | null
  items?: ({
    id: string
    title?: string | null
    variant_sku?: string | null
  } | null)[]
}

/** An order's current routing decision and its history. */
export async function retrieveAdminOrderRouting(
  container: MedusaContainer,
  order_id: string
): Promise<AdminOrderRouting> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const {
    data: [order],
  } = await query.graph({
    entity: "order",
    fields: [
      "id",
      "display_id",
      "shipping_address.country_code",
      "shipping_address.province",
      "shipping_address.city",
      "shipping_address.postal_code",
      "items.id",
      "items.title",
      "items.variant_sku",
    ],
    filters: { id: order_id },
  })
  if (!order) {
    throw new MedusaError(
      MedusaError.Types.NOT_FOUND,
      `Order with id: ${order_id} was not found`
    )
  }
  const o = order as unknown as GraphOrder
  const routing =
    container.resolve<MallRoutingModuleService>(MALL_ROUTING_MODULE)
  const history = await routing.listRoutingDecisionHistory(order_id)
  const lines: LineNames = new Map(
    (o.items ?? [])
      .filter((i): i is NonNullable<typeof i> => !!i)
      .map((i) => [
        i.id,
        { title: i.title ?? null, sku: i.variant_sku ?? null },
      ])
  )
  const locations = await locationNames(
    container,
    history.flatMap((d) => d.allocations.map((a) => a.location_id))
  )
  const views = history.map((d) => toAdminDecision(d, locations, lines))
  return {
    order_id: o.id,
    display_id: o.display_id ?? null,
    destination: o.shipping_address
      ? toRoutingDestination(o.shipping_address)
      : null,
    decision: views.find((d) => d.is_current) ?? null,
    history: views.filter((d) => !d.is_current),
  }
}
