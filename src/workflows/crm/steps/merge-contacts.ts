import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type MallCrmModuleService from "../../../modules/crm/service"
import type {
  CrmContactRow,
  MergeContactsResult,
} from "../../../types/crm-module"
import { MALL_CRM_MODULE } from "../../../types/modules"
import {
  mergeContactsWithUndo,
  retrieveContact,
  undoMerge,
  type MergeUndo,
} from "../utils/contact-merge"

export const checkContactMergeStepId = "mall-check-crm-contact-merge"
export const mergeContactsStepId = "mall-merge-crm-contacts"

export interface MergeContactsStepInput {
  /** The contact that stays. */
  survivor_id: string
  /** The contact folded into it; kept, pointing at the survivor. */
  merged_id: string
}

export interface CheckedContactMerge {
  survivor: CrmContactRow
  merged: CrmContactRow
}

/**
 * Refuses a merge that cannot be done, before anything is written: no
 * reason, the same contact twice, an unknown contact (404), a contact
 * already merged (400).
 */
export const checkContactMergeStep = createStep(
  checkContactMergeStepId,
  async (
    input: MergeContactsStepInput & { reason?: string | null },
    { container }
  ) => {
    if (!input.reason?.trim()) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        "reason is required to merge contacts: say why they are one customer"
      )
    }
    if (input.survivor_id === input.merged_id) {
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        `Contact ${input.survivor_id} cannot be merged into itself; choose two different contacts`
      )
    }
    const crm = container.resolve<MallCrmModuleService>(MALL_CRM_MODULE)
    const [survivor, merged] = [
      await retrieveContact(crm, input.survivor_id),
      await retrieveContact(crm, input.merged_id),
    ]
    for (const contact of [survivor, merged]) {
      if (contact.merged_into_id) {
        throw new MedusaError(
          MedusaError.Types.NOT_ALLOWED,
          `Contact ${contact.id} was already merged into ${contact.merged_into_id}; merge with ${contact.merged_into_id} instead`
        )
      }
    }
    return new StepResponse<CheckedContactMerge>({ survivor, merged })
  }
)

/**
 * Folds one contact into another (service.mergeContacts: links, keys and
 * pending candidates move, lists are united, the merged contact stays and
 * points at the survivor), then recomputes the survivor's normalised form
 * and keys. Compensation puts both contacts back.
 */
export const mergeContactsStep = createStep(
  mergeContactsStepId,
  async (input: MergeContactsStepInput, { container }) => {
    const crm = container.resolve<MallCrmModuleService>(MALL_CRM_MODULE)
    const { result, undo } = await mergeContactsWithUndo(
      crm,
      input.survivor_id,
      input.merged_id
    )
    return new StepResponse<MergeContactsResult, MergeUndo>(result, undo)
  },
  async (undo, { container }) => {
    if (!undo) {
      return
    }
    await undoMerge(
      container.resolve<MallCrmModuleService>(MALL_CRM_MODULE),
      undo
    )
  }
)
