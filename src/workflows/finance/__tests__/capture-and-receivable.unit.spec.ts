import { generateEntityIds } from "../../../modules/finance/utils/cod-collection-store"
import { amountLeftToCapture } from "../steps/capture-cod-payments"
import {
  carrierOf,
  receivableFromFulfillment,
  type GraphFulfillment,
} from "../utils/receivable-from-fulfillment"

describe("amountLeftToCapture", () => {
  const payment = (amount: number, captures: number[] = []) => ({
    id: "pay_1",
    amount,
    captures: captures.map((c) => ({ amount: c })),
  })

  it("captures what the courier collected, once", () => {
    const request = { collected: "209", amount_to_collect: "209" }
    expect(amountLeftToCapture(payment(209), request).toNumber()).toEqual(209)
    expect(
      amountLeftToCapture(payment(209, [209]), request).toNumber()
    ).toEqual(0)
  })

  it("captures a short collection and completes an interrupted one", () => {
    const request = { collected: "200.5", amount_to_collect: "209" }
    expect(amountLeftToCapture(payment(209), request).toNumber()).toEqual(200.5)
    expect(
      amountLeftToCapture(payment(209, [100]), request).toNumber()
    ).toEqual(100.5)
  })

  it("never captures more than authorized, and counts earlier captures", () => {
    expect(
      amountLeftToCapture(payment(209), {
        collected: "250",
        amount_to_collect: "209",
      }).toNumber()
    ).toEqual(209)
    // 50 were captured before the parcel shipped: the courier collects 159.
    expect(
      amountLeftToCapture(payment(209, [50]), {
        collected: "159",
        amount_to_collect: "159",
      }).toNumber()
    ).toEqual(159)
  })
})

describe("receivableFromFulfillment", () => {
  const fulfillment = (
    overrides: Partial<GraphFulfillment> = {}
  ): GraphFulfillment => ({
    id: "ful_1",
    provider_id: "manual_manual",
    shipped_at: "2026-11-28T10:00:00.000Z",
    labels: [{ tracking_number: " SF123 " }],
    shipping_option: { name: "Standard courier" },
    order: {
      id: "order_1",
      display_id: 7,
      currency_code: "CNY",
      payment_collections: [
        {
          payments: [
            {
              id: "pay_1",
              provider_id: "pp_cod_cod",
              amount: 209,
              captures: [{ amount: 9 }],
            },
          ],
        },
      ],
    },
    ...overrides,
  })

  it("asks the courier for the authorized COD amount less what was captured", () => {
    expect(receivableFromFulfillment(fulfillment())).toEqual({
      order_id: "order_1",
      display_id: 7,
      payment_id: "pay_1",
      fulfillment_id: "ful_1",
      carrier: "Standard courier",
      tracking_number: "SF123",
      currency_code: "cny",
      amount_to_collect: "200",
      shipped_at: new Date("2026-11-28T10:00:00.000Z"),
    })
  })

  it("is null for an order not paid cash on delivery", () => {
    const prepaid = fulfillment()
    prepaid.order!.payment_collections![0]!.payments![0]!.provider_id =
      "pp_system_default"
    expect(receivableFromFulfillment(prepaid)).toBeNull()
    expect(receivableFromFulfillment(undefined)).toBeNull()
  })

  it("prefers the carrier the warehouse named", () => {
    expect(
      carrierOf(
        fulfillment({
          metadata: { carrier: "SF Express" },
          data: { carrier: "ZTO" },
        })
      )
    ).toEqual("SF Express")
    expect(carrierOf(fulfillment({ data: { carrier: "ZTO" } }))).toEqual("ZTO")
    expect(carrierOf(fulfillment({ shipping_option: null }))).toEqual(
      "manual_manual"
    )
  })
})

describe("generateEntityIds", () => {
  it("makes distinct ids in Medusa's format", () => {
    const ids = generateEntityIds("remln", 10_000)
    expect(new Set(ids).size).toEqual(10_000)
    for (const id of ids.slice(0, 50)) {
      expect(id).toMatch(/^remln_[0-9A-HJKMNP-TV-Z]{26}$/)
    }
  })
})
