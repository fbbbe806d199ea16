import type { BigNumberInput } from "@medusajs/framework/types"
import { MathBN } from "@medusajs/framework/utils"
import { classifyPaymentMethod } from "./payment-method"

/** The order fields the pipeline needs, for `query.graph`. */
export const pipelineOrderFields = [
  "id",
  "display_id",
  "email",
  "currency_code",
  "total",
  "created_at",
  "payment_collections.payments.id",
  "payment_collections.payments.provider_id",
  "payment_collections.payments.amount",
  "payment_collections.payments.canceled_at",
  "payment_collections.payment_sessions.provider_id",
  "items.id",
  "items.requires_shipping",
]

type GraphPayment = {
  id: string
  provider_id: string
  amount: unknown
  canceled_at?: string | Date | null
}

export type GraphPipelineOrder = {
  id: string
  display_id?: number | null
  email?: string | null
  currency_code: string
  total: unknown
  created_at?: string | Date | null
  items?: ({ id: string; requires_shipping?: boolean | null } | null)[] | null
  payment_collections?:
    | ({
        payments?: (GraphPayment | null)[] | null
        payment_sessions?: ({ provider_id?: string | null } | null)[] | null
      } | null)[]
    | null
}

export interface PipelineOrderPayment {
  id: string
  provider_id: string
  amount: number
}

/** What the pipeline knows of an order. */
export interface PipelineOrder {
  id: string
  display_id: number | null
  email: string | null
  currency_code: string
  /** The order total, in the currency's main unit as Medusa stores amounts. */
  total: number
  created_at: string | null
  /** Payments not canceled. */
  payments: PipelineOrderPayment[]
  /** Providers of the payment sessions (for orders without a payment yet). */
  session_provider_ids: string[]
  /** Whether any line ships (digital goods need no warehouse). */
  shippable: boolean
}

export function toPipelineOrder(order: GraphPipelineOrder): PipelineOrder {
  const collections = (order.payment_collections ?? []).filter(
    (pc): pc is NonNullable<typeof pc> => !!pc
  )
  const payments = collections
    .flatMap((pc) => pc.payments ?? [])
    .filter((p): p is GraphPayment => !!p && !p.canceled_at)
    .map((p) => ({
      id: p.id,
      provider_id: p.provider_id,
      amount: toAmount(p.amount),
    }))
  const session_provider_ids = collections
    .flatMap((pc) => pc.payment_sessions ?? [])
    .map((s) => s?.provider_id)
    .filter((id): id is string => !!id)
  return {
    id: order.id,
    display_id: order.display_id ?? null,
    email: order.email ?? null,
    currency_code: order.currency_code,
    total: toAmount(order.total),
    created_at: order.created_at
      ? new Date(order.created_at).toISOString()
      : null,
    payments,
    session_provider_ids,
    // Unknown (no items read) counts as shippable: routing then decides.
    shippable:
      order.items == null ||
      order.items.some((i) => !!i && i.requires_shipping !== false),
  }
}

/** Medusa returns amounts as numbers or BigNumbers; the API shows numbers. */
const toAmount = (value: unknown) =>
  MathBN.convert((value ?? 0) as BigNumberInput).toNumber()

/** How the order is paid: its payments decide, else its payment sessions. */
export function orderPaymentMethod(order: PipelineOrder) {
  return classifyPaymentMethod(
    order.payments.length
      ? order.payments.map((p) => p.provider_id)
      : order.session_provider_ids
  )
}

/** "order #12", or the id for an order without a display id. */
export function orderLabel(order: {
  id: string
  display_id?: number | null
}): string {
  return order.display_id != null
    ? `order #${order.display_id}`
    : `order ${order.id}`
}
