import type { CodEligibilityContext } from "../../types/cod"
import { DEFAULT_COD_SETTINGS } from "../../utils/plugin-options"
import { DefaultCodEligibilityStrategy } from "../cod-eligibility"

const strategy = new DefaultCodEligibilityStrategy()

const context = (
  overrides: {
    cart?: Partial<CodEligibilityContext["cart"]>
    settings?: Partial<CodEligibilityContext["settings"]>
    refused_deliveries?: number
  } = {}
): CodEligibilityContext => ({
  cart: {
    id: "cart_1",
    currency_code: "cny",
    total: 1999,
    email: "wang.fang@example.com",
    customer_id: "cus_1",
    shipping_address: {
      country_code: "cn",
      province: "Guangdong",
      city: "Guangzhou",
      postal_code: "510 000",
    },
    items: [
      {
        id: "item_1",
        title: "Electric kettle",
        product_id: "prod_kettle",
        variant_id: "variant_1",
        product_tags: ["kitchen"],
      },
    ],
    ...overrides.cart,
  },
  settings: { ...DEFAULT_COD_SETTINGS, ...overrides.settings },
  refused_deliveries: overrides.refused_deliveries ?? 0,
})

const codes = (ctx: CodEligibilityContext) =>
  strategy.evaluate(ctx).reasons.map((r) => r.code)

describe("DefaultCodEligibilityStrategy", () => {
  it("accepts a cart that breaks no rule, with no fee by default", () => {
    expect(strategy.evaluate(context())).toEqual({
      eligible: true,
      reasons: [],
      fee: null,
    })
  })

  it("refuses everything when COD is disabled", () => {
    expect(codes(context({ settings: { enabled: false } }))).toEqual([
      "cod_disabled",
    ])
  })

  it("limits the order total per currency, inclusive, and ignores other currencies", () => {
    const settings = { max_order_total: { cny: 1999, usd: 10 } }
    expect(codes(context({ settings }))).toEqual([])
    expect(codes(context({ settings, cart: { total: 1999.01 } }))).toEqual([
      "max_order_total_exceeded",
    ])
    expect(
      codes(context({ settings: { max_order_total: { usd: 10 } } }))
    ).toEqual([])
  })

  it("restricts countries, provinces (any case) and postal prefixes (spaces ignored)", () => {
    expect(codes(context({ settings: { allowed_countries: ["hk"] } }))).toEqual(
      ["country_not_allowed"]
    )
    expect(
      codes(context({ settings: { allowed_provinces: ["guangdong"] } }))
    ).toEqual([])
    expect(
      codes(context({ settings: { allowed_provinces: ["sichuan"] } }))
    ).toEqual(["province_not_allowed"])
    expect(
      codes(context({ settings: { allowed_postal_prefixes: ["5100"] } }))
    ).toEqual([])
    expect(
      codes(context({ settings: { allowed_postal_prefixes: ["61"] } }))
    ).toEqual(["postal_code_not_allowed"])
  })

  it("asks for a shipping address only when a destination rule exists", () => {
    expect(codes(context({ cart: { shipping_address: null } }))).toEqual([])
    expect(
      codes(
        context({
          cart: { shipping_address: null },
          settings: { allowed_countries: ["cn"] },
        })
      )
    ).toEqual(["missing_shipping_address"])
  })

  it("excludes products by id and by tag, naming them", () => {
    const byId = strategy.evaluate(
      context({ settings: { excluded_product_ids: ["prod_kettle"] } })
    )
    expect(byId.reasons).toEqual([
      {
        code: "product_excluded",
        message: expect.stringContaining("Electric kettle"),
      },
    ])
    expect(
      codes(context({ settings: { excluded_product_tags: ["kitchen"] } }))
    ).toEqual(["product_excluded"])
    expect(
      codes(context({ settings: { excluded_product_tags: ["no-cod"] } }))
    ).toEqual([])
  })

  it("blocks a buyer at the refused-delivery threshold, not before", () => {
    const settings = { max_refused_deliveries: 2 }
    expect(codes(context({ settings, refused_deliveries: 1 }))).toEqual([])
    expect(codes(context({ settings, refused_deliveries: 2 }))).toEqual([
      "customer_blocked",
    ])
    expect(
      codes(
        context({
          settings: { max_refused_deliveries: null },
          refused_deliveries: 9,
        })
      )
    ).toEqual([])
  })

  it("reports every failing rule at once and the fee in the cart currency", () => {
    const result = strategy.evaluate(
      context({
        settings: {
          max_order_total: { cny: 100 },
          allowed_countries: ["hk"],
          fee: { cny: 12.5, usd: 2 },
        },
      })
    )
    expect(result.eligible).toBe(false)
    expect(result.reasons.map((r) => r.code)).toEqual([
      "max_order_total_exceeded",
      "country_not_allowed",
    ])
    expect(result.fee).toEqual({ amount: 12.5, currency_code: "cny" })
  })
})
