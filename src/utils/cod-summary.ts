import { MathBN } from "@medusajs/framework/utils"
import type { OrderCodStatus, OrderCodSummary } from "../types/cod"
import { COD_PROVIDER_PREFIX } from "../types/modules"

export const codSummaryOrderFields = [
  "id",
  "display_id",
  "currency_code",
  "total",
  "payment_collections.payments.id",
  "payment_collections.payments.provider_id",
  "payment_collections.payments.amount",
  "payment_collections.payments.created_at",
  "payment_collections.payments.captured_at",
  "payment_collections.payments.canceled_at",
  "payment_collections.payments.captures.amount",
  "payment_collections.payments.refunds.amount",
]

type Amount = unknown
type GraphPayment = {
  id: string
  provider_id: string
  amount: Amount
  created_at?: string | Date | null
  captured_at?: string | Date | null
  canceled_at?: string | Date | null
  captures?: ({ amount: Amount } | null)[] | null
  refunds?: ({ amount: Amount } | null)[] | null
}
type GraphOrder = {
  id: string
  display_id: number
  currency_code: string
  total: Amount
  payment_collections?:
    ({ payments?: (GraphPayment | null)[] | null } | null)[] | null
}

const sum = (rows: ({ amount: Amount } | null)[] | null | undefined) =>
  (rows ?? []).reduce(
    (acc, row) => (row ? MathBN.add(acc, row.amount as number) : acc),
    MathBN.convert(0)
  )

const iso = (d: string | Date | null | undefined) =>
  d ? new Date(d).toISOString() : null

/**
 * What finance and the warehouse need to know about an order's COD money:
 * authorized at checkout, captured when the courier's remittance is
 * confirmed, and what is left to collect.
 */
export function summarizeOrderCod(order: GraphOrder): OrderCodSummary {
  const payments = (order.payment_collections ?? [])
    .flatMap((pc) => pc?.payments ?? [])
    .filter((p): p is GraphPayment => !!p)
  const cod = payments.filter((p) =>
    p.provider_id.startsWith(COD_PROVIDER_PREFIX)
  )
  const relevant = cod.length ? cod : payments
  const live = relevant.filter((p) => !p.canceled_at)

  const authorized = live.reduce(
    (acc, p) => MathBN.add(acc, p.amount as number),
    MathBN.convert(0)
  )
  const captured = live.reduce(
    (acc, p) => MathBN.add(acc, sum(p.captures)),
    MathBN.convert(0)
  )
  const refunded = live.reduce(
    (acc, p) => MathBN.add(acc, sum(p.refunds)),
    MathBN.convert(0)
  )

  let status: OrderCodStatus
  if (!relevant.length) {
    status = "not_paid"
  } else if (!live.length) {
    status = "canceled"
  } else if (MathBN.gt(refunded, 0)) {
    status = MathBN.gte(refunded, captured) ? "refunded" : "partially_refunded"
  } else if (MathBN.gt(captured, 0)) {
    status = MathBN.gte(captured, authorized)
      ? "captured"
      : "partially_captured"
  } else {
    status = "authorized"
  }

  const toCollect = MathBN.sub(authorized, captured)
  const first = relevant[0]
  return {
    order_id: order.id,
    display_id: order.display_id,
    is_cod: cod.length > 0,
    provider_id: first?.provider_id ?? null,
    status,
    currency_code: order.currency_code,
    order_total: MathBN.convert(order.total as number).toNumber(),
    amount_authorized: authorized.toNumber(),
    amount_captured: captured.toNumber(),
    amount_refunded: refunded.toNumber(),
    amount_to_collect: MathBN.gt(toCollect, 0) ? toCollect.toNumber() : 0,
    authorized_at: iso(first?.created_at),
    payments: relevant.map((p) => ({
      id: p.id,
      provider_id: p.provider_id,
      amount: MathBN.convert(p.amount as number).toNumber(),
      captured_at: iso(p.captured_at),
      canceled_at: iso(p.canceled_at),
    })),
  }
}
