import { MathBN } from "@medusajs/framework/utils"
import { COD_PROVIDER_PREFIX } from "../../../types/modules"

/** The fulfillment fields a receivable is built from, for `query.graph`. */
export const receivableFulfillmentFields = [
  "id",
  "location_id",
  "provider_id",
  "shipped_at",
  "delivered_at",
  "canceled_at",
  "data",
  "metadata",
  "labels.tracking_number",
  "shipping_option.name",
  "order.id",
  "order.display_id",
  "order.currency_code",
  "order.payment_collections.payments.id",
  "order.payment_collections.payments.provider_id",
  "order.payment_collections.payments.amount",
  "order.payment_collections.payments.currency_code",
  "order.payment_collections.payments.canceled_at",
  "order.payment_collections.payments.captures.amount",
]

type Amount = unknown

export type GraphFulfillment = {
  id: string
  location_id?: string | null
  provider_id?: string | null
  shipped_at?: string | Date | null
  delivered_at?: string | Date | null
  canceled_at?: string | Date | null
  data?: Record<string, unknown> | null
  metadata?: Record<string, unknown> | null
  labels?: ({ tracking_number?: string | null } | null)[] | null
  shipping_option?: { name?: string | null } | null
  order?: {
    id: string
    display_id?: number | null
    currency_code: string
    payment_collections?:
      | ({
          payments?:
            | ({
                id: string
                provider_id: string
                amount: Amount
                currency_code?: string
                canceled_at?: string | Date | null
                captures?: ({ amount: Amount } | null)[] | null
              } | null)[]
            | null
        } | null)[]
      | null
  } | null
}

/** What a receivable is opened with. */
export interface ReceivableData {
  order_id: string
  display_id: number | null
  payment_id: string
  fulfillment_id: string
  carrier: string | null
  tracking_number: string | null
  currency_code: string
  /** Decimal string. */
  amount_to_collect: string
  shipped_at: Date | null
}

const text = (value: unknown) =>
  typeof value === "string" && value.trim() ? value.trim() : null

/**
 * The carrier of a shipment, from the most to the least explicit source:
 * `metadata.carrier` given when the fulfillment was created (the warehouse
 * names the courier), `data.carrier` set by a carrier's fulfillment provider,
 * the shipping option's name, and last the fulfillment provider's id.
 */
export function carrierOf(fulfillment: GraphFulfillment): string | null {
  return (
    text(fulfillment.metadata?.carrier) ??
    text(fulfillment.data?.carrier) ??
    text(fulfillment.shipping_option?.name) ??
    text(fulfillment.provider_id)
  )
}

/**
 * The receivable of a shipped COD order: what the courier must collect is
 * the authorized COD amount less anything already captured. Null when the
 * order is not paid cash on delivery (or its COD payment was canceled).
 */
export function receivableFromFulfillment(
  fulfillment: GraphFulfillment | null | undefined
): ReceivableData | null {
  const order = fulfillment?.order
  if (!fulfillment || !order || fulfillment.canceled_at) {
    return null
  }
  const payments = (order.payment_collections ?? [])
    .flatMap((pc) => pc?.payments ?? [])
    .filter(
      (p): p is NonNullable<typeof p> =>
        !!p && p.provider_id.startsWith(COD_PROVIDER_PREFIX) && !p.canceled_at
    )
  if (!payments.length) {
    return null
  }
  const toCollect = payments.reduce((acc, p) => {
    const captured = (p.captures ?? []).reduce(
      (sum, c) => (c ? MathBN.add(sum, c.amount as number) : sum),
      MathBN.convert(0)
    )
    return MathBN.add(acc, MathBN.sub(p.amount as number, captured))
  }, MathBN.convert(0))
  const tracking =
    (fulfillment.labels ?? [])
      .map((l) => text(l?.tracking_number))
      .find((t): t is string => !!t) ?? null
  return {
    order_id: order.id,
    display_id: order.display_id ?? null,
    payment_id: payments[0].id,
    fulfillment_id: fulfillment.id,
    carrier: carrierOf(fulfillment),
    tracking_number: tracking,
    currency_code: order.currency_code.toLowerCase(),
    amount_to_collect: MathBN.max(toCollect, 0).toFixed(),
    shipped_at: fulfillment.shipped_at
      ? new Date(fulfillment.shipped_at)
      : new Date(),
  }
}
