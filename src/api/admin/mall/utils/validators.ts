import { MedusaError } from "@medusajs/framework/utils"
import { z } from "@medusajs/framework/zod"
import {
  DEPARTMENTS,
  GATE_KINDS,
  type Department,
  type GateKind,
} from "../../../../types/pipeline"

/** Extra data a route passes to its workflow's hooks. */
export const additionalData = z.record(z.string(), z.unknown()).optional()

/**
 * A value that must be sent (not null either), with our message when it is
 * missing. A message on the schema itself (`z.string({ error })`) never
 * reaches the caller: Medusa answers zod's invalid_type issue for a missing
 * field with its own "Field 'x' is required".
 */
export const required = <T extends z.ZodType>(message: string, schema: T) =>
  z
    .unknown()
    .refine((value) => value !== undefined && value !== null, {
      error: message,
      abort: true,
    })
    .pipe(schema)

/** A required, non-blank text field, trimmed. */
export const requiredText = (field: string, hint: string, max = 2000) =>
  required(
    `${field} is required: ${hint}`,
    z
      .string()
      .trim()
      .refine((s) => s.length > 0, `${field} must not be empty: ${hint}`)
      .refine(
        (s) => s.length <= max,
        `${field} is longer than ${max} characters`
      )
  )

const boundedText = (field: string, max: number) =>
  z
    .string(`${field} must be text`)
    .trim()
    .refine((s) => s.length <= max, `${field} is longer than ${max} characters`)

/** An optional text field, trimmed; blank counts as absent. */
export const optionalText = (field: string, max = 200) =>
  boundedText(field, max)
    .optional()
    .transform((s) => s || undefined)

/**
 * An optional text field that may also be sent as null, to clear it; blank
 * counts as absent. Always null when absent, as the column it fills.
 */
export const nullableText = (field: string, max = 200) =>
  boundedText(field, max)
    .nullish()
    .transform((s) => s || null)

/** One value, a comma-separated list, or a repeated query parameter. */
export const listOf = <T extends z.ZodType>(item: T) =>
  z.preprocess(
    (value) =>
      typeof value === "string"
        ? value
            .split(",")
            .map((v) => v.trim())
            .filter(Boolean)
        : value,
    z.array(item)
  )

/** `limit`/`offset` query parameters. */
export const paginationParams = {
  limit: z.coerce
    .number()
    .int("limit must be a whole number")
    .refine((n) => n >= 1 && n <= 500, "limit must be between 1 and 500")
    .default(50),
  offset: z.coerce
    .number()
    .int("offset must be a whole number")
    .refine((n) => n >= 0, "offset must be 0 or more")
    .default(0),
}

/** Checks the `:kind` of a gate route. */
export function parseGateKind(value: string): GateKind {
  if ((GATE_KINDS as readonly string[]).includes(value)) {
    return value as GateKind
  }
  throw new MedusaError(
    MedusaError.Types.INVALID_DATA,
    `"${value}" is not a gate; gates are ${GATE_KINDS.join(", ")}`
  )
}

/** Checks the `:department` of a department route. */
export function parseDepartment(value: string): Department {
  if ((DEPARTMENTS as readonly string[]).includes(value)) {
    return value as Department
  }
  throw new MedusaError(
    MedusaError.Types.INVALID_DATA,
    `Unknown department "${value}"; departments are ${DEPARTMENTS.join(", ")}`
  )
}

/**
 * One of a fixed list of strings, with our own message for anything else
 * (Medusa rewrites zod's enum messages and loses the value inside arrays).
 * Given the field's name instead of a message, the message names the field,
 * the choices and the value: `status must be open, closed, not "done"`.
 */
export const oneOf = <T extends string>(
  values: readonly T[],
  message: string | ((value: string) => string)
) => {
  const choices = `${message} must be ${values.join(", ")}`
  const describe =
    typeof message === "string"
      ? (value: string) => `${choices}, not "${value}"`
      : message
  return z
    .string(typeof message === "string" ? { error: choices } : undefined)
    .refine((value) => (values as readonly string[]).includes(value), {
      error: (issue) => describe(String(issue.input)),
    })
    .transform((value) => value as T)
}

/**
 * A number within bounds, with our own messages (Medusa rewrites zod's
 * too_small/too_big messages into "Value for field ... too big").
 */
export const boundedNumber = (
  field: string,
  min: number,
  max: number,
  options: { int?: boolean; message?: string } = {}
) => {
  const range = options.message ?? `${field} must be between ${min} and ${max}`
  const base = z.number(`${field} must be a number`)
  return (
    options.int ? base.int(`${field} must be a whole number`) : base
  ).refine((n) => n >= min && n <= max, range)
}
