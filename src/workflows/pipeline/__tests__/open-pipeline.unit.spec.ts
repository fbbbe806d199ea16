import { DEFAULT_PIPELINE_SETTINGS } from "../../../utils/plugin-options"
import {
  GATE_OPENERS,
  planOrderPipeline,
  type GateOpener,
} from "../utils/gate-openers"
import { classifyPaymentMethod } from "../utils/payment-method"
import { toPipelineOrder, type PipelineOrder } from "../utils/pipeline-order"

const now = new Date("2026-03-01T10:00:00.000Z")

const order = (overrides: Partial<PipelineOrder> = {}): PipelineOrder => ({
  id: "order_1",
  display_id: 12,
  email: "li.na@example.com",
  currency_code: "cny",
  total: 1299.5,
  created_at: now.toISOString(),
  payments: [{ id: "pay_1", provider_id: "pp_system_default", amount: 1299.5 }],
  session_provider_ids: ["pp_system_default"],
  // Gift cards: the payment gate's cases need no routing gate.
  shippable: false,
  ...overrides,
})

const plan = (
  o: PipelineOrder,
  extra: Partial<Parameters<typeof planOrderPipeline>[0]> = {}
) =>
  planOrderPipeline({
    order: o,
    settings: DEFAULT_PIPELINE_SETTINGS,
    existing_gate_kinds: [],
    has_payment_confirmation: false,
    now,
    ...extra,
  })

describe("classifyPaymentMethod", () => {
  it("tells COD from prepaid by provider id", () => {
    expect(classifyPaymentMethod(["pp_cod_cod"])).toEqual("cod")
    expect(classifyPaymentMethod(["pp_cod_courier"])).toEqual("cod")
    expect(classifyPaymentMethod(["pp_system_default"])).toEqual("prepaid")
    expect(classifyPaymentMethod(["pp_stripe_stripe", "pp_cod_cod"])).toEqual(
      "cod"
    )
    expect(classifyPaymentMethod([])).toBeNull()
    expect(classifyPaymentMethod([null, undefined])).toBeNull()
  })
})

describe("toPipelineOrder", () => {
  it("keeps live payments and falls back to sessions", () => {
    const o = toPipelineOrder({
      id: "order_1",
      display_id: 3,
      currency_code: "cny",
      total: 100,
      created_at: new Date("2026-01-01T00:00:00Z"),
      payment_collections: [
        {
          payments: [
            {
              id: "pay_old",
              provider_id: "pp_cod_cod",
              amount: 100,
              canceled_at: "2026-01-01",
            },
            { id: "pay_new", provider_id: "pp_system_default", amount: 100 },
          ],
          payment_sessions: [{ provider_id: "pp_system_default" }],
        },
        null,
      ],
    })
    expect(o.payments).toEqual([
      { id: "pay_new", provider_id: "pp_system_default", amount: 100 },
    ])
    expect(o.created_at).toEqual("2026-01-01T00:00:00.000Z")
    expect(o.email).toBeNull()
  })
})

describe("planOrderPipeline", () => {
  it("opens a required payment gate, a customer review and a confirmation for a prepaid order", () => {
    expect(plan(order())).toEqual({
      order_id: "order_1",
      payment_method: "prepaid",
      gates: [
        {
          order_id: "order_1",
          kind: "payment",
          department: "finance",
          required: true,
          due_at: new Date("2026-03-02T10:00:00.000Z"),
        },
        {
          order_id: "order_1",
          kind: "customer_review",
          department: "sales_ops",
          required: true,
          due_at: new Date("2026-03-02T10:00:00.000Z"),
        },
      ],
      payment_confirmation: {
        order_id: "order_1",
        display_id: 12,
        payment_id: "pay_1",
        provider_id: "pp_system_default",
        currency_code: "cny",
        expected_amount: 1299.5,
      },
    })
  })

  it("opens a payment gate that is not required, and no confirmation, for COD", () => {
    const result = plan(
      order({
        payments: [{ id: "pay_2", provider_id: "pp_cod_cod", amount: 10 }],
      })
    )
    expect(result.payment_method).toEqual("cod")
    expect(result.gates).toEqual([
      expect.objectContaining({ kind: "payment", required: false }),
      // COD orders ship before any money is in: sales ops checks the buyer.
      expect.objectContaining({ kind: "customer_review", required: true }),
    ])
    expect(result.payment_confirmation).toBeNull()
  })

  it("follows the settings for what is required and when it is due", () => {
    const result = plan(
      order({ payments: [{ id: "p", provider_id: "pp_cod_cod", amount: 1 }] }),
      {
        settings: {
          ...DEFAULT_PIPELINE_SETTINGS,
          required_gates: { prepaid: [], cod: ["payment"] },
          sla_hours: { ...DEFAULT_PIPELINE_SETTINGS.sla_hours, payment: 2 },
        },
      }
    )
    expect(result.gates[0]).toEqual(
      expect.objectContaining({
        required: true,
        due_at: new Date("2026-03-01T12:00:00.000Z"),
      })
    )
  })

  it("opens a required routing gate, owned by the warehouse, for goods to ship", () => {
    const result = plan(
      order({
        shippable: true,
        payments: [{ id: "p", provider_id: "pp_cod_cod", amount: 1 }],
      })
    )
    expect(result.gates).toEqual([
      expect.objectContaining({ kind: "payment", required: false }),
      expect.objectContaining({ kind: "customer_review", required: true }),
      expect.objectContaining({
        kind: "routing",
        department: "warehouse",
        required: true,
        due_at: new Date("2026-03-01T14:00:00.000Z"),
      }),
    ])
  })

  it("plans nothing for an order already opened", () => {
    expect(
      plan(order(), {
        existing_gate_kinds: ["payment", "customer_review"],
        has_payment_confirmation: true,
      })
    ).toEqual({
      order_id: "order_1",
      payment_method: "prepaid",
      gates: [],
      payment_confirmation: null,
    })
  })

  it("opens no payment gate for an order without any payment", () => {
    const result = plan(order({ payments: [], session_provider_ids: [] }))
    expect(result).toEqual(
      expect.objectContaining({
        payment_method: null,
        // Every order's buyer is reviewed; without a payment method the
        // settings cannot make the review required.
        gates: [
          expect.objectContaining({
            kind: "customer_review",
            department: "sales_ops",
            required: false,
          }),
        ],
        payment_confirmation: null,
      })
    )
  })

  it("uses the session's provider when the payment is not there yet", () => {
    const result = plan(
      order({ payments: [], session_provider_ids: ["pp_bank_transfer"] })
    )
    expect(result.payment_confirmation).toEqual(
      expect.objectContaining({
        payment_id: null,
        provider_id: "pp_bank_transfer",
      })
    )
  })

  it("takes more gate kinds through more openers", () => {
    const routing: GateOpener = {
      kind: "routing",
      open: ({ order }) => ({
        order_id: order.id,
        kind: "routing",
        department: "warehouse",
        required: true,
        due_at: now,
      }),
    }
    const result = plan(order(), {
      openers: [...GATE_OPENERS, routing],
      existing_gate_kinds: ["payment", "customer_review"],
    })
    expect(result.gates.map((g) => g.kind)).toEqual(["routing"])
  })
})
