import type {
  OrderReviewFacts,
  OrderReviewRules,
} from "../../types/order-review"
import {
  DEFAULT_ORDER_REVIEW_RULES,
  DefaultOrderReviewStrategy,
  isReviewOverdue,
  orderReviewRulesSchema,
  reviewDueAt,
} from "../order-review"

const strategy = new DefaultOrderReviewStrategy()

const facts = (
  overrides: Partial<OrderReviewFacts> = {}
): OrderReviewFacts => ({
  order_id: "order_01",
  display_id: 1001,
  currency_code: "cny",
  total: 199.5,
  customer_id: "cus_01",
  is_guest: false,
  contact: {
    id: "contact_01",
    source: "online",
    linked_by: "auto",
    order_count: 0,
  },
  pending_match_candidates: 0,
  payment_method: "prepaid",
  shipping_country: "cn",
  ...overrides,
})

const rules = (
  overrides: Partial<OrderReviewRules> = {}
): OrderReviewRules => ({
  ...DEFAULT_ORDER_REVIEW_RULES,
  ...overrides,
})

const evaluate = (
  f: Partial<OrderReviewFacts> = {},
  r: Partial<OrderReviewRules> = {}
) => strategy.evaluate(facts(f), rules(r))

const codes = (
  f: Partial<OrderReviewFacts> = {},
  r: Partial<OrderReviewRules> = {}
) => {
  const verdict = evaluate(f, r)
  return [verdict.decision, ...verdict.reasons.map((reason) => reason.code)]
}

/** Every rule switched on, so each one is checked. */
const strict: Partial<OrderReviewRules> = {
  require_known_contact: true,
  allow_guest: false,
  allow_cod: false,
}

describe("DEFAULT_ORDER_REVIEW_RULES", () => {
  it("approve small prepaid orders, hold COD and possible duplicates", () => {
    expect(DEFAULT_ORDER_REVIEW_RULES).toEqual({
      enabled: true,
      max_total: { cny: 5000, usd: 1000, eur: 1000 },
      require_known_contact: false,
      allow_guest: true,
      allow_cod: false,
      max_pending_candidates: 0,
    })
    expect(orderReviewRulesSchema.parse(DEFAULT_ORDER_REVIEW_RULES)).toEqual(
      DEFAULT_ORDER_REVIEW_RULES
    )
  })

  it("approve a new online customer's small prepaid order, listing the rules it passed", () => {
    expect(
      evaluate({ is_guest: true, contact: null, customer_id: null })
    ).toEqual({
      decision: "approve",
      reasons: [
        {
          code: "total_within_limit",
          detail:
            "The order total 199.5 CNY is within the automatic approval limit of 5000 CNY.",
        },
        { code: "prepaid", detail: "The order is prepaid." },
        {
          code: "pending_candidates_within_limit",
          detail: "No possible duplicate of the customer awaits a decision.",
        },
      ],
    })
  })

  it("send a COD order and one with a possible duplicate to review", () => {
    expect(codes({ payment_method: "cod" })).toEqual(["review", "cod"])
    expect(codes({ pending_match_candidates: 1 })).toEqual([
      "review",
      "pending_candidates",
    ])
  })
})

