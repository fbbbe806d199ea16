import type { ContactSource, OrderReviewStatus } from "./crm"
import type { CustomerLinkSource } from "./crm-module"
import type { PaymentMethodKind } from "./pipeline"

/** What the review gate knows about an order when it is placed. */
export interface OrderReviewFacts {
  order_id: string
  display_id: number
  currency_code: string
  /** In major units, as Medusa's `order.total` (e.g. 199.5 for ¥199.50). */
  total: number
  customer_id: string | null
  is_guest: boolean
  /** The CRM contact the customer is linked to, if any. */
  contact: {
    id: string
    source: ContactSource
    linked_by: CustomerLinkSource | null
    /** Orders the contact placed before this one, when known. */
    order_count?: number
  } | null
  /** Possible duplicates of the customer that no one has decided on yet. */
  pending_match_candidates: number
  payment_method: PaymentMethodKind | null
  /** ISO 3166-1 alpha-2, lower case; not used by the default rules, there for custom strategies. */
  shipping_country?: string | null
}

/** When an order passes the review gate without a person looking at it. */
export interface OrderReviewRules {
  /** Off: every order waits for sales ops. */
  enabled: boolean
  /** Per lower-case currency, the largest total approved automatically (inclusive). A currency not listed is always reviewed. */
  max_total: Record<string, number>
  /** Only approve customers the enterprise already knows: a contact from the offline import, or one with earlier orders. */
  require_known_contact: boolean
  /** Approve guest checkouts too. */
  allow_guest: boolean
  /** Approve cash-on-delivery orders too (they ship before any money is in). */
  allow_cod: boolean
  /** Approve only while at most this many possible duplicates of the customer await a decision. */
  max_pending_candidates: number
}

/** Codes of rules an order failed. */
export const ORDER_REVIEW_FAILURE_CODES = [
  "auto_approval_disabled",
  "no_limit_for_currency",
  "total_above_limit",
  "unknown_contact",
  "guest",
  "cod",
  "unknown_payment_method",
  "pending_candidates",
] as const
export type OrderReviewFailureCode = (typeof ORDER_REVIEW_FAILURE_CODES)[number]

/** Codes of rules an approved order passed. */
export const ORDER_REVIEW_PASS_CODES = [
  "total_within_limit",
  "known_contact",
  "registered_customer",
  "prepaid",
  "pending_candidates_within_limit",
] as const
export type OrderReviewPassCode = (typeof ORDER_REVIEW_PASS_CODES)[number]

export interface OrderReviewReason {
  /** A stable code the admin translates: an `OrderReviewFailureCode` or `OrderReviewPassCode`, or a custom strategy's own. */
  code: string
  /** A sentence in English for logs and API consumers. */
  detail: string
}

export const ORDER_REVIEW_DECISIONS = ["approve", "review"] as const
export type OrderReviewDecision = (typeof ORDER_REVIEW_DECISIONS)[number]

/**
 * "review" lists every rule the order failed, so the reviewer sees all of
 * them at once; "approve" lists the rules it passed, for the audit trail.
 */
export interface OrderReviewVerdict {
  decision: OrderReviewDecision
  reasons: OrderReviewReason[]
}

/**
 * Decides whether an order may skip the review gate. Replace it through the
 * plugin options to change the auto-approval rules.
 */
export interface OrderReviewStrategy {
  evaluate(facts: OrderReviewFacts, rules: OrderReviewRules): OrderReviewVerdict
}

/** The part of an order review that decides whether it is late. */
export interface OrderReviewDeadline {
  status: OrderReviewStatus
  due_at: Date | string | null
}
