import { emitEventStep } from "@medusajs/medusa/core-flows"
import {
  createHook,
  createWorkflow,
  transform,
  WorkflowResponse,
  type Hook,
  type ReturnWorkflow,
} from "@medusajs/framework/workflows-sdk"
import type { MergeContactsResult } from "../../../types/crm-module"
import { MallEvents } from "../../../types/modules"
import { assertDepartmentMemberStep } from "../../pipeline/steps/assert-department-member"
import { recordAuditEntriesStep } from "../../pipeline/steps/record-audit-entries"
import {
  checkContactMergeStep,
  mergeContactsStep,
  type CheckedContactMerge,
} from "../steps/merge-contacts"

export const mergeContactsWorkflowId = "mall-merge-crm-contacts"

export interface MergeContactsWorkflowInput {
  /** The contact that stays. */
  survivor_id: string
  /** The contact folded into it; it stays too, pointing at the survivor. */
  merged_id: string
  /** Why these are one customer (required). */
  reason: string
  /** The sales ops user merging. */
  actor_id: string
  /** Extra data for hook handlers. */
  additional_data?: Record<string, unknown>
}

export type MergeContactsWorkflowHooks = [
  Hook<
    "validate",
    { input: MergeContactsWorkflowInput; contacts: CheckedContactMerge },
    unknown
  >,
  Hook<
    "contactsMerged",
    {
      result: MergeContactsResult
      additional_data: Record<string, unknown> | undefined
    },
    unknown
  >,
]

/**
 * Merges two CRM contacts (never customers): the merged contact's customer
 * links, keys and pending candidates move to the survivor, its phones,
 * emails and addresses are added, and it stays, pointing at the survivor,
 * so everything that named it can still be followed. The survivor's
 * normalised form and keys are recomputed. Only sales ops members may
 * merge (403); a contact cannot be merged into itself or merged twice
 * (400). Used by `POST /admin/mall/crm/contacts/:id/merge`.
 *
 * @example
 * await mergeContactsWorkflow(container).run({
 *   input: { survivor_id: "crmct_1", merged_id: "crmct_2", reason: "Same company, two imports", actor_id: "user_1" },
 * })
 *
 * @summary
 * Merge two CRM contacts.
 *
 * @property hooks.validate - Runs before anything is written; throw a `MedusaError` to refuse.
 * @property hooks.contactsMerged - Runs after the merge.
 */
export const mergeContactsWorkflow: ReturnWorkflow<
  MergeContactsWorkflowInput,
  MergeContactsResult,
  MergeContactsWorkflowHooks
> = createWorkflow(
  mergeContactsWorkflowId,
  (input: MergeContactsWorkflowInput) => {
    const contacts = checkContactMergeStep({
      survivor_id: input.survivor_id,
      merged_id: input.merged_id,
      reason: input.reason,
    })
    assertDepartmentMemberStep({
      actor_id: input.actor_id,
      department: "sales_ops",
      action: "merge CRM contacts",
    })
    const validate = createHook("validate", { input, contacts })

    const merged = mergeContactsStep({
      survivor_id: input.survivor_id,
      merged_id: input.merged_id,
    })

    recordAuditEntriesStep(
      transform({ input, merged }, ({ input, merged }) => [
        {
          entity_type: "crm_contact",
          entity_id: merged.survivor.id,
          action: "crm_contacts.merged",
          actor_id: input.actor_id,
          department: "sales_ops",
          reason: input.reason,
          data: {
            survivor_id: merged.survivor.id,
            merged_id: merged.merged.id,
            moved: merged.moved,
          },
        },
      ])
    )
    emitEventStep({
      eventName: MallEvents.CRM_CONTACTS_MERGED,
      data: transform({ input, merged }, ({ input, merged }) => ({
        survivor_id: merged.survivor.id,
        merged_id: merged.merged.id,
        moved: merged.moved,
        actor_id: input.actor_id,
      })),
    })

    const contactsMerged = createHook("contactsMerged", {
      result: merged,
      additional_data: input.additional_data,
    })
    return new WorkflowResponse(merged, {
      hooks: [validate, contactsMerged],
    })
  }
)
