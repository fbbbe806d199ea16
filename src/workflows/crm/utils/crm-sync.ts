import {
  crmRetryDelayMs,
  CrmDeliveryError,
  isRetryableCrmError,
} from "../../../strategies/crm-connector"
import type { CrmOrderPayload } from "../../../types/crm"
import type { SyncJob } from "../../../types/crm-module"
import { amountOf, toReviewReasons } from "./order-review"

/** Stable per order: the CRM drops a repeat, and the queue never holds two. */
export const crmOrderIdempotencyKey = (orderId: string) => `order:${orderId}`

/** The order fields a CRM delivery carries, for `query.graph`. */
export const crmOrderPayloadFields = [
  "id",
  "display_id",
  "email",
  "currency_code",
  "total",
  "created_at",
  "customer_id",
  "items.id",
  "items.title",
  "items.product_title",
  "items.variant_title",
  "items.variant_sku",
  "items.quantity",
  "items.unit_price",
  "shipping_address.first_name",
  "shipping_address.last_name",
  "shipping_address.company",
  "shipping_address.address_1",
  "shipping_address.address_2",
  "shipping_address.city",
  "shipping_address.province",
  "shipping_address.postal_code",
  "shipping_address.country_code",
  "shipping_address.phone",
]

type GraphAddress = {
  first_name?: string | null
  last_name?: string | null
  company?: string | null
  address_1?: string | null
  address_2?: string | null
  city?: string | null
  province?: string | null
  postal_code?: string | null
  country_code?: string | null
  phone?: string | null
}

export type GraphPayloadOrder = {
  id: string
  display_id?: number | null
  email?: string | null
  currency_code: string
  total: unknown
  created_at?: string | Date | null
  customer_id?: string | null
  items?:
    | ({
        id: string
        title?: string | null
        product_title?: string | null
        variant_title?: string | null
        variant_sku?: string | null
        quantity: unknown
        unit_price: unknown
      } | null)[]
    | null
  shipping_address?: GraphAddress | null
}

/** One line of the order as the CRM receives it. */
export interface CrmOrderPayloadItem {
  sku: string | null
  title: string
  quantity: number
  /** In the currency's main unit. */
  unit_price: number
}

/** The order as the CRM receives it. */
export interface CrmOrderSummary {
  id: string
  display_id: number | null
  email: string | null
  currency_code: string
  /** In the currency's main unit, as Medusa stores it. */
  total: number
  created_at: string | null
  customer_id: string | null
  items: CrmOrderPayloadItem[]
  shipping_address: GraphAddress | null
}

/** The CRM contact the buyer is, when the mall knows it. */
export interface CrmContactSummary {
  id: string
  external_id: string | null
  display_name: string
  phones: string[]
  emails: string[]
}

/** The review that let the order through. */
export interface CrmReviewSummary {
  id: string
  status: string
  automatic: boolean
  decided_by: string | null
  decided_at: string | null
  reason: string | null
  /** Codes of the rules, e.g. "total_within_limit". */
  reasons: string[]
}

export interface ReviewForPayload {
  id: string
  status: string
  automatic: boolean
  decided_by?: string | null
  decided_at?: Date | string | null
  reason?: string | null
  reasons?: unknown
}

const itemTitle = (item: NonNullable<GraphPayloadOrder["items"]>[number]) => {
  const product = item?.product_title ?? item?.title ?? ""
  const variant = item?.variant_title
  return variant && variant !== product && variant !== "Default variant"
    ? `${product} (${variant})`
    : product
}

/** What the connector sends for one approved order; `sent_at` is set when it is sent. */
export function buildCrmOrderPayload(input: {
  order: GraphPayloadOrder
  contact: CrmContactSummary | null
  review: ReviewForPayload
  now: Date
}): CrmOrderPayload {
  const { order, contact, review } = input
  const summary: CrmOrderSummary = {
    id: order.id,
    display_id: order.display_id ?? null,
    email: order.email ?? null,
    currency_code: order.currency_code,
    total: amountOf(order.total),
    created_at: order.created_at
      ? new Date(order.created_at).toISOString()
      : null,
    customer_id: order.customer_id ?? null,
    items: (order.items ?? [])
      .filter((i): i is NonNullable<typeof i> => !!i)
      .map((item) => ({
        sku: item.variant_sku ?? null,
        title: itemTitle(item),
        quantity: amountOf(item.quantity),
        unit_price: amountOf(item.unit_price),
      })),
    shipping_address: order.shipping_address
      ? {
          first_name: order.shipping_address.first_name ?? null,
          last_name: order.shipping_address.last_name ?? null,
          company: order.shipping_address.company ?? null,
          address_1: order.shipping_address.address_1 ?? null,
          address_2: order.shipping_address.address_2 ?? null,
          city: order.shipping_address.city ?? null,
          province: order.shipping_address.province ?? null,
          postal_code: order.shipping_address.postal_code ?? null,
          country_code: order.shipping_address.country_code ?? null,
          phone: order.shipping_address.phone ?? null,
        }
      : null,
  }
  const reviewSummary: CrmReviewSummary = {
    id: review.id,
    status: review.status,
    automatic: !!review.automatic,
    decided_by: review.decided_by ?? null,
    decided_at: review.decided_at
      ? new Date(review.decided_at).toISOString()
      : null,
    reason: review.reason ?? null,
    reasons: toReviewReasons(review.reasons).map((r) => r.code),
  }
  return {
    idempotency_key: crmOrderIdempotencyKey(order.id),
    event: "order.approved",
    order: { ...summary },
    contact: contact ? { ...contact } : null,
    review: { ...reviewSummary },
    sent_at: input.now.toISOString(),
  }
}

/** What a failed attempt does to its job: when to try again, or `null` to stop. */
export function nextCrmAttemptAt(
  job: Pick<SyncJob, "id" | "attempts" | "max_attempts">,
  error: unknown,
  options: { base_delay_ms: number; now: Date }
): Date | null {
  if (!isRetryableCrmError(error) || job.attempts >= job.max_attempts) {
    return null
  }
  // base 0 (allowed by the options) means "again at the next poll".
  const delay =
    options.base_delay_ms > 0
      ? crmRetryDelayMs(Math.max(1, job.attempts), {
          base_ms: options.base_delay_ms,
          max_ms: Math.max(options.base_delay_ms, 6 * 60 * 60 * 1000),
          jitter_seed: job.id,
        })
      : 0
  // A CRM that says when to come back is believed, unless we would wait longer anyway.
  const asked =
    error instanceof CrmDeliveryError ? (error.retry_after_ms ?? 0) : 0
  return new Date(options.now.getTime() + Math.max(delay, asked))
}

/** The message a failed attempt leaves on its job. */
export function crmErrorMessage(error: unknown): string {
  const message =
    error instanceof Error ? error.message : String(error ?? "Unknown error")
  return message || "The connector failed without a message"
}
