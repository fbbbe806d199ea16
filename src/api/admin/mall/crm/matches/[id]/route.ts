import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import type MallCrmModuleService from "../../../../../../modules/crm/service"
import type { AdminCrmMatchCandidateResponse } from "../../../../../../types/http/crm-matching"
import { MALL_CRM_MODULE } from "../../../../../../types/modules"
import { findMatchCandidate } from "../../../../../../workflows/crm/steps/retrieve-match-candidate"
import { matchCandidateView } from "../helpers"

/** One match candidate with both records side by side. */
export const GET = async (
  req: AuthenticatedMedusaRequest,
  res: MedusaResponse<AdminCrmMatchCandidateResponse>
) => {
  const crm = req.scope.resolve<MallCrmModuleService>(MALL_CRM_MODULE)
  const candidate = await findMatchCandidate(crm, req.params.id)
  if (!candidate) {
    throw new MedusaError(
      MedusaError.Types.NOT_FOUND,
      `No match candidate has the id ${req.params.id}`
    )
  }
  res.json({
    match_candidate: await matchCandidateView(req.scope, crm, candidate),
  })
}