describe("DefaultOrderReviewStrategy", () => {
  it("lists every passed rule when all are switched on", () => {
    expect(
      codes(
        { contact: { id: "c", source: "offline_import", linked_by: "review" } },
        strict
      )
    ).toEqual([
      "approve",
      "total_within_limit",
      "known_contact",
      "registered_customer",
      "prepaid",
      "pending_candidates_within_limit",
    ])
  })

  it("reviews everything when automatic approval is off, still listing the other failures", () => {
    expect(codes({}, { enabled: false })).toEqual([
      "review",
      "auto_approval_disabled",
    ])
    expect(codes({ payment_method: "cod" }, { enabled: false })).toEqual([
      "review",
      "auto_approval_disabled",
      "cod",
    ])
    expect(evaluate({}, { enabled: false }).reasons[0].detail).toBe(
      "Automatic approval is switched off: every order is reviewed by sales ops."
    )
  })

  describe("total", () => {
    it("approves at the limit and reviews above it", () => {
      expect(codes({ total: 5000 })[0]).toBe("approve")
      const verdict = evaluate({ total: 5000.01 })
      expect(verdict).toEqual({
        decision: "review",
        reasons: [
          {
            code: "total_above_limit",
            detail:
              "The order total 5000.01 CNY is above the automatic approval limit of 5000 CNY.",
          },
        ],
      })
    })

    it("reads the limit of the order's currency, whatever its case", () => {
      expect(codes({ currency_code: "USD", total: 1000 })[0]).toBe("approve")
      expect(codes({ currency_code: "USD", total: 1001 })).toEqual([
        "review",
        "total_above_limit",
      ])
    })

    it("reviews a currency without a limit, and says where to set one", () => {
      expect(evaluate({ currency_code: "gbp", total: 1 })).toEqual({
        decision: "review",
        reasons: [
          {
            code: "no_limit_for_currency",
            detail:
              "No automatic approval limit is set for GBP, so orders in it are always reviewed; add one under max_total.gbp.",
          },
        ],
      })
    })

    it("approves nothing but free orders with a limit of 0", () => {
      expect(codes({ total: 0 }, { max_total: { cny: 0 } })[0]).toBe("approve")
      expect(codes({ total: 0.01 }, { max_total: { cny: 0 } })[0]).toBe(
        "review"
      )
    })
  })

  describe("known contact", () => {
    const known = { require_known_contact: true }

    it("reviews an order without a contact", () => {
      expect(evaluate({ contact: null }, known).reasons).toEqual([
        {
          code: "unknown_contact",
          detail:
            "The customer is not linked to any CRM contact, so the enterprise does not know them yet.",
        },
      ])
    })

    it("reviews a contact created online with no earlier orders", () => {
      expect(evaluate({}, known).reasons).toEqual([
        {
          code: "unknown_contact",
          detail:
            "The customer's contact contact_01 was created online and has no earlier orders.",
        },
      ])
      const noCount = { id: "c2", source: "online" as const, linked_by: null }
      expect(codes({ contact: noCount }, known)).toEqual([
        "review",
        "unknown_contact",
      ])
    })

    it("approves a contact from the offline import or with earlier orders", () => {
      const offline = evaluate(
        {
          contact: {
            id: "c1",
            source: "offline_import",
            linked_by: "admin",
            order_count: 0,
          },
        },
        known
      )
      expect(offline.decision).toBe("approve")
      expect(offline.reasons[1]).toEqual({
        code: "known_contact",
        detail:
          "The customer is contact c1, imported from the offline customer records.",
      })
      const repeat = evaluate(
        {
          contact: {
            id: "c2",
            source: "online",
            linked_by: "auto",
            order_count: 1,
          },
        },
        known
      )
      expect(repeat.decision).toBe("approve")
      expect(repeat.reasons[1].detail).toBe(
        "The customer is contact c2, with 1 earlier order."
      )
    })

    it("ignores the contact when not required", () => {
      expect(codes({ contact: null })).toEqual([
        "approve",
        "total_within_limit",
        "prepaid",
        "pending_candidates_within_limit",
      ])
    })
  })

  describe("guests", () => {
    it("reviews a guest when guests are not allowed", () => {
      expect(
        evaluate({ is_guest: true }, { allow_guest: false }).reasons
      ).toEqual([
        {
          code: "guest",
          detail:
            "The order was placed by a guest checkout, and guest orders are always reviewed.",
        },
      ])
    })

    it("lists a registered customer as passed only when guests are not allowed", () => {
      expect(codes({}, { allow_guest: false })).toContain("registered_customer")
      expect(codes({})).not.toContain("registered_customer")
    })
  })

  describe("payment method", () => {
    it("reviews COD unless allowed", () => {
      expect(evaluate({ payment_method: "cod" }).reasons).toEqual([
        {
          code: "cod",
          detail:
            "The order is paid cash on delivery, and COD orders are always reviewed.",
        },
      ])
      expect(codes({ payment_method: "cod" }, { allow_cod: true })).toEqual([
        "approve",
        "total_within_limit",
        "pending_candidates_within_limit",
      ])
    })

    it("reviews an unknown payment method unless COD is allowed", () => {
      expect(codes({ payment_method: null })).toEqual([
        "review",
        "unknown_payment_method",
      ])
      expect(codes({ payment_method: null }, { allow_cod: true })[0]).toBe(
        "approve"
      )
    })
  })

  describe("pending match candidates", () => {
    it("reviews while more candidates than allowed await a decision", () => {
      expect(evaluate({ pending_match_candidates: 2 }).reasons).toEqual([
        {
          code: "pending_candidates",
          detail:
            "2 possible duplicates of the customer await a decision (at most 0 allowed for automatic approval); decide them to link the order to the right contact.",
        },
      ])
    })

    it("approves within the allowed number", () => {
      const verdict = evaluate(
        { pending_match_candidates: 1 },
        { max_pending_candidates: 1 }
      )
      expect(verdict.decision).toBe("approve")
      expect(verdict.reasons.at(-1)).toEqual({
        code: "pending_candidates_within_limit",
        detail:
          "1 possible duplicate of the customer awaits a decision, within the limit of 1.",
      })
    })
  })

  it("gives every failed rule its own reason, in order", () => {
    expect(
      codes(
        {
          total: 99_999,
          contact: null,
          is_guest: true,
          payment_method: "cod",
          pending_match_candidates: 3,
        },
        { ...strict, enabled: false }
      )
    ).toEqual([
      "review",
      "auto_approval_disabled",
      "total_above_limit",
      "unknown_contact",
      "guest",
      "cod",
      "pending_candidates",
    ])
  })

  it("lets a subclass change one rule", () => {
    class NoLimitForVip extends DefaultOrderReviewStrategy {
      protected checkTotal(f: OrderReviewFacts, r: OrderReviewRules) {
        return f.customer_id === "cus_vip" ? null : super.checkTotal(f, r)
      }
    }
    const vip = new NoLimitForVip()
    expect(
      vip.evaluate(facts({ customer_id: "cus_vip", total: 1e6 }), rules())
        .decision
    ).toBe("approve")
    expect(vip.evaluate(facts({ total: 1e6 }), rules()).decision).toBe("review")
  })
})

