import { emitEventStep } from "@medusajs/medusa/core-flows"
import {
  createHook,
  createWorkflow,
  transform,
  WorkflowResponse,
  type Hook,
  type ReturnWorkflow,
} from "@medusajs/framework/workflows-sdk"
import { MallEvents } from "../../../types/modules"
import { recordAuditEntriesStep } from "../../pipeline/steps/record-audit-entries"
import {
  checkContactLinesStep,
  type CheckedContactLines,
} from "../steps/check-contact-lines"
import {
  importContactsStep,
  type ImportContactsResult,
} from "../steps/import-contacts"
import type { RawContactLine } from "../utils/contact-lines"

export const importContactsWorkflowId = "mall-import-crm-contacts"

export interface ImportContactsWorkflowInput {
  /** The rows as received (JSON objects or CSV rows), checked line by line. */
  rows: RawContactLine[]
  actor_id?: string | null
  additional_data?: Record<string, unknown>
}

export type ImportContactsWorkflowHooks = [
  Hook<
    "validate",
    { input: ImportContactsWorkflowInput; checked: CheckedContactLines },
    unknown
  >,
  Hook<
    "contactsImported",
    {
      result: ImportContactsResult
      additional_data: Record<string, unknown> | undefined
    },
    unknown
  >,
]

/**
 * Imports offline customers as CRM contacts, deduplicated within the file
 * and against the contacts there are: each line is created, matched to an
 * existing contact (its new phones, emails and addresses are added), folded
 * into an earlier line of the same person, sent to review with its possible
 * duplicates, or rejected with its reasons. A bad line never stops the good
 * ones; importing the same file again creates nothing. Used by
 * `POST /admin/mall/crm/contacts/import`.
 *
 * @summary
 * Import offline customers with dedup.
 *
 * @property hooks.validate - Runs after the lines are checked, before anything is written.
 * @property hooks.contactsImported - Runs after, with the per-line report.
 */
export const importContactsWorkflow: ReturnWorkflow<
  ImportContactsWorkflowInput,
  ImportContactsResult,
  ImportContactsWorkflowHooks
> = createWorkflow(
  importContactsWorkflowId,
  (input: ImportContactsWorkflowInput) => {
    // Every step input and transform resolves (walks and copies) whole
    // values: with 100,000 lines, the lines cross as few of them as they can.
    const checked = checkContactLinesStep(input)
    const validate = createHook("validate", { input, checked })
    const result = importContactsStep(checked)
    const facts = transform({ input, result }, ({ input, result }) => ({
      summary: { ...result.summary },
      actor_id: input.actor_id ?? null,
      additional_data: input.additional_data,
    }))
    recordAuditEntriesStep(
      transform({ facts }, ({ facts }) => [
        {
          entity_type: "crm_import",
          entity_id: `import_${Date.now().toString(36)}`,
          action: "crm_contacts.imported",
          actor_id: facts.actor_id,
          department: "sales_ops",
          data: facts.summary,
        },
      ])
    )
    emitEventStep({
      eventName: MallEvents.CRM_CONTACTS_IMPORTED,
      data: transform({ facts }, ({ facts }) => facts.summary),
    })
    const contactsImported = createHook("contactsImported", {
      result,
      additional_data: transform(
        { facts },
        ({ facts }) => facts.additional_data
      ),
    })
    return new WorkflowResponse(result, {
      hooks: [validate, contactsImported],
    })
  }
)
