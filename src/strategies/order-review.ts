import { MedusaError } from "@medusajs/framework/utils"
import type {
  OrderReviewDeadline,
  OrderReviewFacts,
  OrderReviewReason,
  OrderReviewRules,
  OrderReviewStrategy,
  OrderReviewVerdict,
} from "../types/order-review"

export {
  DEFAULT_ORDER_REVIEW_RULES,
  orderReviewRulesSchema,
} from "../utils/order-review-rules"

const HOUR_MS = 60 * 60 * 1000

const money = (amount: number, currency: string) =>
  `${amount} ${currency.toUpperCase()}`

/**
 * The default auto-approval rules. Every rule is checked even after one
 * fails, so the reviewer sees every reason at once; an approval lists the
 * rules that were checked and passed (a rule switched off is not listed).
 * Extend it and override a `check*` method to change one rule.
 */
export class DefaultOrderReviewStrategy implements OrderReviewStrategy {
  evaluate(
    facts: OrderReviewFacts,
    rules: OrderReviewRules
  ): OrderReviewVerdict {
    const failed: OrderReviewReason[] = []
    const passed: OrderReviewReason[] = []
    const record = (result: RuleResult) => {
      if (result) {
        ;(result.passed ? passed : failed).push({
          code: result.code,
          detail: result.detail,
        })
      }
    }

    if (!rules.enabled) {
      failed.push({
        code: "auto_approval_disabled",
        detail:
          "Automatic approval is switched off: every order is reviewed by sales ops.",
      })
    }
    record(this.checkTotal(facts, rules))
    record(this.checkContact(facts, rules))
    record(this.checkGuest(facts, rules))
    record(this.checkPaymentMethod(facts, rules))
    record(this.checkCandidates(facts, rules))

    return failed.length
      ? { decision: "review", reasons: failed }
      : { decision: "approve", reasons: passed }
  }

  protected checkTotal(
    facts: OrderReviewFacts,
    rules: OrderReviewRules
  ): RuleResult {
    const currency = facts.currency_code.toLowerCase()
    const max = rules.max_total[currency]
    if (max === undefined) {
      return fail(
        "no_limit_for_currency",
        `No automatic approval limit is set for ${currency.toUpperCase()}, so orders in it are always reviewed; add one under max_total.${currency}.`
      )
    }
    if (facts.total > max) {
      return fail(
        "total_above_limit",
        `The order total ${money(facts.total, currency)} is above the automatic approval limit of ${money(max, currency)}.`
      )
    }
    return pass(
      "total_within_limit",
      `The order total ${money(facts.total, currency)} is within the automatic approval limit of ${money(max, currency)}.`
    )
  }

  /** Known: the contact came from the offline import, or has ordered before. */
  protected checkContact(
    facts: OrderReviewFacts,
    rules: OrderReviewRules
  ): RuleResult {
    if (!rules.require_known_contact) {
      return null
    }
    const { contact } = facts
    if (!contact) {
      return fail(
        "unknown_contact",
        "The customer is not linked to any CRM contact, so the enterprise does not know them yet."
      )
    }
    if (contact.source === "offline_import") {
      return pass(
        "known_contact",
        `The customer is contact ${contact.id}, imported from the offline customer records.`
      )
    }
    const earlier = contact.order_count ?? 0
    if (earlier > 0) {
      return pass(
        "known_contact",
        `The customer is contact ${contact.id}, with ${earlier} earlier order${earlier === 1 ? "" : "s"}.`
      )
    }
    return fail(
      "unknown_contact",
      `The customer's contact ${contact.id} was created online and has no earlier orders.`
    )
  }

  protected checkGuest(
    facts: OrderReviewFacts,
    rules: OrderReviewRules
  ): RuleResult {
    if (rules.allow_guest) {
      return null
    }
    return facts.is_guest
      ? fail(
          "guest",
          "The order was placed by a guest checkout, and guest orders are always reviewed."
        )
      : pass(
          "registered_customer",
          "The order was placed by a registered customer."
        )
  }

  protected checkPaymentMethod(
    facts: OrderReviewFacts,
    rules: OrderReviewRules
  ): RuleResult {
    if (rules.allow_cod) {
      return null
    }
    if (facts.payment_method === "cod") {
      return fail(
        "cod",
        "The order is paid cash on delivery, and COD orders are always reviewed."
      )
    }
    if (facts.payment_method === null) {
      // It could be COD: not knowing is no reason to let it through.
      return fail(
        "unknown_payment_method",
        "The order's payment method is not known, so it cannot be shown not to be cash on delivery."
      )
    }
    return pass("prepaid", "The order is prepaid.")
  }

  protected checkCandidates(
    facts: OrderReviewFacts,
    rules: OrderReviewRules
  ): RuleResult {
    const pending = facts.pending_match_candidates
    const max = rules.max_pending_candidates
    if (pending > max) {
      return fail(
        "pending_candidates",
        `${pending} possible duplicate${pending === 1 ? "" : "s"} of the customer await${pending === 1 ? "s" : ""} a decision (at most ${max} allowed for automatic approval); decide them to link the order to the right contact.`
      )
    }
    return pass(
      "pending_candidates_within_limit",
      pending
        ? `${pending} possible duplicate${pending === 1 ? "" : "s"} of the customer await${pending === 1 ? "s" : ""} a decision, within the limit of ${max}.`
        : "No possible duplicate of the customer awaits a decision."
    )
  }
}

/** One rule's outcome; null when the rule is switched off. */
export type RuleResult = {
  passed: boolean
  code: string
  detail: string
} | null

const pass = (code: string, detail: string): RuleResult => ({
  passed: true,
  code,
  detail,
})
const fail = (code: string, detail: string): RuleResult => ({
  passed: false,
  code,
  detail,
})

/** When a review opened at `now` must be decided, `sla_hours` later. */
export function reviewDueAt(now: Date, sla_hours: number): Date {
  if (!Number.isFinite(sla_hours) || sla_hours <= 0) {
    throw new MedusaError(
      MedusaError.Types.INVALID_ARGUMENT,
      `reviewDueAt: sla_hours must be a number of hours above 0; got ${sla_hours}`
    )
  }
  return new Date(now.getTime() + sla_hours * HOUR_MS)
}

/**
 * A review is overdue while it is still pending after its due time. One
 * without a due time is never overdue; a decided one no longer is.
 */
export function isReviewOverdue(
  review: OrderReviewDeadline,
  now: Date
): boolean {
  if (review.status !== "pending" || review.due_at === null) {
    return false
  }
  const due = new Date(review.due_at).getTime()
  return !Number.isNaN(due) && now.getTime() > due
}
