import { z } from "@medusajs/framework/zod"
import { CONTACT_KINDS, CONTACT_SOURCES } from "../../../../../types/crm"
import { MAX_CONTACT_LINES } from "../../../../../workflows/crm"
import {
  additionalData,
  oneOf,
  optionalText,
  paginationParams,
  requiredText,
} from "../../utils/validators"

export const AdminImportContacts = z.strictObject({
  contacts: z
    .array(z.unknown(), "contacts must be a list of contacts")
    .refine((l) => l.length >= 1, "contacts must hold at least one contact")
    .refine(
      (l) => l.length <= MAX_CONTACT_LINES,
      `contacts holds at most ${MAX_CONTACT_LINES} lines; split the import`
    )
    .refine(
      (l) =>
        l.every(
          (m) => typeof m === "object" && m !== null && !Array.isArray(m)
        ),
      "each contact must be an object with a name (or company_name) and its phones, emails and address"
    )
    .transform((l) => l as Record<string, unknown>[]),
  additional_data: additionalData,
})
export type AdminImportContactsType = z.infer<typeof AdminImportContacts> & {
  /** Set instead of `contacts` when a CSV file was uploaded. */
  rows?: { line: number; [column: string]: unknown }[]
}

export const AdminGetContactsParams = z.strictObject({
  q: optionalText("q"),
  source: oneOf(
    CONTACT_SOURCES,
    (v) => `source must be one of ${CONTACT_SOURCES.join(", ")}, not "${v}"`
  ).optional(),
  kind: oneOf(
    CONTACT_KINDS,
    (v) => `kind must be person or company, not "${v}"`
  ).optional(),
  ...paginationParams,
})
export type AdminGetContactsParamsType = z.infer<typeof AdminGetContactsParams>

export const AdminMergeContacts = z
  .strictObject({
    contact_id: requiredText(
      "contact_id",
      "give the id of the contact to merge into this one"
    ),
    reason: optionalText("reason", 2000),
    additional_data: additionalData,
  })
  // A merge cannot be undone from the admin: say why.
  .refine((body) => !!body.reason, {
    message:
      "reason is required to merge contacts: say why they are one customer",
    path: ["reason"],
  })
export type AdminMergeContactsType = z.infer<typeof AdminMergeContacts>
