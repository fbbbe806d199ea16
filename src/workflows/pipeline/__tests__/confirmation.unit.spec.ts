import {
  assertConfirmationPending,
  checkReceivedAmount,
  formatAmount,
  type PaymentConfirmationRow,
} from "../utils/payment-confirmation"

const confirmation = (
  overrides: Partial<PaymentConfirmationRow> = {}
): PaymentConfirmationRow => ({
  id: "paycf_1",
  order_id: "order_1",
  display_id: 7,
  provider_id: "pp_system_default",
  currency_code: "cny",
  expected_amount: 1299.5,
  status: "pending",
  ...overrides,
})

describe("checkReceivedAmount", () => {
  it("accepts the expected amount, compared exactly", () => {
    expect(checkReceivedAmount(confirmation(), 1299.5, false)).toEqual({
      mismatch: false,
    })
    expect(
      checkReceivedAmount(
        confirmation({ expected_amount: { value: "0.3", precision: 20 } }),
        0.3,
        false
      )
    ).toEqual({ mismatch: false })
  })

  it("explains a difference and how to accept it", () => {
    expect(() => checkReceivedAmount(confirmation(), 1200, false)).toThrow(
      'The payment confirmation of order #7 expects 1,299.5 CNY but 1,200 CNY was received (99.5 CNY less). To confirm it anyway, send the request again with "accept_mismatch": true; otherwise reject it.'
    )
    expect(() => checkReceivedAmount(confirmation(), 1300, false)).toThrow(
      /\(0\.5 CNY more\)/
    )
  })

  it("lets finance accept a difference explicitly", () => {
    expect(checkReceivedAmount(confirmation(), 1200, true)).toEqual({
      mismatch: true,
    })
  })
})

describe("assertConfirmationPending", () => {
  it("allows one decision", () => {
    expect(() => assertConfirmationPending(confirmation())).not.toThrow()
    expect(() =>
      assertConfirmationPending(confirmation({ status: "confirmed" }))
    ).toThrow(
      "The payment confirmation of order #7 was already confirmed; a decision cannot be changed."
    )
    expect(() =>
      assertConfirmationPending(
        confirmation({ status: "rejected", display_id: null })
      )
    ).toThrow(/^Payment confirmation paycf_1 was already rejected/)
  })
})

describe("formatAmount", () => {
  it("groups thousands and upper-cases the currency", () => {
    expect(formatAmount(1234567.25, "usd")).toEqual("1,234,567.25 USD")
  })
})
