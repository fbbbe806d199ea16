import { MathBN } from "@medusajs/framework/utils"
import type MallFinanceModuleService from "../../../../../modules/finance/service"
import type { CodReceivableStatus } from "../../../../../types/cod-collection"
import type { AdminCodReceivable } from "../../../../../types/http/finance"
import { agingBucket, daysSince } from "../../../../../utils/receivable-aging"

type ReceivableRow = Awaited<
  ReturnType<MallFinanceModuleService["listCodReceivables"]>
>[number]

const iso = (d: unknown) => (d ? new Date(d as string).toISOString() : null)

export const RECEIVABLE_CSV_COLUMNS: (keyof AdminCodReceivable)[] = [
  "id",
  "order_id",
  "display_id",
  "carrier",
  "tracking_number",
  "currency_code",
  "amount_to_collect",
  "status",
  "shipped_at",
  "delivered_at",
  "days_since_delivery",
  "aging_bucket",
  "settled_at",
  "closed_reason",
  "payment_id",
  "fulfillment_id",
]

/** A receivable as the admin API shows it, aged as of `now`. */
export function toAdminReceivable(
  row: ReceivableRow,
  now: Date
): AdminCodReceivable {
  const outstanding = ["open", "due", "disputed"].includes(row.status)
  const days =
    outstanding && row.delivered_at
      ? daysSince(row.delivered_at as Date, now)
      : null
  return {
    id: row.id,
    order_id: row.order_id,
    display_id: row.display_id ?? null,
    payment_id: row.payment_id ?? null,
    fulfillment_id: row.fulfillment_id ?? null,
    carrier: row.carrier ?? null,
    tracking_number: row.tracking_number ?? null,
    currency_code: row.currency_code,
    amount_to_collect: MathBN.convert(
      row.amount_to_collect as unknown as number
    ).toNumber(),
    status: row.status as CodReceivableStatus,
    shipped_at: iso(row.shipped_at),
    delivered_at: iso(row.delivered_at),
    settled_at: iso(row.settled_at),
    closed_reason: row.closed_reason ?? null,
    days_since_delivery: days,
    aging_bucket: days === null ? null : agingBucket(days),
    created_at: iso(row.created_at)!,
    updated_at: iso(row.updated_at)!,
  }
}

export function receivableFilters(query: {
  carrier?: string
  status?: CodReceivableStatus[]
  order_id?: string[]
  tracking_number?: string
}) {
  return {
    ...(query.carrier ? { carrier: query.carrier } : {}),
    ...(query.status?.length ? { status: query.status } : {}),
    ...(query.order_id?.length ? { order_id: query.order_id } : {}),
    ...(query.tracking_number
      ? { tracking_number: query.tracking_number }
      : {}),
  }
}
