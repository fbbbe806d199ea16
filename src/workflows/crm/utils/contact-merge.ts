import { MedusaError } from "@medusajs/framework/utils"
import type MallCrmModuleService from "../../../modules/crm/service"
import type {
  CrmContactRow,
  CustomerLink,
  MergeContactsResult,
  StoredContact,
} from "../../../types/crm-module"
import { contactRecordOf, withDistinctValues } from "./customer-record"

/**
 * Contact reads and merges shared by the matching workflows, with the undo
 * data their compensations need: a merge runs in one transaction of the
 * module, but a workflow that fails after it must put both contacts back.
 */

/** A contact by id (merged or not), or null. */
export async function findContact(
  crm: MallCrmModuleService,
  id: string
): Promise<CrmContactRow | null> {
  const [row] = await crm.listCrmContacts({ id }, { take: 1 })
  return (row as unknown as CrmContactRow | undefined) ?? null
}

/** The contact, 404 when it does not exist. */
export async function retrieveContact(
  crm: MallCrmModuleService,
  id: string
): Promise<CrmContactRow> {
  const contact = await findContact(crm, id)
  if (!contact) {
    throw new MedusaError(
      MedusaError.Types.NOT_FOUND,
      `No CRM contact has the id ${id}`
    )
  }
  return contact
}

/** The contact that stands for `id` today: itself, or the one it was merged into. */
export async function retrieveLiveContact(
  crm: MallCrmModuleService,
  id: string
): Promise<CrmContactRow> {
  let contact = await retrieveContact(crm, id)
  // Merges flatten chains, so this is one hop; the bound guards a bad row.
  for (let hops = 0; contact.merged_into_id && hops < 10; hops++) {
    contact = await retrieveContact(crm, contact.merged_into_id)
  }
  return contact
}

/**
 * True when the contact was made for this customer alone (an online
 * contact no other customer links to): folding it into another contact
 * then loses nobody's choice.
 */
export async function isOwnOnlineContact(
  crm: MallCrmModuleService,
  contact: Pick<StoredContact, "id" | "source">,
  customer_id: string
): Promise<boolean> {
  if (contact.source !== "online") {
    return false
  }
  const links = await crm.listCustomerLinksByContact(contact.id)
  return links.every((l) => l.customer_id === customer_id)
}

/**
 * Normalises the contact's fields again and rewrites its keys: after a
 * merge its lists hold both contacts' values, and the lookup must find it
 * by all of them. Phones and emails that are the same once normalised are
 * listed once.
 */
export async function refreshContactKeys(
  crm: MallCrmModuleService,
  contact: StoredContact
): Promise<void> {
  const matcher = crm.getMatcher()
  const { phones, emails } = withDistinctValues(
    contactRecordOf(contact),
    matcher
  )
  const normalized = matcher.normalize({
    ...contactRecordOf(contact),
    phones,
    emails,
  })
  await crm.updateContactWithKeys(
    contact.id,
    { phones, emails, normalized },
    matcher.blockingKeys(normalized)
  )
}

/** What a merge changed, to put it back. */
export interface MergeUndo {
  survivor: CrmContactRow
  merged: CrmContactRow
  /** Customer links that pointed at the merged contact. */
  link_ids: string[]
  /** Pending candidates that named the merged contact (moved or dropped by the merge). */
  candidate_ids: string[]
  /** Contacts merged into the merged one earlier (the merge re-pointed them). */
  chained_ids: string[]
}

/**
 * Folds `merged_id` into `survivor_id` (service.mergeContacts), recomputes
 * the survivor's normalised form and keys, and returns what the merge did
 * with what it takes to undo it.
 */
