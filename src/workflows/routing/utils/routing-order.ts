import type { BigNumberInput } from "@medusajs/framework/types"
import { MathBN } from "@medusajs/framework/utils"
import type { RoutingDestination, RoutingLine } from "../../../types/routing"

/** The order fields routing needs, for `query.graph`. */
export const routingOrderFields = [
  "id",
  "display_id",
  "email",
  "currency_code",
  "sales_channel_id",
  "shipping_address.country_code",
  "shipping_address.province",
  "shipping_address.city",
  "shipping_address.postal_code",
  "items.id",
  "items.title",
  "items.variant_id",
  "items.variant_sku",
  "items.quantity",
  "items.unit_price",
  "items.requires_shipping",
  // query.graph leaves the line's own `quantity` empty; its detail has it.
  "items.detail.quantity",
  "items.detail.fulfilled_quantity",
  "items.variant.manage_inventory",
  "items.variant.inventory_items.inventory_item_id",
  "items.variant.inventory_items.required_quantity",
]

type GraphItem = {
  id: string
  title?: string | null
  variant_id?: string | null
  variant_sku?: string | null
  quantity: unknown
  unit_price?: unknown
  requires_shipping?: boolean | null
  detail?: { quantity?: unknown; fulfilled_quantity?: unknown } | null
  variant?: {
    manage_inventory?: boolean | null
    inventory_items?:
      | ({
          inventory_item_id: string
          required_quantity?: number | null
        } | null)[]
      | null
  } | null
}

export type GraphRoutingOrder = {
  id: string
  display_id?: number | null
  email?: string | null
  currency_code: string
  sales_channel_id?: string | null
  shipping_address?: Partial<RoutingDestination> | null
  items?: (GraphItem | null)[] | null
}

/** What routing knows of an order. */
export interface RoutingOrder {
  id: string
  display_id: number | null
  email: string | null
  currency_code: string
  sales_channel_id: string | null
  destination: RoutingDestination
  /** Lines still to ship: shippable, with what is not yet fulfilled. */
  lines: RoutingLine[]
}

const toNumber = (value: unknown) =>
  MathBN.convert((value ?? 0) as BigNumberInput).toNumber()

export function toRoutingDestination(
  address: Partial<RoutingDestination> | null | undefined
): RoutingDestination {
  return {
    country_code: address?.country_code?.toLowerCase() || null,
    province: address?.province || null,
    city: address?.city || null,
    postal_code: address?.postal_code || null,
  }
}

export function toRoutingOrder(order: GraphRoutingOrder): RoutingOrder {
  const lines: RoutingLine[] = []
  for (const item of order.items ?? []) {
    if (!item || item.requires_shipping === false) {
      continue
    }
    const quantity =
      toNumber(item.quantity ?? item.detail?.quantity) -
      toNumber(item.detail?.fulfilled_quantity)
    if (quantity <= 0) {
      continue
    }
    const managed = item.variant?.manage_inventory !== false
    lines.push({
      line_item_id: item.id,
      variant_id: item.variant_id ?? null,
      title: item.title ?? item.id,
      sku: item.variant_sku ?? null,
      quantity,
      unit_value: toNumber(item.unit_price),
      inventory: managed
        ? (item.variant?.inventory_items ?? [])
            .filter((i): i is NonNullable<typeof i> => !!i)
            .map((i) => ({
              inventory_item_id: i.inventory_item_id,
              required_quantity: i.required_quantity ?? 1,
            }))
        : [],
    })
  }
  return {
    id: order.id,
    display_id: order.display_id ?? null,
    email: order.email ?? null,
    currency_code: order.currency_code,
    sales_channel_id: order.sales_channel_id ?? null,
    destination: toRoutingDestination(order.shipping_address),
    lines,
  }
}

/** Every inventory item the lines draw on. */
export function inventoryItemIdsOf(lines: RoutingLine[]): string[] {
  return [
    ...new Set(
      lines.flatMap((l) => l.inventory.map((i) => i.inventory_item_id))
    ),
  ]
}
