import type { OrderReviewStatus, SyncJobStatus } from "../crm"
import type { OrderReviewReason } from "../order-review"

/** An order review as the admin API shows it. Dates are ISO 8601 strings. */
export interface AdminCrmOrderReview {
  id: string
  order_id: string
  /** The order's number, `null` when the order is gone. */
  display_id: number | null
  /** The order total in the currency's main unit. */
  total: number | null
  currency_code: string | null
  customer_id: string | null
  /** The customer's email, else the order's. */
  customer_email: string | null
  contact_id: string | null
  contact_display_name: string | null
  status: OrderReviewStatus
  /** Decided by the review rules, without a person. */
  automatic: boolean
  /** Pending: every rule the order failed. Approved automatically: the rules it passed. */
  reasons: OrderReviewReason[]
  decided_by: string | null
  decided_at: string | null
  reason: string | null
  due_at: string | null
  /** Still pending after its due time. */
  overdue: boolean
  /**
   * What rejecting the review does to the order: hold it (its gate fails,
   * fulfilment stays blocked) or cancel it. The plugin option
   * `crm.order_review.on_reject` as configured now, so the decider knows
   * before deciding; a past rejection may have been decided under another.
   */
  on_reject: "hold" | "cancel"
  created_at: string
}

export interface AdminCrmOrderReviewListResponse {
  order_reviews: AdminCrmOrderReview[]
  count: number
  offset: number
  limit: number
}

export interface AdminCrmOrderReviewResponse {
  order_review: AdminCrmOrderReview
}

/** A delivery of an approved order to the CRM, without its payload. */
export interface AdminCrmSyncJob {
  id: string
  order_id: string
  display_id: number | null
  connector: string
  idempotency_key: string
  status: SyncJobStatus
  attempts: number
  max_attempts: number
  /** When the next attempt runs, for a pending job. */
  next_attempt_at: string | null
  last_attempt_at: string | null
  last_error: string | null
  succeeded_at: string | null
  /** The CRM's own id for the order, when it answered one. */
  external_id: string | null
  result_detail: string | null
  created_at: string
  updated_at: string
}

export interface AdminCrmSyncJobListResponse {
  sync_jobs: AdminCrmSyncJob[]
  count: number
  offset: number
  limit: number
}

export interface AdminCrmSyncJobResponse {
  sync_job: AdminCrmSyncJob
}

/** What the order page's widget shows: the order's review and its deliveries. */
export interface AdminOrderCrmReviewResponse {
  review: AdminCrmOrderReview | null
  sync_jobs: AdminCrmSyncJob[]
}
