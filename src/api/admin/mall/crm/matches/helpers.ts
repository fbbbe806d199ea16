import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type MallCrmModuleService from "../../../../../modules/crm/service"
import type {
  CrmContactRow,
  MatchCandidate,
} from "../../../../../types/crm-module"
import type {
  AdminCrmContactView,
  AdminCrmCustomerView,
  AdminCrmMatchCandidate,
} from "../../../../../types/http/crm-matching"

/** A contact without its normalised form and metadata (what the admin shows). */
export function toContactView(contact: CrmContactRow): AdminCrmContactView {
  return {
    id: contact.id,
    kind: contact.kind,
    display_name: contact.display_name,
    first_name: contact.first_name ?? null,
    last_name: contact.last_name ?? null,
    full_name: contact.full_name ?? null,
    phones: contact.phones ?? [],
    emails: contact.emails ?? [],
    company_name: contact.company_name ?? null,
    tax_id: contact.tax_id ?? null,
    addresses: contact.addresses ?? [],
    source: contact.source,
    external_id: contact.external_id ?? null,
    merged_into_id: contact.merged_into_id ?? null,
    created_at: contact.created_at,
    updated_at: contact.updated_at,
  }
}

/** Contacts by id (merged ones included), as views. */
export async function contactViews(
  crm: MallCrmModuleService,
  ids: string[]
): Promise<Map<string, AdminCrmContactView>> {
  const unique = [...new Set(ids)]
  if (!unique.length) {
    return new Map()
  }
  const rows = (await crm.listCrmContacts(
    { id: unique },
    { take: null }
  )) as unknown as CrmContactRow[]
  return new Map(rows.map((row) => [row.id, toContactView(row)]))
}

/**
 * For contacts gone from the list (deleted), the contact each had been
 * merged into, if any: the survivor is what the admin can still open.
 */
async function deletedContactsMergedInto(
  crm: MallCrmModuleService,
  ids: string[]
): Promise<Map<string, string | null>> {
  const unique = [...new Set(ids)]
  if (!unique.length) {
    return new Map()
  }
  const rows = await crm.listCrmContacts(
    { id: unique },
    { select: ["id", "merged_into_id"], withDeleted: true, take: null }
  )
  return new Map(rows.map((row) => [row.id, row.merged_into_id ?? null]))
}

/** Medusa customers by id, as views. */
export async function customerViews(
  container: MedusaContainer,
  ids: string[]
): Promise<Map<string, AdminCrmCustomerView>> {
  const unique = [...new Set(ids)]
  if (!unique.length) {
    return new Map()
  }
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "customer",
    fields: ["id", "email", "first_name", "last_name", "phone", "has_account"],
    filters: { id: unique },
  })
  return new Map(
    (data as AdminCrmCustomerView[]).map((c) => [
      c.id,
      {
        id: c.id,
        email: c.email ?? null,
        first_name: c.first_name ?? null,
        last_name: c.last_name ?? null,
        phone: c.phone ?? null,
        has_account: !!c.has_account,
      },
    ])
  )
}

/**
 * Candidates with both sides read in three queries whatever their number:
 * the contacts they name, the contact subjects and the customer subjects
 * (and one more for deleted contacts, when a candidate names one).
 */
export async function matchCandidateViews(
  container: MedusaContainer,
  crm: MallCrmModuleService,
  candidates: MatchCandidate[]
): Promise<AdminCrmMatchCandidate[]> {
  const contactIds = candidates.flatMap((c) =>
    c.subject_type === "contact" ? [c.contact_id, c.subject_id] : [c.contact_id]
  )
  const customerIds = candidates
    .filter((c) => c.subject_type === "customer")
    .map((c) => c.subject_id)
  const [contacts, customers] = await Promise.all([
    contactViews(crm, contactIds),
    customerViews(container, customerIds),
  ])
  const deleted = await deletedContactsMergedInto(
    crm,
    candidates.map((c) => c.contact_id).filter((id) => !contacts.has(id))
  )
  return candidates.map((c) => ({
    id: c.id,
    status: c.status,
    score: Number(c.score),
    evidence: c.evidence ?? [],
    subject_type: c.subject_type,
    subject_id: c.subject_id,
    subject: c.subject,
    customer:
      c.subject_type === "customer"
        ? (customers.get(c.subject_id) ?? null)
        : null,
    subject_contact:
      c.subject_type === "contact"
        ? (contacts.get(c.subject_id) ?? null)
        : null,
    contact: contacts.get(c.contact_id) ?? null,
    contact_id: c.contact_id,
    contact_merged_into_id:
      contacts.get(c.contact_id)?.merged_into_id ??
      deleted.get(c.contact_id) ??
      null,
    decided_by: c.decided_by ?? null,
    decided_at: c.decided_at ?? null,
    reason: c.reason ?? null,
    created_at: c.created_at,
    updated_at: c.updated_at,
  }))
}

/** One candidate as a view. */
export async function matchCandidateView(
  container: MedusaContainer,
  crm: MallCrmModuleService,
  candidate: MatchCandidate
): Promise<AdminCrmMatchCandidate> {
  const [view] = await matchCandidateViews(container, crm, [candidate])
  return view
}
