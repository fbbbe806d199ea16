import { defaultCurrencies, MedusaError } from "@medusajs/framework/utils"
import { z } from "@medusajs/framework/zod"
import type { CodEligibilityStrategy, CodSettings } from "../types/cod"
import type {
  GeocoderStrategy,
  RoutingRule,
  RoutingStrategy,
} from "../types/routing"
import {
  CHANNEL_MODES,
  LAST_UNIT_POLICIES,
  type ChannelAllocationSettings,
} from "../types/channel-inventory"
import {
  COST_BEARERS,
  GATE_KINDS,
  type PipelineSettings,
} from "../types/pipeline"
import { DEFAULT_ROUTING_RULES, routingRulesSchema } from "./routing-rules"
import type { CrmMatcherStrategy, MatchThresholds } from "../types/crm"
import type {
  OrderReviewRules,
  OrderReviewStrategy,
} from "../types/order-review"
import { DEFAULT_MATCH_THRESHOLDS } from "../strategies/crm-matcher"
import {
  crmConnectorOptionsSchema,
  type CrmConnectorOptions,
} from "./crm-connector-options"
import {
  DEFAULT_ORDER_REVIEW_RULES,
  orderReviewRulesSchema,
} from "./order-review-rules"

const amount = z
  .number()
  .finite()
  .nonnegative("must be zero or more")
  .refine(
    // Tolerate binary float noise (0.1 * 10000 is 1000.0000000000001).
    (n) => Math.abs(n * 10_000 - Math.round(n * 10_000)) < 1e-6,
    "has more than 4 decimals"
  )

/** Amounts keyed by currency; keys are checked here so the message names the bad one. */
const currencyAmounts = (field: string) =>
  z
    .record(z.string(), amount)
    .superRefine((amounts, ctx) => {
      for (const code of Object.keys(amounts)) {
        if (!(code.toUpperCase() in defaultCurrencies)) {
          ctx.addIssue({
            code: "custom",
            path: [code],
            message: `${field}: "${code}" is not an ISO 4217 currency code Medusa knows (e.g. "cny", "usd")`,
          })
        }
      }
    })
    .transform((amounts) =>
      Object.fromEntries(
        Object.entries(amounts).map(([code, value]) => [
          code.toLowerCase(),
          value,
        ])
      )
    )

const lowerList = z
  .array(z.string().trim().min(1))
  .transform((l) => [...new Set(l.map((v) => v.toLowerCase()))])

/** The editable COD rules. Every field optional: a partial update. */
export const CodSettingsSchema = z.strictObject({
  enabled: z.boolean(),
  max_order_total: currencyAmounts("max_order_total"),
  allowed_countries: z
    .array(
      z.string().refine((c) => /^[a-zA-Z]{2}$/.test(c), {
        error: (issue) =>
          `allowed_countries: "${String(issue.input)}" is not a 2-letter ISO 3166-1 country code (e.g. "cn")`,
      })
    )
    .transform((l) => [...new Set(l.map((c) => c.toLowerCase()))]),
  allowed_provinces: lowerList,
  allowed_postal_prefixes: z
    .array(
      z
        .string()
        .trim()
        .refine((p) => /^[A-Za-z0-9 -]+$/.test(p), {
          error: (issue) =>
            `allowed_postal_prefixes: "${String(issue.input)}" is not a postal-code prefix (letters, digits, spaces or dashes)`,
        })
    )
    .transform((l) => [...new Set(l.map((v) => v.toUpperCase()))]),
  excluded_product_tags: lowerList,
  excluded_product_ids: z.array(z.string().trim().min(1)),
  max_refused_deliveries: z.number().int().min(1).nullable(),
  fee: currencyAmounts("fee"),
})

export const DEFAULT_COD_SETTINGS: CodSettings = {
  enabled: true,
  max_order_total: {},
  allowed_countries: [],
  allowed_provinces: [],
  allowed_postal_prefixes: [],
  excluded_product_tags: [],
  excluded_product_ids: [],
  max_refused_deliveries: 2,
  fee: {},
}

