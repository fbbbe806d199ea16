import { defaultCurrencies } from "@medusajs/framework/utils"
import { z } from "@medusajs/framework/zod"
import type { OrderReviewRules } from "../types/order-review"

/**
 * Small prepaid orders skip the review; COD orders and possible duplicates
 * of a customer wait for sales ops. COD orders ship before any money is in,
 * so a call to confirm them pays for itself; new online customers are the
 * mall's point, so they are not held back by default.
 */
export const DEFAULT_ORDER_REVIEW_RULES: OrderReviewRules = {
  enabled: true,
  max_total: { cny: 5000, usd: 1000, eur: 1000 },
  require_known_contact: false,
  allow_guest: true,
  allow_cod: false,
  max_pending_candidates: 0,
}

const flag = z.boolean({ error: "must be true or false" })

const limit = z
  .number({ error: "must be an amount in major units, e.g. 5000" })
  .finite("must be an amount in major units, e.g. 5000")
  .nonnegative("must be zero or more")

export const orderReviewRulesSchema = z.strictObject(
  {
    enabled: flag,
    max_total: z
      .record(z.string(), limit, {
        error:
          "must be an object of amounts per currency, e.g. { cny: 5000, usd: 1000 }",
      })
      .superRefine((amounts, ctx) => {
        const seen = new Map<string, string>()
        for (const code of Object.keys(amounts)) {
          const same = seen.get(code.toLowerCase())
          seen.set(code.toLowerCase(), code)
          if (same !== undefined) {
            ctx.addIssue({
              code: "custom",
              path: [code],
              message: `"${same}" and "${code}" are the same currency; keep one`,
            })
          } else if (!(code.toUpperCase() in defaultCurrencies)) {
            ctx.addIssue({
              code: "custom",
              path: [code],
              message: `"${code}" is not an ISO 4217 currency code Medusa knows (e.g. "cny", "usd")`,
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
      ),
    require_known_contact: flag,
    allow_guest: flag,
    allow_cod: flag,
    max_pending_candidates: z
      .number({ error: "must be a whole number of candidates, e.g. 0" })
      .int("must be a whole number of candidates, e.g. 0")
      .nonnegative("must be zero or more"),
  },
  {
    error: (issue) =>
      issue.code === "unrecognized_keys"
        ? `has unknown rule${issue.keys.length > 1 ? "s" : ""} ${issue.keys.map((k) => `"${k}"`).join(", ")}; rules are ${Object.keys(DEFAULT_ORDER_REVIEW_RULES).join(", ")}`
        : undefined,
  }
)