describe("orderReviewRulesSchema", () => {
  const problems = (input: unknown) => {
    const parsed = orderReviewRulesSchema.safeParse(input)
    return parsed.success
      ? []
      : parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`)
  }

  it("lower-cases currency codes", () => {
    expect(
      orderReviewRulesSchema.parse({
        ...DEFAULT_ORDER_REVIEW_RULES,
        max_total: { CNY: 800, Usd: 100 },
      }).max_total
    ).toEqual({ cny: 800, usd: 100 })
  })

  it("names a bad currency, a duplicate and a bad amount", () => {
    expect(
      problems({
        ...DEFAULT_ORDER_REVIEW_RULES,
        max_total: { rmb: 1, cny: 1, CNY: 2, usd: -1, eur: "100" },
      })
    ).toEqual([
      "max_total.usd: must be zero or more",
      "max_total.eur: must be an amount in major units, e.g. 5000",
    ])
    expect(
      problems({
        ...DEFAULT_ORDER_REVIEW_RULES,
        max_total: { rmb: 1, cny: 1, CNY: 2 },
      })
    ).toEqual([
      'max_total.rmb: "rmb" is not an ISO 4217 currency code Medusa knows (e.g. "cny", "usd")',
      'max_total.CNY: "cny" and "CNY" are the same currency; keep one',
    ])
    expect(problems({ ...DEFAULT_ORDER_REVIEW_RULES, max_total: [] })).toEqual([
      "max_total: must be an object of amounts per currency, e.g. { cny: 5000, usd: 1000 }",
    ])
  })

  it("names a missing or wrong field and an unknown rule", () => {
    const { allow_cod: _omitted, ...rest } = DEFAULT_ORDER_REVIEW_RULES
    expect(problems(rest)).toEqual(["allow_cod: must be true or false"])
    expect(
      problems({ ...DEFAULT_ORDER_REVIEW_RULES, max_pending_candidates: 0.5 })
    ).toEqual([
      "max_pending_candidates: must be a whole number of candidates, e.g. 0",
    ])
    expect(
      problems({ ...DEFAULT_ORDER_REVIEW_RULES, max_pending_candidates: -1 })
    ).toEqual(["max_pending_candidates: must be zero or more"])
    expect(
      problems({ ...DEFAULT_ORDER_REVIEW_RULES, allow_guests: true })
    ).toEqual([
      ': has unknown rule "allow_guests"; rules are enabled, max_total, require_known_contact, allow_guest, allow_cod, max_pending_candidates',
    ])
  })
})

describe("review deadlines", () => {
  const now = new Date("2026-01-05T08:00:00Z")

  it("puts the due time sla_hours after now", () => {
    expect(reviewDueAt(now, 24).toISOString()).toBe("2026-01-06T08:00:00.000Z")
    expect(reviewDueAt(now, 0.5).toISOString()).toBe("2026-01-05T08:30:00.000Z")
  })

  it.each([[0], [-1], [Number.NaN], [Infinity]])(
    "refuses sla_hours %p",
    (hours) => {
      expect(() => reviewDueAt(now, hours)).toThrow(
        `reviewDueAt: sla_hours must be a number of hours above 0; got ${hours}`
      )
    }
  )

  it("is overdue only while pending after the due time", () => {
    const due = new Date("2026-01-05T09:00:00Z")
    const after = new Date("2026-01-05T09:00:00.001Z")
    expect(isReviewOverdue({ status: "pending", due_at: due }, after)).toBe(
      true
    )
    expect(isReviewOverdue({ status: "pending", due_at: due }, due)).toBe(false)
    expect(isReviewOverdue({ status: "pending", due_at: due }, now)).toBe(false)
    expect(isReviewOverdue({ status: "approved", due_at: due }, after)).toBe(
      false
    )
    expect(isReviewOverdue({ status: "rejected", due_at: due }, after)).toBe(
      false
    )
    expect(isReviewOverdue({ status: "pending", due_at: null }, after)).toBe(
      false
    )
  })

  it("reads a due time serialised as a string", () => {
    expect(
      isReviewOverdue(
        { status: "pending", due_at: "2026-01-05T07:59:59Z" },
        now
      )
    ).toBe(true)
    expect(
      isReviewOverdue({ status: "pending", due_at: "not a date" }, now)
    ).toBe(false)
  })
})
