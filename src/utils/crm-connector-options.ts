import { MedusaError } from "@medusajs/framework/utils"
import { z } from "@medusajs/framework/zod"
import type { CrmConnectorStrategy } from "../types/crm"

/** Long enough to cover a slow CRM, short enough not to pin a worker. */
export const DEFAULT_CRM_WEBHOOK_TIMEOUT_MS = 10_000
export const MAX_CRM_WEBHOOK_TIMEOUT_MS = 120_000

/** Headers the connector sets itself: letting options override them would break signing or dedup. */
export const RESERVED_CRM_WEBHOOK_HEADERS = [
  "content-type",
  "content-length",
  "host",
  "idempotency-key",
  "user-agent",
  "x-mall-signature",
] as const

const MIN_SECRET_LENGTH = 16
const SHAPES =
  '{ type: "webhook", url, secret }, { type: "file", directory }, { resolve: "<module path>", options? } or an object with a deliver(payload) method'

/** RFC 9110 token characters. */
const HEADER_NAME = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/

/** Names the unknown option and lists the allowed ones, instead of zod's bare "Unrecognized key". */
const unknownKeys =
  (kind: string, allowed: string[]) =>
  (issue: { code?: string; keys?: string[] }) =>
    issue.code === "unrecognized_keys"
      ? `has unknown option${issue.keys!.length > 1 ? "s" : ""} ${issue.keys!.map((k) => `"${k}"`).join(", ")}; a ${kind} connector takes ${allowed.join(", ")}`
      : undefined

const required =
  (what: string, example: string) => (issue: { input: unknown }) =>
    issue.input === undefined
      ? `is required: ${what}, e.g. ${example}`
      : `must be a string: ${what}, e.g. ${example}`

const webhookSchema = z.strictObject(
  {
    type: z.literal("webhook"),
    url: z
      .string({
        error: required(
          "the address the CRM receives orders at",
          '"https://crm.example.com/hooks/mall-orders"'
        ),
      })
      .trim()
      .refine(
        (url) => {
          try {
            return ["http:", "https:"].includes(new URL(url).protocol)
          } catch {
            return false
          }
        },
        {
          error: (issue) =>
            `must be an http(s) URL such as "https://crm.example.com/hooks/mall-orders"; got "${String(issue.input)}"`,
        }
      ),
    secret: z
      .string({
        error: required(
          "the shared secret deliveries are signed with",
          "process.env.CRM_WEBHOOK_SECRET"
        ),
      })
      .min(
        MIN_SECRET_LENGTH,
        `must be at least ${MIN_SECRET_LENGTH} characters; generate one with \`openssl rand -hex 32\``
      ),
    timeout_ms: z
      .number({ error: "must be a number of milliseconds" })
      .int("must be a whole number of milliseconds")
      .min(100, "must be at least 100 ms")
      .max(
        MAX_CRM_WEBHOOK_TIMEOUT_MS,
        `must be at most ${MAX_CRM_WEBHOOK_TIMEOUT_MS} ms`
      )
      .default(DEFAULT_CRM_WEBHOOK_TIMEOUT_MS),
    headers: z
      .record(
        z.string(),
        z
          .string({ error: "must be a string header value" })
          .refine((v) => !/[\r\n\0]/.test(v), "must not contain line breaks")
      )
      .superRefine((headers, ctx) => {
        for (const name of Object.keys(headers)) {
          if (!HEADER_NAME.test(name)) {
            ctx.addIssue({
              code: "custom",
              path: [name],
              message: `"${name}" is not a valid HTTP header name`,
            })
          } else if (
            (RESERVED_CRM_WEBHOOK_HEADERS as readonly string[]).includes(
              name.toLowerCase()
            )
          ) {
            ctx.addIssue({
              code: "custom",
              path: [name],
              message: `"${name}" is set by the connector itself and cannot be overridden`,
            })
          }
        }
      })
      .optional(),
  },
  {
    error: unknownKeys("webhook", [
      "type",
      "url",
      "secret",
      "timeout_ms",
      "headers",
    ]),
  }
)