const gateKind = z.enum(GATE_KINDS, {
  error: (issue) =>
    `"${String(issue.input)}" is not a gate; gates are ${GATE_KINDS.join(", ")}`,
})

export const PipelineSettingsSchema = z.strictObject({
  required_gates: z.strictObject({
    prepaid: z.array(gateKind),
    cod: z.array(gateKind),
  }),
  sla_hours: z.strictObject({
    payment: z.number().positive("must be more than 0 hours"),
    customer_review: z.number().positive("must be more than 0 hours"),
    routing: z.number().positive("must be more than 0 hours"),
  }),
  refused_delivery_bearer: z.enum(COST_BEARERS, {
    error: (issue) =>
      `"${String(issue.input)}" is not a cost bearer; bearers are ${COST_BEARERS.join(", ")}`,
  }),
})

export const DEFAULT_PIPELINE_SETTINGS: PipelineSettings = {
  // Prepaid orders wait for finance to see the money; COD orders ship first.
  // Every order waits for sales ops to know its buyer (small prepaid orders
  // pass automatically under the CRM's review rules) and until each line
  // has a warehouse.
  required_gates: {
    prepaid: ["payment", "customer_review", "routing"],
    cod: ["customer_review", "routing"],
  },
  sla_hours: { payment: 24, customer_review: 24, routing: 4 },
  refused_delivery_bearer: "enterprise",
}

const strategy = z.custom<CodEligibilityStrategy>(
  (v) =>
    typeof v === "object" &&
    v !== null &&
    typeof (v as CodEligibilityStrategy).evaluate === "function",
  "must be an object with an evaluate(context) method"
)

const routingStrategy = z.custom<RoutingStrategy>(
  (v) =>
    typeof v === "object" &&
    v !== null &&
    typeof (v as RoutingStrategy).route === "function",
  "must be an object with a route(context) method"
)

const geocoder = z.custom<GeocoderStrategy>(
  (v) =>
    typeof v === "object" &&
    v !== null &&
    typeof (v as GeocoderStrategy).geocode === "function",
  "must be an object with a geocode(destination, centroids) method"
)

export const RoutingOptionsSchema = z.strictObject({
  /** Missing rules are appended disabled; no list at all means the defaults. */
  rules: routingRulesSchema("routing.rules").optional(),
  strategy: routingStrategy.optional(),
  geocoder: geocoder.optional(),
})

const safetyStock = z
  .number("must be a number of units")
  .int("must be a whole number of units")
  .refine((n) => n >= 0 && n <= 1_000_000, "must be from 0 to 1000000 units")

export const ChannelDefaultsSchema = z.strictObject({
  mode: z.enum(CHANNEL_MODES, {
    error: (issue) =>
      `"${String(issue.input)}" is not a mode; modes are ${CHANNEL_MODES.join(", ")}`,
  }),
  online_safety_stock: safetyStock,
  offline_safety_stock: safetyStock,
  last_unit_policy: z.enum(LAST_UNIT_POLICIES, {
    error: (issue) =>
      `"${String(issue.input)}" is not a policy; policies are ${LAST_UNIT_POLICIES.join(", ")}`,
  }),
})

/** Both channels sell one pool until an admin splits a position. */
export const DEFAULT_CHANNEL_SETTINGS: ChannelAllocationSettings = {
  mode: "shared",
  online_safety_stock: 0,
  offline_safety_stock: 0,
  last_unit_policy: "fcfs",
}

const days = (min: number) =>
  z
    .number("must be a number of days")
    .int("must be a whole number of days")
    .refine((n) => n >= min && n <= 365, `must be from ${min} to 365 days`)

/** How allocation suggestions read the ledger. */
export const ChannelSuggestionOptionsSchema = z.strictObject({
  /** Days of sales the velocity is measured over. */
  window_days: days(1),
  /** Days of offline demand the offline pool should cover. */
  cover_days: days(0),
})

export interface ChannelSuggestionOptions {
  window_days: number
  cover_days: number
}

export const DEFAULT_CHANNEL_SUGGESTIONS: ChannelSuggestionOptions = {
  window_days: 28,
  cover_days: 7,
}

