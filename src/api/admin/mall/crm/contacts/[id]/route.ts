import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import type MallCrmModuleService from "../../../../../../modules/crm/service"
import { MALL_CRM_MODULE } from "../../../../../../types/modules"

/**
 * One contact with its linked customers, the contacts merged into it, and
 * its match candidates. A merged contact answers too, pointing at the
 * contact it was merged into.
 */
export const GET = async (
  req: AuthenticatedMedusaRequest,
  res: MedusaResponse
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
  const { normalized: _n, ...rest } = contact
  res.json({
    contact: rest,
    customer_links: links,
    merged_contacts: merged,
    match_candidates: candidates.map(({ subject_normalized: _s, ...c }) => c),
  })
}