export async function mergeContactsWithUndo(
  crm: MallCrmModuleService,
  survivor_id: string,
  merged_id: string
): Promise<{ result: MergeContactsResult; undo: MergeUndo }> {
  const [survivor, merged] = await Promise.all([
    findContact(crm, survivor_id),
    findContact(crm, merged_id),
  ])
  const [links, candidates, chained] = await Promise.all([
    crm.listCustomerLinksByContact(merged_id),
    crm.listCrmMatchCandidates(
      { contact_id: merged_id, status: "pending" },
      { select: ["id"], take: null }
    ),
    crm.listCrmContacts(
      { merged_into_id: merged_id },
      { select: ["id"], take: null }
    ),
  ])
  // The module checks both contacts again under row locks and refuses
  // unknown, merged or identical ones with a clear error.
  const result = await crm.mergeContacts({ survivor_id, merged_id })
  const undo: MergeUndo = {
    survivor: survivor!,
    merged: merged!,
    link_ids: links.map((l: CustomerLink) => l.id),
    candidate_ids: candidates.map((c) => c.id),
    chained_ids: chained.map((c) => c.id),
  }
  try {
    await refreshContactKeys(crm, result.survivor)
  } catch (error) {
    // The caller never sees this merge's undo data: put it back here.
    await undoMerge(crm, undo)
    throw error
  }
  return { result, undo }
}

/** Puts both contacts of a merge back as they were (a compensation). */
export async function undoMerge(
  crm: MallCrmModuleService,
  undo: MergeUndo
): Promise<void> {
  const { survivor, merged } = undo
  const matcher = crm.getMatcher()
  // The survivor first: the merged contact's external id may have moved to
  // it, and only one contact may hold an external id.
  await crm.updateCrmContacts({
    id: survivor.id,
    first_name: survivor.first_name,
    last_name: survivor.last_name,
    full_name: survivor.full_name,
    display_name: survivor.display_name,
    phones: survivor.phones as unknown as Record<string, unknown>,
    emails: survivor.emails as unknown as Record<string, unknown>,
    addresses: survivor.addresses as unknown as Record<string, unknown>,
    company_name: survivor.company_name,
    tax_id: survivor.tax_id,
    external_id: survivor.external_id,
    normalized: survivor.normalized as unknown as Record<string, unknown>,
    metadata: survivor.metadata,
  })
  await crm.updateCrmContacts({
    id: merged.id,
    merged_into_id: merged.merged_into_id,
    external_id: merged.external_id,
    metadata: merged.metadata,
  })
  if (undo.chained_ids.length) {
    await crm.updateCrmContacts(
      undo.chained_ids.map((id) => ({ id, merged_into_id: merged.id }))
    )
  }
  if (undo.link_ids.length) {
    await crm.updateCrmCustomerLinks(
      undo.link_ids.map((id) => ({ id, contact_id: merged.id }))
    )
  }
  if (undo.candidate_ids.length) {
    await crm.restoreCrmMatchCandidates(undo.candidate_ids)
    await crm.updateCrmMatchCandidates(
      undo.candidate_ids.map((id) => ({ id, contact_id: merged.id }))
    )
  }
  await crm.replaceContactKeys(
    survivor.id,
    matcher.blockingKeys(survivor.normalized)
  )
  await crm.replaceContactKeys(
    merged.id,
    matcher.blockingKeys(merged.normalized)
  )
}

/** A link as it was before a workflow changed it, to put it back. */
export interface LinkUndo {
  customer_id: string
  previous: CustomerLink | null
}

/** Restores a customer's link as it was (or removes the one a workflow made). */
export async function undoLink(
  crm: MallCrmModuleService,
  undo: LinkUndo
): Promise<void> {
  if (undo.previous) {
    await crm.linkCustomer({
      customer_id: undo.customer_id,
      contact_id: undo.previous.contact_id,
      linked_by: undo.previous.linked_by,
      score: undo.previous.score,
      match_candidate_id: undo.previous.match_candidate_id,
    })
    return
  }
  const link = await crm.retrieveCustomerLink(undo.customer_id)
  if (link) {
    await crm.deleteCrmCustomerLinks(link.id)
  }
}

/** A candidate's decision, to put back. */
export interface DecisionUndo {
  id: string
  status: "pending" | "accepted" | "rejected"
  decided_by: string | null
  decided_at: Date | null
  reason: string | null
}

export async function undoDecisions(
  crm: MallCrmModuleService,
  decisions: DecisionUndo[]
): Promise<void> {
  if (decisions.length) {
    await crm.updateCrmMatchCandidates(decisions.map((d) => ({ ...d })))
  }
}
