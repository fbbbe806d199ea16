import { defaultCurrencies } from "@medusajs/framework/utils"
import { z } from "@medusajs/framework/zod"
import {
  REMITTANCE_LINE_OUTCOMES,
  REMITTANCE_LINE_STATUSES,
  REMITTANCE_STATUSES,
} from "../../../../../types/cod-collection"
import { MAX_STATEMENT_LINES } from "../../../../../workflows/finance/utils/parse-remittance-csv"
import {
  additionalData,
  listOf,
  nullableText,
  oneOf,
  paginationParams,
  required,
  requiredText,
} from "../../utils/validators"

const blankToUndefined = (v: unknown) =>
  typeof v === "string" && !v.trim() ? undefined : v

const currencyCode = z
  .string()
  .trim()
  .refine((c) => c.toUpperCase() in defaultCurrencies, {
    error: (issue) =>
      `currency_code "${String(issue.input)}" is not an ISO 4217 currency code (e.g. "cny")`,
  })
  .transform((c) => c.toLowerCase())
  .nullish()

/** The statement's currency, for lines without one; blank form fields are left out. */
const statementCurrency = z.preprocess(blankToUndefined, currencyCode)

/** A line's values are checked one by one by the import, so a bad value only makes that line invalid. */
const StatementLine = z.strictObject({
  tracking_number: z.unknown().optional(),
  order_display_id: z.unknown().optional(),
  amount: z.unknown().optional(),
  currency_code: z.unknown().optional(),
  collected_at: z.unknown().optional(),
})

/** The statement fields, shared by the JSON body and the CSV upload's form fields. */
const statementFields = {
  carrier: requiredText(
    "carrier",
    'name the courier whose statement this is, e.g. "SF Express"',
    200
  ),
  statement_reference: requiredText(
    "statement_reference",
    "give the courier's statement number",
    200
  ),
  bank_reference: nullableText("bank_reference"),
  currency_code: statementCurrency,
}

export const AdminImportRemittance = z.strictObject({
  ...statementFields,
  lines: required(
    "lines is required: a list of statement lines, or upload the statement as a CSV file",
    z
      .array(StatementLine)
      .refine(
        (l) => l.length > 0,
        "lines is empty: a statement has at least one line"
      )
      .refine(
        (l) => l.length <= MAX_STATEMENT_LINES,
        `a statement may have at most ${MAX_STATEMENT_LINES} lines`
      )
  ),
  additional_data: additionalData,
})

export type AdminImportRemittanceType = z.infer<typeof AdminImportRemittance>

/** The form fields that come with a CSV statement upload. */
export const AdminImportRemittanceCsvFields = z.strictObject(statementFields)

export const AdminGetRemittancesParams = z.strictObject({
  carrier: z.string().trim().min(1).optional(),
  status: listOf(oneOf(REMITTANCE_STATUSES, "status")).optional(),
  ...paginationParams,
})

export type AdminGetRemittancesParamsType = z.infer<
  typeof AdminGetRemittancesParams
>

export const AdminGetRemittanceParams = z.strictObject({
  /** Only lines with these outcomes. */
  outcome: listOf(oneOf(REMITTANCE_LINE_OUTCOMES, "outcome")).optional(),
  /** Only lines with these statuses. */
  status: listOf(oneOf(REMITTANCE_LINE_STATUSES, "status")).optional(),
  limit: z.coerce
    .number()
    .int("limit must be a whole number")
    .refine((n) => n >= 1 && n <= 5000, "limit must be between 1 and 5000")
    .default(1000),
  offset: paginationParams.offset,
})

export type AdminGetRemittanceParamsType = z.infer<
  typeof AdminGetRemittanceParams
>

export const AdminConfirmRemittance = z.strictObject({
  additional_data: additionalData,
})

export type AdminConfirmRemittanceType = z.infer<typeof AdminConfirmRemittance>

export const AdminAcceptRemittanceLine = z.strictObject({
  reason: requiredText(
    "reason",
    "say why finance accepts the amount the courier remitted",
    200
  ),
  additional_data: additionalData,
})

export type AdminAcceptRemittanceLineType = z.infer<
  typeof AdminAcceptRemittanceLine
>
