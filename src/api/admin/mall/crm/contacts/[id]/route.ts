import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import type MallCrmModuleService from "../../../../../../modules/crm/service"
import type {
  CrmContactRow,
  MatchCandidate,
} from "../../../../../../types/crm-module"
import type { AdminCrmContactResponse } from "../../../../../../types/http/crm-matching"
import { MALL_CRM_MODULE } from "../../../../../../types/modules"

/**
 * One contact with its linked customers, the contacts merged into it, and
 * its match candidates. A merged contact answers too, pointing at the
 * contact it was merged into.
 */
export const GET = async (
  req: AuthenticatedMedusaRequest,
  res: MedusaResponse<AdminCrmContactResponse>
) => {
  const crm = req.scope.resolve<MallCrmModuleService>(MALL_CRM_MODULE)
  const [contact] = await crm.listCrmContacts({ id: req.params.id })
  if (!contact) {
    throw new MedusaError(
      MedusaError.Types.NOT_FOUND,
      `No CRM contact has the id ${req.params.id}`
    )
  }
  const [links, merged, candidates] = await Promise.all([
    crm.listCustomerLinksByContact(contact.id),
    crm.listCrmContacts(
      { merged_into_id: contact.id },
      { select: ["id", "display_name", "source", "external_id", "updated_at"] }
    ),
    crm.listCrmMatchCandidates(
      { $or: [{ contact_id: contact.id }, { subject_id: contact.id }] },
      { order: { created_at: "DESC" }, take: 100 }
    ),
  ])
  // The module's json columns type as records; these are their real shapes.
  const { normalized: _n, ...rest } = contact as unknown as CrmContactRow
  res.json({
    contact: rest,
    customer_links: links,
    merged_contacts: merged,
    match_candidates: (candidates as unknown as MatchCandidate[]).map(
      ({ subject_normalized: _s, ...c }) => c
    ),
  })
}