const fileSchema = z.strictObject(
  {
    type: z.literal("file"),
    directory: z
      .string({
        error: required(
          "the folder order files are written to (relative paths start from the server's working directory)",
          '"/var/spool/crm-orders"'
        ),
      })
      .trim()
      .min(1, 'must not be empty, e.g. "/var/spool/crm-orders"'),
  },
  { error: unknownKeys("file", ["type", "directory"]) }
)

const resolveSchema = z.strictObject(
  {
    resolve: z
      .string({ error: "must be a module path string" })
      .trim()
      .min(
        1,
        'must be a module path, e.g. "./src/crm/my-connector" or a package name'
      ),
    options: z
      .record(z.string(), z.unknown(), {
        error: "must be an object passed to the connector's constructor",
      })
      .optional(),
  },
  { error: unknownKeys("custom", ["resolve", "options"]) }
)

export type WebhookCrmConnectorOptions = z.output<typeof webhookSchema>
export type FileCrmConnectorOptions = z.output<typeof fileSchema>
export type ResolveCrmConnectorOptions = z.output<typeof resolveSchema>

/** What a merchant writes under the CRM connector option. */
export type CrmConnectorOptionsInput =
  | z.input<typeof webhookSchema>
  | z.input<typeof fileSchema>
  | z.input<typeof resolveSchema>
  | CrmConnectorStrategy

/** The options after validation, defaults filled in. */
export type CrmConnectorOptions =
  | WebhookCrmConnectorOptions
  | FileCrmConnectorOptions
  | ResolveCrmConnectorOptions
  | CrmConnectorStrategy

const isConnector = (value: object): value is CrmConnectorStrategy =>
  typeof (value as CrmConnectorStrategy).deliver === "function"

/**
 * The CRM connector option: a built-in webhook or file connector, a module to
 * load (`resolve`, like a Medusa module), or a connector instance (as
 * `routing.strategy` takes one). The shape is picked from `type`, `resolve`
 * or `deliver` before validating, so messages name the real problem rather
 * than "matches none of four shapes".
 */
export const crmConnectorOptionsSchema = z
  .custom<CrmConnectorOptionsInput>()
  .transform((value, ctx): CrmConnectorOptions => {
    if (typeof value !== "object" || value === null || Array.isArray(value)) {
      ctx.addIssue({ code: "custom", message: `must be ${SHAPES}` })
      return z.NEVER
    }
    let schema: z.ZodType<CrmConnectorOptions>
    if ("type" in value) {
      if (value.type === "webhook") {
        schema = webhookSchema
      } else if (value.type === "file") {
        schema = fileSchema
      } else {
        ctx.addIssue({
          code: "custom",
          path: ["type"],
          message: `"${String((value as { type?: unknown }).type)}" is not a connector type; types are "webhook" and "file" (for your own connector, use { resolve: "<module path>" } instead of type)`,
        })
        return z.NEVER
      }
    } else if ("resolve" in value) {
      schema = resolveSchema
    } else if (isConnector(value)) {
      if (typeof value.id !== "string" || !value.id) {
        ctx.addIssue({
          code: "custom",
          path: ["id"],
          message:
            'must be a non-empty string naming the connector (e.g. "erp"): sync jobs record which connector sent them',
        })
        return z.NEVER
      }
      return value
    } else {
      ctx.addIssue({ code: "custom", message: `must be ${SHAPES}` })
      return z.NEVER
    }
    const parsed = schema.safeParse(value)
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        ctx.addIssue({
          code: "custom",
          path: issue.path as PropertyKey[],
          message: issue.message,
        })
      }
      return z.NEVER
    }
    return parsed.data
  })

/**
 * Validates connector options outside plugin options (a connector built by
 * hand, or `createCrmConnector`), with the same messages.
 */
export function parseCrmConnectorOptions(
  input: unknown,
  label = "CRM connector"
): CrmConnectorOptions {
  const parsed = crmConnectorOptionsSchema.safeParse(input)
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => {
      const path = issue.path.join(".")
      return path ? `option "${path}" ${issue.message}` : issue.message
    })
    throw new MedusaError(
      MedusaError.Types.INVALID_ARGUMENT,
      `invalid ${label} options: ${problems.join("; ")}`
    )
  }
  return parsed.data
}
