import { DEFAULT_COD_SETTINGS, parsePluginOptions } from "../plugin-options"

describe("parsePluginOptions", () => {
  it("fills defaults and normalises codes", () => {
    const options = parsePluginOptions({
      cod: {
        max_order_total: { CNY: 5000 },
        allowed_countries: ["CN", "cn"],
        allowed_postal_prefixes: ["51a"],
      },
    })
    expect(options.cod.defaults).toEqual({
      ...DEFAULT_COD_SETTINGS,
      max_order_total: { cny: 5000 },
      allowed_countries: ["cn"],
      allowed_postal_prefixes: ["51A"],
    })
    expect(options.cod.eligibility_strategy).toBeUndefined()
  })

  it("accepts no options at all", () => {
    expect(parsePluginOptions(undefined).cod.defaults).toEqual(
      DEFAULT_COD_SETTINGS
    )
  })

  it("names the wrong option and what is allowed", () => {
    expect(() =>
      parsePluginOptions({ cod: { max_order_total: { yuan: -1 } } })
    ).toThrow(
      /option "cod\.max_order_total\.yuan" max_order_total: "yuan" is not an ISO 4217/
    )
    expect(() =>
      parsePluginOptions({ cod: { fee: { cny: 0.00001 } } })
    ).toThrow(/option "cod\.fee\.cny" has more than 4 decimals/)
    expect(
      parsePluginOptions({ cod: { fee: { cny: 0.1 } } }).cod.defaults.fee
    ).toEqual({
      cny: 0.1,
    })
    expect(() =>
      parsePluginOptions({ cod: { max_refused_deliveries: 0 } })
    ).toThrow(/option "cod\.max_refused_deliveries"/)
    expect(() => parsePluginOptions({ cod: { fees: {} } })).toThrow(
      /Unrecognized key.*fees/
    )
    expect(() =>
      parsePluginOptions({ cod: { eligibility_strategy: {} } })
    ).toThrow(/evaluate\(context\) method/)
  })

  it("keeps a custom eligibility strategy", () => {
    const strategy = {
      evaluate: () => ({ eligible: true, reasons: [], fee: null }),
    }
    expect(
      parsePluginOptions({ cod: { eligibility_strategy: strategy } }).cod
        .eligibility_strategy
    ).toBe(strategy)
  })
})

describe("channel_inventory options", () => {
  it("fills the channel defaults", () => {
    expect(
      parsePluginOptions({
        channel_inventory: {
          defaults: { mode: "split", offline_safety_stock: 2 },
        },
      }).channel_inventory.defaults
    ).toEqual({
      mode: "split",
      online_safety_stock: 0,
      offline_safety_stock: 2,
      last_unit_policy: "fcfs",
    })
  })

  it("names a wrong channel default", () => {
    expect(() =>
      parsePluginOptions({
        channel_inventory: {
          defaults: { last_unit_policy: "online", online_safety_stock: -1 },
        },
      })
    ).toThrow(
      /option "channel_inventory.defaults.online_safety_stock" must be from 0 to 1000000 units.*|option "channel_inventory.defaults.last_unit_policy" "online" is not a policy/
    )
  })

  it("fills the suggestion window and cover", () => {
    expect(parsePluginOptions({}).channel_inventory.suggestions).toEqual({
      window_days: 28,
      cover_days: 7,
    })
    expect(
      parsePluginOptions({
        channel_inventory: { suggestions: { cover_days: 14 } },
      }).channel_inventory.suggestions
    ).toEqual({ window_days: 28, cover_days: 14 })
  })

  it("names a wrong suggestion option", () => {
    expect(() =>
      parsePluginOptions({
        channel_inventory: { suggestions: { window_days: 0 } },
      })
    ).toThrow(
      'option "channel_inventory.suggestions.window_days" must be from 1 to 365 days'
    )
    expect(() =>
      parsePluginOptions({
        channel_inventory: { suggestions: { cover_days: 2.5 } },
      })
    ).toThrow(
      'option "channel_inventory.suggestions.cover_days" must be a whole number of days'
    )
  })

  it("fills the CRM defaults and keeps what is given", () => {
    const crm = parsePluginOptions({
      crm: {
        default_country: "hk",
        thresholds: { review: 0.5 },
        order_review: { allow_cod: true, on_reject: "cancel" },
        connector: { type: "file", directory: "/tmp/crm-outbox" },
      },
    }).crm
    expect(crm).toMatchObject({
      default_country: "HK",
      thresholds: { auto_link: 0.9, review: 0.5 },
      order_review: {
        on_reject: "cancel",
        rules: { allow_cod: true, allow_guest: true, enabled: true },
      },
      connector: { type: "file", directory: "/tmp/crm-outbox" },
      sync: { max_attempts: 8, base_delay_ms: 30_000 },
    })
    expect(parsePluginOptions({}).crm).toMatchObject({
      default_country: "CN",
      order_review: { on_reject: "hold" },
      connector: undefined,
    })
  })

  it("names a wrong CRM option", () => {
    expect(() =>
      parsePluginOptions({ crm: { default_country: "China" } })
    ).toThrow(
      'option "crm.default_country" "China" is not a 2-letter ISO 3166-1 country code'
    )
    expect(() =>
      parsePluginOptions({
        crm: { thresholds: { auto_link: 0.5, review: 0.7 } },
      })
    ).toThrow("review (0.7) must not be above auto_link (0.5)")
    expect(() =>
      parsePluginOptions({ crm: { order_review: { on_reject: "refund" } } })
    ).toThrow('"refund" is not an action')
    expect(() =>
      parsePluginOptions({ crm: { connector: { type: "webhook" } } })
    ).toThrow('option "crm.connector.url"')
  })
})
