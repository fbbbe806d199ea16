import { defaultCurrencies } from "@medusajs/framework/utils"
import { z } from "@medusajs/framework/zod"
import {
  ROUTING_RULE_IDS,
  type RoutingRule,
  type RoutingRuleId,
  type RoutingRuleParams,
} from "../types/routing"

/**
 * The rules in force until an admin saves others, in the order they apply:
 * stay in the buyer's area, skip full warehouses, split at most once, then
 * nearest, then the admin's priority; HQ ships what nothing else can.
 */
export const DEFAULT_ROUTING_RULES: RoutingRule[] = [
  { id: "service_area", enabled: true, params: { strict: true } },
  { id: "capacity", enabled: true, params: {} },
  { id: "fewest_splits", enabled: true, params: { max_splits: 1 } },
  { id: "nearest", enabled: true, params: { max_distance_km: null } },
  { id: "priority", enabled: true, params: {} },
  { id: "min_split_value", enabled: true, params: { amounts: {} } },
  { id: "hq_fallback", enabled: true, params: {} },
]

/** Splits beyond this make no sense for a parcel and would slow routing down. */
export const MAX_SPLITS_LIMIT = 10

/**
 * A rule as a merchant writes it: `enabled` defaults to true and missing
 * params take the rule's defaults.
 */
export type RoutingRuleInput = {
  [K in RoutingRuleId]: {
    id: K
    enabled?: boolean
    params?: Partial<RoutingRuleParams[K]>
  }
}[RoutingRuleId]

const maxSplitsMessage = `must be a whole number from 0 to ${MAX_SPLITS_LIMIT}`
const distanceMessage =
  "must be a number of kilometres above 0, or null for no limit"

/** Per rule, its params; every field optional so a merchant may give only what differs. */
const PARAM_SCHEMAS: { [K in RoutingRuleId]: z.ZodType } = {
  service_area: z.strictObject({
    strict: z.boolean({ error: "must be true or false" }).optional(),
  }),
  fewest_splits: z.strictObject({
    max_splits: z
      .number({ error: maxSplitsMessage })
      .int(maxSplitsMessage)
      .min(0, maxSplitsMessage)
      .max(MAX_SPLITS_LIMIT, maxSplitsMessage)
      .optional(),
  }),
  nearest: z.strictObject({
    max_distance_km: z
      .number({ error: distanceMessage })
      .finite(distanceMessage)
      .positive(distanceMessage)
      .nullable()
      .optional(),
  }),
  priority: z.strictObject({}),
  capacity: z.strictObject({}),
  hq_fallback: z.strictObject({}),
  min_split_value: z.strictObject({
    amounts: z
      .record(
        z.string(),
        z
          .number({ error: "must be an amount of zero or more" })
          .finite("must be an amount of zero or more")
          .nonnegative("must be an amount of zero or more")
      )
      .optional(),
  }),
}

const RULE_KEYS = ["id", "enabled", "params"]

/** `rules[2].params.max_splits`, the way a person reads a path. */
function describePath(label: string, path: PropertyKey[]): string {
  return path.reduce<string>(
    (out, key) =>
      typeof key === "number" ? `${out}[${key}]` : `${out}.${String(key)}`,
    label
  )
}

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === "object" && v !== null && !Array.isArray(v)

type Problem = { path: (string | number)[]; message: string }