export const ChannelInventoryOptionsSchema = z.strictObject({
  defaults: ChannelDefaultsSchema.partial().optional(),
  suggestions: ChannelSuggestionOptionsSchema.partial().optional(),
})

const matcher = z.custom<CrmMatcherStrategy>(
  (v) =>
    typeof v === "object" &&
    v !== null &&
    ["normalize", "blockingKeys", "score"].every(
      (m) => typeof (v as Record<string, unknown>)[m] === "function"
    ),
  "must be an object with normalize(record), blockingKeys(contact) and score(left, right) methods"
)

const reviewStrategy = z.custom<OrderReviewStrategy>(
  (v) =>
    typeof v === "object" &&
    v !== null &&
    typeof (v as OrderReviewStrategy).evaluate === "function",
  "must be an object with an evaluate(facts, rules) method"
)

const share = z
  .number("must be a number from 0 to 1")
  .refine((n) => n > 0 && n <= 1, "must be more than 0 and at most 1")

export const REJECTED_ORDER_ACTIONS = ["hold", "cancel"] as const
export type RejectedOrderAction = (typeof REJECTED_ORDER_ACTIONS)[number]

export const CrmOptionsSchema = z.strictObject({
  /** ISO 3166-1 alpha-2 country of phones written without a country code. */
  default_country: z
    .string()
    .refine((c) => /^[a-zA-Z]{2}$/.test(c), {
      error: (issue) =>
        `"${String(issue.input)}" is not a 2-letter ISO 3166-1 country code (e.g. "CN")`,
    })
    .transform((c) => c.toUpperCase())
    .optional(),
  thresholds: z
    .strictObject({ auto_link: share, review: share })
    .partial()
    .optional(),
  matcher: matcher.optional(),
  order_review: orderReviewRulesSchema
    .partial()
    .extend({
      /** What a rejection does to the order: hold it (fulfilment blocked) or cancel it. */
      on_reject: z
        .enum(REJECTED_ORDER_ACTIONS, {
          error: (issue) =>
            `"${String(issue.input)}" is not an action; a rejected order is "hold" or "cancel"`,
        })
        .optional(),
      strategy: reviewStrategy.optional(),
    })
    .optional(),
  /** Where approved orders go; none configured means no sync jobs. */
  connector: crmConnectorOptionsSchema.optional(),
  sync: z
    .strictObject({
      max_attempts: z
        .number("must be a whole number of attempts")
        .int("must be a whole number of attempts")
        .refine((n) => n >= 1 && n <= 100, "must be from 1 to 100 attempts"),
      base_delay_ms: z
        .number("must be a number of milliseconds")
        .int("must be a whole number of milliseconds")
        .refine((n) => n >= 0, "must be zero or more"),
    })
    .partial()
    .optional(),
})

export const PluginOptionsSchema = z.strictObject({
  cod: CodSettingsSchema.partial()
    .extend({ eligibility_strategy: strategy.optional() })
    .optional(),
  pipeline: PipelineSettingsSchema.partial()
    .extend({
      required_gates: PipelineSettingsSchema.shape.required_gates
        .partial()
        .optional(),
      sla_hours: PipelineSettingsSchema.shape.sla_hours.partial().optional(),
    })
    .optional(),
  routing: RoutingOptionsSchema.optional(),
  channel_inventory: ChannelInventoryOptionsSchema.optional(),
  crm: CrmOptionsSchema.optional(),
})

export type EnterpriseMallOptions = z.input<typeof PluginOptionsSchema>

