import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import type MallCrmModuleService from "../../../../../modules/crm/service"
import type { MatchCandidate } from "../../../../../types/crm-module"
import type { AdminCrmMatchCandidateListResponse } from "../../../../../types/http/crm-matching"
import { MALL_CRM_MODULE } from "../../../../../types/modules"
import { matchCandidateViews } from "./helpers"
import type { AdminGetMatchCandidatesParamsType } from "./validators"

/**
 * The review queue: match candidates, newest first, each with the subject
 * as it was compared, the existing contact as it is now, the customer (for
 * a customer subject), the score and the evidence per field.
 */
export const GET = async (
  req: AuthenticatedMedusaRequest<unknown, AdminGetMatchCandidatesParamsType>,
  res: MedusaResponse<AdminCrmMatchCandidateListResponse>
) => {
  const { limit, offset, ...filters } = req.validatedQuery
  const crm = req.scope.resolve<MallCrmModuleService>(MALL_CRM_MODULE)
  const where = Object.fromEntries(
    Object.entries(filters).filter(([, v]) => v !== undefined)
  )
  const [rows, count] = await crm.listAndCountCrmMatchCandidates(where, {
    skip: offset,
    take: limit,
    order: { created_at: "DESC", id: "DESC" },
  })
  res.json({
    match_candidates: await matchCandidateViews(
      req.scope,
      crm,
      rows as unknown as MatchCandidate[]
    ),
    count,
    offset,
    limit,
  })
}
