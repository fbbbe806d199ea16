import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import type MallCrmModuleService from "../../../../../../modules/crm/service"
import type { MatchCandidate } from "../../../../../../types/crm-module"
import type { AdminCrmCustomerResponse } from "../../../../../../types/http/crm-matching"
import { MALL_CRM_MODULE } from "../../../../../../types/modules"
import { findContact } from "../../../../../../workflows/crm/utils/contact-merge"
import {
  customerViews,
  matchCandidateViews,
  toContactView,
} from "../../matches/helpers"

/**
 * A customer's CRM side, for the customer page widget: its link and
 * contact, the other customers of that contact (a guest and a registered
 * account, several emails), and the candidates waiting for review.
 */
export const GET = async (
  req: AuthenticatedMedusaRequest,
  res: MedusaResponse<AdminCrmCustomerResponse>
) => {
  const customer_id = req.params.id
  const customers = await customerViews(req.scope, [customer_id])
  const customer = customers.get(customer_id)
  if (!customer) {
    throw new MedusaError(
      MedusaError.Types.NOT_FOUND,
      `Customer with id: ${customer_id} was not found`
    )
  }
  const crm = req.scope.resolve<MallCrmModuleService>(MALL_CRM_MODULE)
  const [link, pending] = await Promise.all([
    crm.retrieveCustomerLink(customer_id),
    crm.listCrmMatchCandidates(
      { subject_type: "customer", subject_id: customer_id, status: "pending" },
      { order: { score: "DESC", created_at: "DESC" }, take: 50 }
    ),
  ])
  const contact = link ? await findContact(crm, link.contact_id) : null
  const links = contact ? await crm.listCustomerLinksByContact(contact.id) : []
  const others = await customerViews(
    req.scope,
    links.map((l) => l.customer_id).filter((id) => id !== customer_id)
  )
  res.json({
    customer,
    link,
    contact: contact ? toContactView(contact) : null,
    other_customers: [...others.values()].map(({ phone: _p, ...c }) => c),
    pending_candidates: await matchCandidateViews(
      req.scope,
      crm,
      pending as unknown as MatchCandidate[]
    ),
  })
}