export interface ResolvedPluginOptions {
  cod: {
    defaults: CodSettings
    eligibility_strategy?: CodEligibilityStrategy
  }
  pipeline: { defaults: PipelineSettings }
  routing: {
    /** Complete: every rule once, in the order they apply. */
    rules: RoutingRule[]
    strategy?: RoutingStrategy
    geocoder?: GeocoderStrategy
  }
  channel_inventory: {
    /** How a position without its own allocation is shared. */
    defaults: ChannelAllocationSettings
    /** The window and cover of allocation suggestions, unless a request says otherwise. */
    suggestions: ChannelSuggestionOptions
  }
  crm: {
    default_country: string
    thresholds: MatchThresholds
    matcher?: CrmMatcherStrategy
    order_review: {
      rules: OrderReviewRules
      on_reject: RejectedOrderAction
      strategy?: OrderReviewStrategy
    }
    connector?: CrmConnectorOptions
    sync: { max_attempts: number; base_delay_ms: number }
  }
}

export const DEFAULT_CRM_SYNC = { max_attempts: 8, base_delay_ms: 30_000 }

/** Medusa passes these alongside the plugin's own options to every module. */
const MEDUSA_INJECTED_KEYS = ["database", "providers", "moduleName"]

/**
 * Validates the options given to the plugin in `medusa-config.ts`. A wrong
 * option stops startup with a message that names it and says what is allowed.
 */
export function parsePluginOptions(raw: unknown): ResolvedPluginOptions {
  const input = { ...((raw ?? {}) as Record<string, unknown>) }
  for (const key of MEDUSA_INJECTED_KEYS) {
    delete input[key]
  }
  const parsed = PluginOptionsSchema.safeParse(input)
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => {
      // Routing rule messages already name their field ("routing.rules[2]...").
      if (
        issue.code === "custom" &&
        (issue.params as { self_described?: boolean } | undefined)
          ?.self_described
      ) {
        return `option ${issue.message}`
      }
      const path = issue.path.join(".") || "(root)"
      return `option "${path}" ${issue.message}`
    })
    throw new MedusaError(
      MedusaError.Types.INVALID_ARGUMENT,
      `medusa-plugin-enterprise-mall: invalid plugin options: ${problems.join("; ")}`
    )
  }
  const { eligibility_strategy, ...cod } = parsed.data.cod ?? {}
  const pipeline = parsed.data.pipeline ?? {}
  const routing = parsed.data.routing ?? {}
  const crm = parsed.data.crm ?? {}
  const {
    on_reject,
    strategy: review_strategy,
    ...review_rules
  } = crm.order_review ?? {}
  const thresholds = { ...DEFAULT_MATCH_THRESHOLDS, ...crm.thresholds }
  if (thresholds.review > thresholds.auto_link) {
    throw new MedusaError(
      MedusaError.Types.INVALID_ARGUMENT,
      `medusa-plugin-enterprise-mall: invalid plugin options: option "crm.thresholds" review (${thresholds.review}) must not be above auto_link (${thresholds.auto_link})`
    )
  }
  return {
    cod: {
      defaults: { ...DEFAULT_COD_SETTINGS, ...cod },
      eligibility_strategy,
    },
    pipeline: {
      defaults: {
        ...DEFAULT_PIPELINE_SETTINGS,
        ...pipeline,
        required_gates: {
          ...DEFAULT_PIPELINE_SETTINGS.required_gates,
          ...pipeline.required_gates,
        },
        sla_hours: {
          ...DEFAULT_PIPELINE_SETTINGS.sla_hours,
          ...pipeline.sla_hours,
        },
      },
    },
    routing: {
      rules: routing.rules ?? DEFAULT_ROUTING_RULES,
      strategy: routing.strategy,
      geocoder: routing.geocoder,
    },
    channel_inventory: {
      defaults: {
        ...DEFAULT_CHANNEL_SETTINGS,
        ...parsed.data.channel_inventory?.defaults,
      },
      suggestions: {
        ...DEFAULT_CHANNEL_SUGGESTIONS,
        ...parsed.data.channel_inventory?.suggestions,
      },
    },
    crm: {
      default_country: crm.default_country ?? "CN",
      thresholds,
      matcher: crm.matcher,
      order_review: {
        rules: { ...DEFAULT_ORDER_REVIEW_RULES, ...review_rules },
        on_reject: on_reject ?? "hold",
        strategy: review_strategy,
      },
      connector: crm.connector,
      sync: { ...DEFAULT_CRM_SYNC, ...crm.sync },
    },
  }
}
