import type { BigNumberInput } from "@medusajs/framework/types"
import { MathBN } from "@medusajs/framework/utils"
import { isReviewOverdue } from "../../../strategies/order-review"
import type { ContactSource } from "../../../types/crm"
import type { CustomerLinkSource, OrderReview } from "../../../types/crm-module"
import type {
  AdminCrmOrderReview,
  AdminCrmSyncJob,
} from "../../../types/http/crm-order-review"
import type {
  OrderReviewFacts,
  OrderReviewReason,
} from "../../../types/order-review"
import type { RejectedOrderAction } from "../../../utils/plugin-options"
import {
  orderPaymentMethod,
  pipelineOrderFields,
  toPipelineOrder,
  type GraphPipelineOrder,
} from "../../pipeline/utils/pipeline-order"

/** The order fields the review rules need, for `query.graph`. */
export const orderReviewFactsFields = [
  ...pipelineOrderFields,
  "customer_id",
  "customer.id",
  "customer.email",
  "customer.has_account",
  "shipping_address.country_code",
]

export type GraphReviewOrder = GraphPipelineOrder & {
  customer_id?: string | null
  customer?: {
    id: string
    email?: string | null
    has_account?: boolean | null
  } | null
  shipping_address?: { country_code?: string | null } | null
}

/** What the CRM knows of the order's customer. */
export interface ReviewContactFacts {
  id: string
  source: ContactSource
  linked_by: CustomerLinkSource | null
  /** Orders of the contact's customers placed before this one. */
  order_count: number
}

/**
 * The facts the review rules judge an order by. The payment method is the
 * one the pipeline computes, so the review and the gates agree on it.
 */
export function toOrderReviewFacts(input: {
  order: GraphReviewOrder
  contact: ReviewContactFacts | null
  pending_match_candidates: number
}): OrderReviewFacts {
  const { order } = input
  const pipelineOrder = toPipelineOrder(order)
  const customer_id = order.customer?.id ?? order.customer_id ?? null
  return {
    order_id: order.id,
    display_id: order.display_id ?? 0,
    currency_code: order.currency_code,
    total: pipelineOrder.total,
    customer_id,
    // No customer at all is a guest too: nobody the mall can call back.
    is_guest: !order.customer?.has_account,
    contact: input.contact
      ? {
          id: input.contact.id,
          source: input.contact.source,
          linked_by: input.contact.linked_by,
          order_count: input.contact.order_count,
        }
      : null,
    pending_match_candidates: input.pending_match_candidates,
    payment_method: orderPaymentMethod(pipelineOrder),
    shipping_country:
      order.shipping_address?.country_code?.toLowerCase() ?? null,
  }
}

/** The reason an automatic approval writes on the gate: the rules it passed. */
export function automaticApprovalReason(reasons: OrderReviewReason[]): string {
  const details = reasons.map((r) => r.detail).filter(Boolean)
  return details.length
    ? `Approved automatically by the review rules: ${details.join(" ")}`
    : "Approved automatically by the review rules."
}

/** Reasons as stored (jsonb): anything that is not a `{ code, detail }` is dropped. */
export function toReviewReasons(value: unknown): OrderReviewReason[] {
  if (!Array.isArray(value)) {
    return []
  }
  return value
    .filter(
      (r): r is OrderReviewReason =>
        typeof r === "object" &&
        r !== null &&
        typeof (r as OrderReviewReason).code === "string"
    )
    .map((r) => ({ code: r.code, detail: String(r.detail ?? "") }))
}

type DateLike = Date | string | null | undefined

const iso = (d: DateLike) => (d ? new Date(d).toISOString() : null)

/** Medusa returns amounts as numbers or BigNumbers; the API shows numbers. */
export const amountOf = (value: unknown): number =>
  MathBN.convert((value ?? 0) as BigNumberInput).toNumber()

/** An order as the review list shows it. */
export interface ReviewOrderSummary {
  id: string
  display_id: number | null
  total: number
  currency_code: string
  email: string | null
}

/** A review row as the module's list methods return it (dates may be strings). */
export type OrderReviewRow = Omit<
  OrderReview,
  "decided_at" | "due_at" | "created_at" | "updated_at" | "reasons"
> & {
  reasons: unknown
  decided_at: DateLike
  due_at: DateLike
  created_at: DateLike
  updated_at?: DateLike
}

export function toAdminCrmOrderReview(
  review: OrderReviewRow,
  context: {
    order?: ReviewOrderSummary | null
    contact_display_name?: string | null
    /** The plugin option `crm.order_review.on_reject`. */
    on_reject: RejectedOrderAction
    now: Date
  }
): AdminCrmOrderReview {
  const { order } = context
  return {
    id: review.id,
    order_id: review.order_id,
    display_id: order?.display_id ?? null,
    total: order ? order.total : null,
    currency_code: order?.currency_code ?? null,
    customer_id: review.customer_id ?? null,
    customer_email: order?.email ?? null,
    contact_id: review.contact_id ?? null,
    contact_display_name: context.contact_display_name ?? null,
    status: review.status,
    automatic: !!review.automatic,
    reasons: toReviewReasons(review.reasons),
    decided_by: review.decided_by ?? null,
    decided_at: iso(review.decided_at),
    reason: review.reason ?? null,
    due_at: iso(review.due_at),
    overdue: isReviewOverdue(
      { status: review.status, due_at: review.due_at ?? null },
      context.now
    ),
    on_reject: context.on_reject,
    created_at: iso(review.created_at) ?? new Date(0).toISOString(),
  }
}

/** A sync job row as the module's list methods return it. */
export interface SyncJobRow {
  id: string
  order_id: string
  connector: string
  idempotency_key: string
  status: AdminCrmSyncJob["status"]
  attempts: number
  max_attempts: number
  next_attempt_at?: DateLike
  last_attempt_at?: DateLike
  last_error?: string | null
  succeeded_at?: DateLike
  external_id?: string | null
  result_detail?: string | null
  created_at: DateLike
  updated_at: DateLike
}

export function toAdminCrmSyncJob(
  job: SyncJobRow,
  display_id: number | null = null
): AdminCrmSyncJob {
  return {
    id: job.id,
    order_id: job.order_id,
    display_id,
    connector: job.connector,
    idempotency_key: job.idempotency_key,
    status: job.status,
    attempts: Number(job.attempts),
    max_attempts: Number(job.max_attempts),
    next_attempt_at: job.status === "pending" ? iso(job.next_attempt_at) : null,
    last_attempt_at: iso(job.last_attempt_at),
    last_error: job.last_error ?? null,
    succeeded_at: iso(job.succeeded_at),
    external_id: job.external_id ?? null,
    result_detail: job.result_detail ?? null,
    created_at: iso(job.created_at) ?? new Date(0).toISOString(),
    updated_at: iso(job.updated_at) ?? new Date(0).toISOString(),
  }
}
