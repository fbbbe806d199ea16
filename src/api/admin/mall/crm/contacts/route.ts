import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import type MallCrmModuleService from "../../../../../modules/crm/service"
import type { AdminCrmContactListResponse } from "../../../../../types/http/crm-matching"
import { MALL_CRM_MODULE } from "../../../../../types/modules"
import type { AdminGetContactsParamsType } from "./validators"

/**
 * Contacts, newest first. `q` finds a contact by a phone or email however
 * it is written, or by name, company or external id.
 */
export const GET = async (
  req: AuthenticatedMedusaRequest<unknown, AdminGetContactsParamsType>,
  res: MedusaResponse<AdminCrmContactListResponse>
) => {
  const { limit, offset, ...filters } = req.validatedQuery
  const crm = req.scope.resolve<MallCrmModuleService>(MALL_CRM_MODULE)
  const [contacts, count] = await crm.searchContacts(filters, {
    skip: offset,
    take: limit,
  })
  res.json({
    contacts: contacts.map(({ normalized: _n, ...c }) => c),
    count,
    offset,
    limit,
  })
}
