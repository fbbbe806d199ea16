import type {
  MedusaNextFunction,
  MedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type MallRoutingModuleService from "../../modules/routing/service"
import { MALL_ROUTING_MODULE } from "../../types/modules"
import { orderLabel } from "../../workflows/pipeline"
import { locationNames } from "../admin/mall/routing/helpers"

type FulfillmentBody = {
  location_id?: string | null
  items?: { id?: string; quantity?: number }[]
}

/**
 * Refuses to fulfil routed goods from another stock location than the one
 * routing chose: the stock would leave one warehouse while the reservation
 * holds it at another. Medusa's dashboard defaults to the shipping option's
 * location, so that is what an absent `location_id` means. Lines routing
 * left (partly) unallocated are not held back here; their gate is.
 */
export async function guardFulfillmentLocation(
  req: MedusaRequest,
  res: MedusaResponse,
  next: MedusaNextFunction
) {
  try {
    const routing =
      req.scope.resolve<MallRoutingModuleService>(MALL_ROUTING_MODULE)
    const decision = await routing.retrieveCurrentRoutingDecision(req.params.id)
    const body = (req.body ?? {}) as FulfillmentBody
    if (!decision || !Array.isArray(body.items)) {
      return next()
    }
    const location =
      body.location_id ??
      (await shippingOptionLocation(req.scope, req.params.id))
    if (!location) {
      return next()
    }
    const partly = new Set(decision.unallocated.map((u) => u.line_item_id))
    const wrong = body.items
      .map((i) => i.id)
      .filter((id): id is string => !!id && !partly.has(id))
      .map((id) => ({
        id,
        routed: decision.allocations
          .filter((a) => a.line_item_id === id)
          .map((a) => a.location_id),
      }))
      .filter((l) => l.routed.length && !l.routed.includes(location))
    if (!wrong.length) {
      return next()
    }

    const routedIds = [...new Set(wrong.flatMap((l) => l.routed))]
    const names = await locationNames(req.scope, [location, ...routedIds])
    const { display_id, titles } = await orderLines(req.scope, req.params.id)
    const nameOf = (id: string) => names.get(id) ?? id
    const detail = wrong
      .map(
        (l) =>
          `${titles.get(l.id) ?? l.id} from ${l.routed.map(nameOf).join(" or ")}`
      )
      .join("; ")
    res.status(400).json({
      type: "not_allowed",
      code: "wrong_fulfillment_location",
      message: `${capitalize(orderLabel({ id: req.params.id, display_id }))} is routed to ship ${detail}, not from ${nameOf(location)}. Fulfil from the routed warehouse, or re-route the order first.`,
      location_id: location,
      routed: wrong.map((l) => ({
        line_item_id: l.id,
        location_ids: l.routed,
      })),
    })
  } catch (e) {
    next(e)
  }
}

const capitalize = (s: string) => s.charAt(0).toUpperCase() + s.slice(1)

/** The order's display id and its lines as a person names them. */
async function orderLines(container: MedusaContainer, order_id: string) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const {
    data: [order],
  } = await query.graph({
    entity: "order",
    fields: ["display_id", "items.id", "items.title", "items.variant_sku"],
    filters: { id: order_id },
  })
  const titles = new Map<string, string>()
  for (const item of (order?.items ?? []) as ({
    id: string
    title?: string | null
    variant_sku?: string | null
  } | null)[]) {
    if (item) {
      titles.set(
        item.id,
        `${item.title ?? item.id}${item.variant_sku ? ` (${item.variant_sku})` : ""}`
      )
    }
  }
  return {
    display_id: (order?.display_id as number | undefined) ?? null,
    titles,
  }
}

async function shippingOptionLocation(
  container: MedusaContainer,
  order_id: string
): Promise<string | null> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const {
    data: [order],
  } = await query.graph({
    entity: "order",
    fields: ["shipping_methods.shipping_option_id"],
    filters: { id: order_id },
  })
  const optionId = (
    order?.shipping_methods as ({ shipping_option_id?: string | null } | null)[]
  )?.find((m) => m?.shipping_option_id)?.shipping_option_id
  if (!optionId) {
    return null
  }
  const {
    data: [option],
  } = await query.graph({
    entity: "shipping_option",
    fields: ["service_zone.fulfillment_set.location.id"],
    filters: { id: optionId },
  })
  return (
    (
      option as {
        service_zone?: { fulfillment_set?: { location?: { id?: string } } }
      }
    )?.service_zone?.fulfillment_set?.location?.id ?? null
  )
}