function checkRule(
  raw: unknown,
  index: number,
  seen: Map<RoutingRuleId, number>
): { rule: RoutingRule | null; problems: Problem[] } {
  const problems: Problem[] = []
  const at = (path: (string | number)[], message: string) =>
    problems.push({ path: [index, ...path], message })

  if (!isObject(raw)) {
    at([], "must be a rule: an object with id, enabled and params")
    return { rule: null, problems }
  }
  for (const key of Object.keys(raw)) {
    if (!RULE_KEYS.includes(key)) {
      at([key], "is not a field of a rule; a rule has id, enabled and params")
    }
  }
  const id = raw.id as RoutingRuleId
  if (!ROUTING_RULE_IDS.includes(id)) {
    at(
      ["id"],
      `${raw.id === undefined ? "is missing" : `"${String(raw.id)}" is not a routing rule`}; rules are ${ROUTING_RULE_IDS.join(", ")}`
    )
    return { rule: null, problems }
  }
  const first = seen.get(id)
  if (first !== undefined) {
    at(
      ["id"],
      `"${id}" is listed twice (also at position ${first}); list each rule once`
    )
  } else {
    seen.set(id, index)
  }
  if (raw.enabled !== undefined && typeof raw.enabled !== "boolean") {
    at(["enabled"], "must be true or false")
  }

  const params = PARAM_SCHEMAS[id].safeParse(raw.params ?? {})
  if (!params.success) {
    for (const issue of params.error.issues) {
      if (issue.code === "unrecognized_keys") {
        for (const key of issue.keys) {
          at(
            ["params", ...(issue.path as (string | number)[]), key],
            `is not a parameter of the ${id} rule`
          )
        }
      } else if (issue.code === "invalid_type" && issue.path.length === 0) {
        at(["params"], "must be an object")
      } else {
        at(["params", ...(issue.path as (string | number)[])], issue.message)
      }
    }
  }
  if (id === "min_split_value" && params.success) {
    const amounts = (params.data as { amounts?: Record<string, number> })
      .amounts
    for (const code of Object.keys(amounts ?? {})) {
      if (!(code.toUpperCase() in defaultCurrencies)) {
        at(
          ["params", "amounts", code],
          `is not an ISO 4217 currency code Medusa knows (e.g. "cny", "usd")`
        )
      }
    }
  }
  if (problems.length) {
    return { rule: null, problems }
  }

  const defaults = DEFAULT_ROUTING_RULES.find((r) => r.id === id)!
  const given = params.data as Record<string, unknown>
  const merged: Record<string, unknown> = { ...defaults.params }
  for (const [key, value] of Object.entries(given)) {
    if (value !== undefined) {
      merged[key] = value
    }
  }
  if (id === "min_split_value") {
    merged.amounts = Object.fromEntries(
      Object.entries(merged.amounts as Record<string, number>).map(
        ([code, amount]) => [code.toLowerCase(), amount]
      )
    )
  }
  return {
    rule: {
      id,
      enabled: (raw.enabled as boolean | undefined) ?? true,
      params: merged,
    } as RoutingRule,
    problems,
  }
}

/**
 * Rules missing from a list are appended disabled, in their default order,
 * so every screen and strategy always sees all of them.
 */
export function completeRoutingRules(rules: RoutingRule[]): RoutingRule[] {
  const listed = new Set(rules.map((rule) => rule.id))
  return [
    ...rules,
    ...DEFAULT_ROUTING_RULES.filter((rule) => !listed.has(rule.id)).map(
      (rule) => ({ ...rule, enabled: false }) as RoutingRule
    ),
  ]
}

/**
 * A schema for a rule list whose messages name the field the way a person
 * reads it (`rules[2].params.max_splits must be a whole number from 0 to
 * 10`), whichever formatter prints them: `label` is the name of the list.
 * Its output is complete (see `completeRoutingRules`).
 */
export function routingRulesSchema(label = "rules") {
  return z
    .custom<RoutingRuleInput[]>()
    .transform((list, ctx): RoutingRule[] => {
      if (!Array.isArray(list)) {
        ctx.addIssue({
          code: "custom",
          message: `${label} must be a list of rules`,
          params: { self_described: true },
        })
        return z.NEVER
      }
      const seen = new Map<RoutingRuleId, number>()
      const rules: RoutingRule[] = []
      list.forEach((raw, index) => {
        const { rule, problems } = checkRule(raw, index, seen)
        for (const problem of problems) {
          ctx.addIssue({
            code: "custom",
            path: problem.path,
            message: `${describePath(label, problem.path)} ${problem.message}`,
            params: { self_described: true },
          })
        }
        if (rule) {
          rules.push(rule)
        }
      })
      return completeRoutingRules(rules)
    })
}

export const RoutingRulesSchema = routingRulesSchema("rules")

/** A saved or configured list, made complete; an unreadable one yields the defaults. */
export function normalizeRoutingRules(value: unknown): RoutingRule[] {
  const parsed = RoutingRulesSchema.safeParse(value)
  return parsed.success ? parsed.data : DEFAULT_ROUTING_RULES
}
