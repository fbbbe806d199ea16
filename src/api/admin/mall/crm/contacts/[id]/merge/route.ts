import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import type MallCrmModuleService from "../../../../../../../modules/crm/service"
import type { AdminCrmMergeContactsResponse } from "../../../../../../../types/http/crm-matching"
import { MALL_CRM_MODULE } from "../../../../../../../types/modules"
import { mergeContactsWorkflow } from "../../../../../../../workflows/crm"
import { retrieveContact } from "../../../../../../../workflows/crm/utils/contact-merge"
import { toContactView } from "../../../matches/helpers"
import type { AdminMergeContactsType } from "../../validators"

/**
 * Merge the contact `contact_id` into this one, as a member of sales ops.
 * The merged contact stays, pointing at this one; its customers, keys and
 * pending candidates move here.
 */
export const POST = async (
  req: AuthenticatedMedusaRequest<AdminMergeContactsType>,
  res: MedusaResponse<AdminCrmMergeContactsResponse>
) => {
  const { contact_id, reason, additional_data } = req.validatedBody
  const { result } = await mergeContactsWorkflow(req.scope).run({
    input: {
      survivor_id: req.params.id,
      merged_id: contact_id,
      reason: reason!,
      actor_id: req.auth_context.actor_id,
      additional_data,
    },
  })
  // Read again: the workflow tidied the survivor's lists after the merge.
  const crm = req.scope.resolve<MallCrmModuleService>(MALL_CRM_MODULE)
  res.json({
    contact: toContactView(await retrieveContact(crm, result.survivor.id)),
    merged_contact: toContactView(result.merged),
    moved: result.moved,
  })
}
