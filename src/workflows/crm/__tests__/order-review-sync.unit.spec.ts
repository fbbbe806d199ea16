import { CrmDeliveryError } from "../../../strategies/crm-connector"
import {
  buildCrmOrderPayload,
  crmOrderIdempotencyKey,
  nextCrmAttemptAt,
} from "../utils/crm-sync"
import {
  automaticApprovalReason,
  toAdminCrmOrderReview,
  toOrderReviewFacts,
  type GraphReviewOrder,
} from "../utils/order-review"

const now = new Date("2026-03-01T10:00:00.000Z")

const graphOrder = (
  overrides: Partial<GraphReviewOrder> = {}
): GraphReviewOrder => ({
  id: "order_1",
  display_id: 12,
  email: "li.na@example.com",
  currency_code: "cny",
  total: 209,
  created_at: now,
  customer_id: "cus_1",
  customer: { id: "cus_1", email: "li.na@example.com", has_account: true },
  shipping_address: { country_code: "CN" },
  items: [{ id: "item_1", requires_shipping: true }],
  payment_collections: [
    {
      payments: [
        { id: "pay_1", provider_id: "pp_system_default", amount: 209 },
      ],
      payment_sessions: [{ provider_id: "pp_system_default" }],
    },
  ],
  ...overrides,
})

describe("toOrderReviewFacts", () => {
  it("reads a registered prepaid buyer with a contact", () => {
    expect(
      toOrderReviewFacts({
        order: graphOrder(),
        contact: {
          id: "crmct_1",
          source: "offline_import",
          linked_by: "auto",
          order_count: 2,
        },
        pending_match_candidates: 1,
      })
    ).toEqual({
      order_id: "order_1",
      display_id: 12,
      currency_code: "cny",
      total: 209,
      customer_id: "cus_1",
      is_guest: false,
      contact: {
        id: "crmct_1",
        source: "offline_import",
        linked_by: "auto",
        order_count: 2,
      },
      pending_match_candidates: 1,
      payment_method: "prepaid",
      shipping_country: "cn",
    })
  })

  it("counts a buyer without an account, or without any customer, as a guest", () => {
    const guest = toOrderReviewFacts({
      order: graphOrder({
        customer: { id: "cus_2", has_account: false },
        payment_collections: [
          { payments: [], payment_sessions: [{ provider_id: "pp_cod_cod" }] },
        ],
      }),
      contact: null,
      pending_match_candidates: 0,
    })
    expect(guest).toEqual(
      expect.objectContaining({
        is_guest: true,
        customer_id: "cus_2",
        payment_method: "cod",
        contact: null,
      })
    )
    const nobody = toOrderReviewFacts({
      order: graphOrder({ customer: null, customer_id: null }),
      contact: null,
      pending_match_candidates: 0,
    })
    expect(nobody).toEqual(
      expect.objectContaining({ is_guest: true, customer_id: null })
    )
  })
})

describe("automaticApprovalReason", () => {
  it("lists the rules passed", () => {
    expect(
      automaticApprovalReason([
        { code: "total_within_limit", detail: "Within the limit." },
        { code: "prepaid", detail: "The order is prepaid." },
      ])
    ).toEqual(
      "Approved automatically by the review rules: Within the limit. The order is prepaid."
    )
    expect(automaticApprovalReason([])).toEqual(
      "Approved automatically by the review rules."
    )
  })
})

describe("toAdminCrmOrderReview", () => {
  const review = {
    id: "crmrev_1",
    order_id: "order_1",
    customer_id: "cus_1",
    contact_id: null,
    status: "pending" as const,
    automatic: false,
    reasons: [{ code: "cod", detail: "COD." }, { junk: true }],
    decided_by: null,
    decided_at: null,
    reason: null,
    due_at: "2026-03-01T09:00:00.000Z",
    metadata: null,
    created_at: "2026-02-28T09:00:00.000Z",
  }

  it("flags a pending review past its due time, and keeps only well-formed reasons", () => {
    expect(toAdminCrmOrderReview(review, { on_reject: "hold", now })).toEqual(
      expect.objectContaining({
        overdue: true,
        reasons: [{ code: "cod", detail: "COD." }],
        display_id: null,
        total: null,
        on_reject: "hold",
      })
    )
    expect(
      toAdminCrmOrderReview(
        { ...review, status: "approved" },
        { on_reject: "cancel", now }
      )
    ).toEqual(expect.objectContaining({ overdue: false, on_reject: "cancel" }))
  })
})

