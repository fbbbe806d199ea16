import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import type MallCrmModuleService from "../../../../../../../modules/crm/service"
import type { AdminCrmMatchCandidateResponse } from "../../../../../../../types/http/crm-matching"
import { MALL_CRM_MODULE } from "../../../../../../../types/modules"
import { rejectMatchCandidateWorkflow } from "../../../../../../../workflows/crm"
import { matchCandidateView } from "../../helpers"
import type { AdminRejectMatchCandidateType } from "../../validators"

/** Reject a match candidate with a reason, as a member of sales ops. */
export const POST = async (
  req: AuthenticatedMedusaRequest<AdminRejectMatchCandidateType>,
  res: MedusaResponse<AdminCrmMatchCandidateResponse>
) => {
  const { reason, additional_data } = req.validatedBody
  const { result } = await rejectMatchCandidateWorkflow(req.scope).run({
    input: {
      id: req.params.id,
      actor_id: req.auth_context.actor_id,
      reason: reason!,
      additional_data,
    },
  })
  const crm = req.scope.resolve<MallCrmModuleService>(MALL_CRM_MODULE)
  res.json({
    match_candidate: await matchCandidateView(req.scope, crm, result),
  })
}
