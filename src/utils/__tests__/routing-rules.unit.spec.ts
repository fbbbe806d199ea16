import { z } from "@medusajs/framework/zod"
import { ROUTING_RULE_IDS } from "../../types/routing"
import { parsePluginOptions } from "../plugin-options"
import {
  DEFAULT_ROUTING_RULES,
  normalizeRoutingRules,
  RoutingRulesSchema,
} from "../routing-rules"

const messages = (value: unknown) => {
  const parsed = RoutingRulesSchema.safeParse(value)
  return parsed.success ? [] : parsed.error.issues.map((i) => i.message)
}

describe("DEFAULT_ROUTING_RULES", () => {
  it("lists every rule once, in the documented order, all enabled", () => {
    expect(DEFAULT_ROUTING_RULES.map((r) => r.id)).toEqual([
      "service_area",
      "capacity",
      "fewest_splits",
      "nearest",
      "priority",
      "min_split_value",
      "hq_fallback",
    ])
    expect([...DEFAULT_ROUTING_RULES.map((r) => r.id)].sort()).toEqual(
      [...ROUTING_RULE_IDS].sort()
    )
    expect(DEFAULT_ROUTING_RULES.every((r) => r.enabled)).toBe(true)
  })
})

describe("RoutingRulesSchema", () => {
  it("fills params and enabled, and appends missing rules disabled", () => {
    const rules = RoutingRulesSchema.parse([
      { id: "nearest", params: { max_distance_km: 800 } },
      { id: "fewest_splits", enabled: false, params: {} },
      { id: "min_split_value", params: { amounts: { CNY: 200 } } },
    ])
    expect(rules.slice(0, 3)).toEqual([
      { id: "nearest", enabled: true, params: { max_distance_km: 800 } },
      { id: "fewest_splits", enabled: false, params: { max_splits: 1 } },
      {
        id: "min_split_value",
        enabled: true,
        params: { amounts: { cny: 200 } },
      },
    ])
    expect(rules.slice(3)).toEqual([
      { id: "service_area", enabled: false, params: { strict: true } },
      { id: "capacity", enabled: false, params: {} },
      { id: "priority", enabled: false, params: {} },
      { id: "hq_fallback", enabled: false, params: {} },
    ])
  })

  it("keeps a complete list as it is", () => {
    expect(RoutingRulesSchema.parse(DEFAULT_ROUTING_RULES)).toEqual(
      DEFAULT_ROUTING_RULES
    )
  })

  it("names the field and what is allowed, the way a person reads it", () => {
    expect(
      messages([
        { id: "service_area", params: { strict: true } },
        { id: "capacity" },
        { id: "fewest_splits", params: { max_splits: 1.5 } },
      ])
    ).toEqual([
      "rules[2].params.max_splits must be a whole number from 0 to 10",
    ])
    expect(
      messages([{ id: "fewest_splits", params: { max_splits: 11 } }])
    ).toEqual([
      "rules[0].params.max_splits must be a whole number from 0 to 10",
    ])
    expect(
      messages([{ id: "fewest_splits", params: { max_splits: "2" } }])
    ).toEqual([
      "rules[0].params.max_splits must be a whole number from 0 to 10",
    ])
    expect(
      messages([{ id: "nearest", params: { max_distance_km: 0 } }])
    ).toEqual([
      "rules[0].params.max_distance_km must be a number of kilometres above 0, or null for no limit",
    ])
    expect(messages([{ id: "closest" }])).toEqual([
      'rules[0].id "closest" is not a routing rule; rules are service_area, fewest_splits, nearest, priority, capacity, hq_fallback, min_split_value',
    ])
    expect(messages([{ enabled: true }])).toEqual([
      expect.stringMatching(/^rules\[0\]\.id is missing; rules are /),
    ])
    expect(messages([{ id: "priority" }, { id: "priority" }])).toEqual([
      'rules[1].id "priority" is listed twice (also at position 0); list each rule once',
    ])
    expect(messages([{ id: "priority", enabled: "yes" }])).toEqual([
      "rules[0].enabled must be true or false",
    ])
    expect(messages([{ id: "priority", params: { weight: 2 } }])).toEqual([
      "rules[0].params.weight is not a parameter of the priority rule",
    ])
    expect(messages([{ id: "priority", order: 1 }])).toEqual([
      "rules[0].order is not a field of a rule; a rule has id, enabled and params",
    ])
    expect(
      messages([{ id: "min_split_value", params: { amounts: { yuan: 5 } } }])
    ).toEqual([
      'rules[0].params.amounts.yuan is not an ISO 4217 currency code Medusa knows (e.g. "cny", "usd")',
    ])
    expect(
      messages([{ id: "min_split_value", params: { amounts: { cny: -5 } } }])
    ).toEqual(["rules[0].params.amounts.cny must be an amount of zero or more"])
    expect(messages(["nearest"])).toEqual([
      "rules[0] must be a rule: an object with id, enabled and params",
    ])
    expect(messages({ id: "nearest" })).toEqual([
      "rules must be a list of rules",
    ])
  })

  it("reports problems at their path inside a request body", () => {
    const body = z.strictObject({ rules: RoutingRulesSchema })
    const parsed = body.safeParse({
      rules: [{ id: "fewest_splits", params: { max_splits: -1 } }],
    })
    expect(parsed.success).toBe(false)
    expect(parsed.error?.issues[0]).toEqual(
      expect.objectContaining({
        path: ["rules", 0, "params", "max_splits"],
        message:
          "rules[0].params.max_splits must be a whole number from 0 to 10",
      })
    )
  })

  it("normalizes a stored list, falling back to the defaults when unreadable", () => {
    expect(normalizeRoutingRules([{ id: "priority" }])[0]).toEqual({
      id: "priority",
      enabled: true,
      params: {},
    })
    expect(normalizeRoutingRules({ nope: true })).toEqual(DEFAULT_ROUTING_RULES)
  })
})