describe("buildCrmOrderPayload", () => {
  it("describes the order, its lines, the contact and the review", () => {
    const payload = buildCrmOrderPayload({
      order: {
        id: "order_1",
        display_id: 12,
        email: "li.na@example.com",
        currency_code: "cny",
        total: 209,
        created_at: now,
        customer_id: "cus_1",
        items: [
          {
            id: "item_1",
            title: "Pearl White 珍珠白",
            product_title: "Electric Kettle",
            variant_title: "Pearl White 珍珠白",
            variant_sku: "HX-KT17-WHT",
            quantity: 2,
            unit_price: 99.5,
          },
          null,
        ],
        shipping_address: { city: "Guangzhou", country_code: "cn" },
      },
      contact: {
        id: "crmct_1",
        external_id: "C-1",
        display_name: "王芳",
        phones: ["+8613800138000"],
        emails: [],
      },
      review: {
        id: "crmrev_1",
        status: "approved",
        automatic: false,
        decided_by: "user_1",
        decided_at: now,
        reason: "Called back",
        reasons: [{ code: "cod", detail: "COD." }],
      },
      now,
    })
    expect(payload).toEqual({
      idempotency_key: "order:order_1",
      event: "order.approved",
      order: expect.objectContaining({
        id: "order_1",
        total: 209,
        items: [
          {
            sku: "HX-KT17-WHT",
            title: "Electric Kettle (Pearl White 珍珠白)",
            quantity: 2,
            unit_price: 99.5,
          },
        ],
        shipping_address: expect.objectContaining({
          city: "Guangzhou",
          address_1: null,
        }),
      }),
      contact: expect.objectContaining({ id: "crmct_1", external_id: "C-1" }),
      review: {
        id: "crmrev_1",
        status: "approved",
        automatic: false,
        decided_by: "user_1",
        decided_at: now.toISOString(),
        reason: "Called back",
        reasons: ["cod"],
      },
      sent_at: now.toISOString(),
    })
    expect(crmOrderIdempotencyKey("order_1")).toEqual(payload.idempotency_key)
  })
})

describe("nextCrmAttemptAt", () => {
  const job = { id: "crmsync_1", attempts: 1, max_attempts: 3 }

  it("backs off from the base delay, shortened by at most 10%", () => {
    const first = nextCrmAttemptAt(job, new Error("socket hang up"), {
      base_delay_ms: 1000,
      now,
    })!
    const wait = first.getTime() - now.getTime()
    expect(wait).toBeGreaterThan(900)
    expect(wait).toBeLessThanOrEqual(1000)
    const second = nextCrmAttemptAt({ ...job, attempts: 2 }, new Error("x"), {
      base_delay_ms: 1000,
      now,
    })!
    expect(second.getTime() - now.getTime()).toBeGreaterThan(1800)
  })

  it("gives up on a refusal, and when the attempts are used up", () => {
    const refused = new CrmDeliveryError("HTTP 400", {
      retryable: false,
      status: 400,
    })
    expect(
      nextCrmAttemptAt(job, refused, { base_delay_ms: 1000, now })
    ).toBeNull()
    expect(
      nextCrmAttemptAt({ ...job, attempts: 3 }, new Error("x"), {
        base_delay_ms: 1000,
        now,
      })
    ).toBeNull()
  })

  it("waits as long as the CRM asks, and retries at once with a zero base", () => {
    const busy = new CrmDeliveryError("HTTP 429", {
      retryable: true,
      status: 429,
      retry_after_ms: 60_000,
    })
    expect(
      nextCrmAttemptAt(job, busy, { base_delay_ms: 1000, now })!.getTime()
    ).toEqual(now.getTime() + 60_000)
    expect(
      nextCrmAttemptAt(job, new Error("x"), { base_delay_ms: 0, now })
    ).toEqual(now)
  })
})
