import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import type MallCrmModuleService from "../../../../../modules/crm/service"
import type { AdminCrmMatchCandidateListResponse } from "../../../../../types/http/crm-matching"
import { MALL_CRM_MODULE } from "../../../../../types/modules"
import { matchCandidateViews } from "./helpers"
import type { AdminGetMatchCandidatesParamsType } from "./validators"

/**
 * The review queue: match candidates, newest first unless `order` says
 * otherwise (`-score`: the likeliest first), narrowed by `q` (a name,
 * company, phone or e-mail in either record), each with the subject
 * as it was compared, the existing contact as it is now, the customer (for
 * a customer subject), the score and the evidence per field.
 */
export const GET = async (
  req: AuthenticatedMedusaRequest<unknown, AdminGetMatchCandidatesParamsType>,
  res: MedusaResponse<AdminCrmMatchCandidateListResponse>
) => {
  const { limit, offset, ...filters } = req.validatedQuery
  const crm = req.scope.resolve<MallCrmModuleService>(MALL_CRM_MODULE)
  const [rows, count] = await crm.searchMatchCandidates(filters, {
    skip: offset,
    take: limit,
  })
  res.json({
    match_candidates: await matchCandidateViews(req.scope, crm, rows),
    count,
    offset,
    limit,
  })
}
