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

/** A required, non-blank text field, trimmed. */
export const requiredText = (field: string, hint: string) =>
  z
    .string()
    .trim()
    .refine((s) => s.length > 0, `${field} must not be empty: ${hint}`)
    .refine((s) => s.length <= 2000, `${field} is longer than 2000 characters`)

/** An optional text field, trimmed; blank counts as absent. */
export const optionalText = (field: string, max = 200) =>
  z
    .string(`${field} must be text`)
    .trim()
    .refine((s) => s.length <= max, `${field} is longer than ${max} characters`)
    .optional()
    .transform((s) => s || undefined)

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
 */
export const oneOf = <T extends string>(
  values: readonly T[],
  message: (value: string) => string
) =>
  z
    .string()
    .refine((value) => (values as readonly string[]).includes(value), {
      error: (issue) => message(String(issue.input)),
    })
    .transform((value) => value as T)

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
