import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import type MallCrmModuleService from "../../../../../../../modules/crm/service"
import type { AdminCrmAcceptMatchResponse } from "../../../../../../../types/http/crm-matching"
import { MALL_CRM_MODULE } from "../../../../../../../types/modules"
import { acceptMatchCandidateWorkflow } from "../../../../../../../workflows/crm"
import { retrieveContact } from "../../../../../../../workflows/crm/utils/contact-merge"
import { matchCandidateView, toContactView } from "../../helpers"
import type { AdminAcceptMatchCandidateType } from "../../validators"

/**
 * Accept a match candidate, as a member of sales ops: the customer is
 * linked to the contact (its own online contact merged into it), or the
 * imported contact is merged into it.
 */
export const POST = async (
  req: AuthenticatedMedusaRequest<AdminAcceptMatchCandidateType>,
  res: MedusaResponse<AdminCrmAcceptMatchResponse>
) => {
  const { reason, additional_data } = req.validatedBody
  const { result } = await acceptMatchCandidateWorkflow(req.scope).run({
    input: {
      id: req.params.id,
      actor_id: req.auth_context.actor_id,
      reason: reason ?? null,
      additional_data,
    },
  })
  const crm = req.scope.resolve<MallCrmModuleService>(MALL_CRM_MODULE)
  res.json({
    match_candidate: await matchCandidateView(
      req.scope,
      crm,
      result.match_candidate
    ),
    contact: toContactView(await retrieveContact(crm, result.contact_id)),
    merged_contact_id: result.merged_contact_id,
    moved: result.moved,
    link: result.link,
    rejected_candidate_ids: result.rejected_candidate_ids,
  })
}