describe("parsePluginOptions: routing", () => {
  it("uses the default rules and strategies when none are given", () => {
    const { routing } = parsePluginOptions({})
    expect(routing.rules).toEqual(DEFAULT_ROUTING_RULES)
    expect(routing.strategy).toBeUndefined()
    expect(routing.geocoder).toBeUndefined()
  })

  it("completes the configured rules and keeps custom strategies", () => {
    const strategy = {
      route: () => ({
        status: "unallocated" as const,
        allocations: [],
        unallocated: [],
        trace: [],
        summary: "",
      }),
    }
    const geocoder = {
      geocode: () => ({ point: null, source: null, label: null }),
    }
    const { routing } = parsePluginOptions({
      routing: { rules: [{ id: "priority" }], strategy, geocoder },
    })
    expect(routing.rules).toHaveLength(DEFAULT_ROUTING_RULES.length)
    expect(routing.rules[0]).toEqual({
      id: "priority",
      enabled: true,
      params: {},
    })
    expect(routing.rules.slice(1).every((r) => !r.enabled)).toBe(true)
    expect(routing.strategy).toBe(strategy)
    expect(routing.geocoder).toBe(geocoder)
  })

  it("names the wrong routing option", () => {
    expect(() =>
      parsePluginOptions({
        routing: {
          rules: [{ id: "fewest_splits", params: { max_splits: 20 } }],
        },
      })
    ).toThrow(
      /option routing\.rules\[0\]\.params\.max_splits must be a whole number from 0 to 10/
    )
    expect(() => parsePluginOptions({ routing: { strategy: {} } })).toThrow(
      /option "routing\.strategy" must be an object with a route\(context\) method/
    )
    expect(() => parsePluginOptions({ routing: { geocoder: 1 } })).toThrow(
      /option "routing\.geocoder" must be an object with a geocode/
    )
    expect(() => parsePluginOptions({ routing: { rule: [] } })).toThrow(
      /Unrecognized key.*rule/
    )
  })
})
