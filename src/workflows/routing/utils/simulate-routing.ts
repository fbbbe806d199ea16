import type { MedusaContainer } from "@medusajs/framework/types"
import {
  ContainerRegistrationKeys,
  MedusaError,
} from "@medusajs/framework/utils"
import type MallRoutingModuleService from "../../../modules/routing/service"
import { MALL_ROUTING_MODULE } from "../../../types/modules"
import type {
  GeocodeResult,
  RoutingDestination,
  RoutingLine,
  RoutingResult,
} from "../../../types/routing"
import { inventoryItemIdsOf } from "./routing-order"
import { loadRoutingWarehouses } from "./routing-warehouses"

export interface SimulateRoutingInput {
  destination: RoutingDestination
  items: { variant_id: string; quantity: number }[]
  sales_channel_id: string | null
  currency_code?: string
}

export interface SimulateRoutingOutput extends RoutingResult {
  geocode: GeocodeResult
  /** The lines routed; in a simulation a line's id is its variant's id. */
  lines: RoutingLine[]
}

type GraphVariant = {
  id: string
  title?: string | null
  sku?: string | null
  manage_inventory?: boolean | null
  product?: { title?: string | null } | null
  inventory_items?:
    | ({
        inventory_item_id: string
        required_quantity?: number | null
      } | null)[]
    | null
  prices?: ({ amount?: number | null; currency_code?: string | null } | null)[]
}

/**
 * What the routing strategy would decide for these goods and this address,
 * from current stock, rules and profiles. Reads only: nothing is reserved
 * or recorded.
 */
export async function simulateRouting(
  container: MedusaContainer,
  input: SimulateRoutingInput
): Promise<SimulateRoutingOutput> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const variantIds = [...new Set(input.items.map((i) => i.variant_id))]
  const { data } = await query.graph({
    entity: "product_variant",
    fields: [
      "id",
      "title",
      "sku",
      "manage_inventory",
      "product.title",
      "inventory_items.inventory_item_id",
      "inventory_items.required_quantity",
      "prices.amount",
      "prices.currency_code",
    ],
    filters: { id: variantIds },
  })
  const variants = new Map(
    (data as unknown as GraphVariant[]).map((v) => [v.id, v])
  )
  const unknown = variantIds.filter((id) => !variants.has(id))
  if (unknown.length) {
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      `No product variant with id ${unknown.join(", ")}`
    )
  }
  const currency = input.currency_code ?? (await defaultCurrency(container))

  const quantities = new Map<string, number>()
  for (const item of input.items) {
    quantities.set(
      item.variant_id,
      (quantities.get(item.variant_id) ?? 0) + item.quantity
    )
  }
  const lines: RoutingLine[] = [...quantities].map(([id, quantity]) => {
    const v = variants.get(id)!
    const price = (v.prices ?? []).find(
      (p) => p?.currency_code?.toLowerCase() === currency
    )
    return {
      line_item_id: id,
      variant_id: id,
      title: [v.product?.title, v.title].filter(Boolean).join(" / ") || id,
      sku: v.sku ?? null,
      quantity,
      unit_value: Number(price?.amount ?? 0),
      inventory:
        v.manage_inventory === false
          ? []
          : (v.inventory_items ?? [])
              .filter((i): i is NonNullable<typeof i> => !!i)
              .map((i) => ({
                inventory_item_id: i.inventory_item_id,
                required_quantity: i.required_quantity ?? 1,
              })),
    }
  })

  const routing =
    container.resolve<MallRoutingModuleService>(MALL_ROUTING_MODULE)
  const [warehouses, geocode, { rules }] = await Promise.all([
    loadRoutingWarehouses(container, {
      sales_channel_id: input.sales_channel_id,
      inventory_item_ids: inventoryItemIdsOf(lines),
    }),
    routing.geocode(input.destination),
    routing.retrieveEffectiveRoutingRules(),
  ])
  const result = await routing.getRoutingStrategy().route({
    order_id: null,
    currency_code: currency,
    destination: input.destination,
    geocode,
    lines,
    warehouses,
    rules,
  })
  return { ...result, geocode, lines }
}

async function defaultCurrency(container: MedusaContainer): Promise<string> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const {
    data: [store],
  } = await query.graph({
    entity: "store",
    fields: [
      "supported_currencies.currency_code",
      "supported_currencies.is_default",
    ],
  })
  const currencies = (store?.supported_currencies ?? []) as {
    currency_code: string
    is_default?: boolean
  }[]
  return (
    (
      currencies.find((c) => c.is_default) ?? currencies[0]
    )?.currency_code?.toLowerCase() ?? "usd"
  )
}
