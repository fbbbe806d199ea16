import { Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { displayNameOf } from "../../../modules/crm/utils/contact-rows"
import type MallCrmModuleService from "../../../modules/crm/service"
import {
  rankCandidates,
  type RankedCandidate,
} from "../../../strategies/crm-matcher"
import type { ContactRecord, NormalizedContact } from "../../../types/crm"
import type { CustomerLink, StoredContact } from "../../../types/crm-module"
import { MALL_CRM_MODULE } from "../../../types/modules"
import {
  isOwnOnlineContact,
  mergeContactsWithUndo,
  retrieveLiveContact,
  undoDecisions,
  undoLink,
  undoMerge,
  type DecisionUndo,
  type LinkUndo,
  type MergeUndo,
} from "../utils/contact-merge"
import {
  contactRecordOf,
  enrichRecord,
  withDistinctValues,
} from "../utils/customer-record"

export const matchCustomerStepId = "mall-match-crm-customer-step"

/**
 * The lock every change to a customer's CRM link takes: the customer.created
 * and order.placed subscribers of one guest checkout run at the same time,
 * and only one of them may create the guest's contact.
 */
export const crmCustomerLockKey = (customer_id: string) =>
  `mall-crm-customer:${customer_id}`

/** Seconds to wait for the customer's lock before failing the run. */
const LOCK_TIMEOUT = 10

/** Candidates kept for review per run: a person compares a few, not dozens. */
const MAX_REVIEW_CANDIDATES = 5

export type CustomerMatchOutcome = "auto_link" | "review" | "new" | "unchanged"

export interface MatchCustomerResult {
  customer_id: string
  /** The contact the customer is linked to after the run. */
  contact_id: string
  /**
   * auto_link: linked to an existing contact without review. review: linked
   * to its own new contact, with candidates waiting for a person. new:
   * linked to its own new contact, nobody alike. unchanged: the link stays.
   */
  outcome: CustomerMatchOutcome
  /** Existing contacts that scored at least the review threshold. */
  candidates: number
}

export interface MatchCustomerStepInput {
  customer_id: string
  record: ContactRecord
}

export interface MatchCustomerStepOutput {
  result: MatchCustomerResult
  /** The link this run made or moved; null when the link stayed as it was. */
  link: CustomerLink | null
  /** The customer's own contact, folded into the contact its new details matched. */
  merged_contact_id: string | null
}

type Undo = {
  created_contact_id: string | null
  contact_before: StoredContact | null
  link: LinkUndo | null
  candidate_ids: string[]
  merge: MergeUndo | null
  decisions: DecisionUndo[]
}

type Ranked = RankedCandidate<StoredContact>

/**
 * Links the customer to a CRM contact, under the customer's lock:
 *
 * - not linked yet: a contact scoring at least the auto-link threshold is
 *   linked; otherwise the customer gets its own online contact, and
 *   contacts in the review band become candidates for a person;
 * - linked automatically to its own online contact: phones, emails and
 *   addresses the customer or order brings are added to that contact, and
 *   when they now identify an existing contact (a guest gives the phone
 *   only on the order) its own contact is folded into that one;
 * - linked by a person (review or admin), or to a contact others share:
 *   nothing changes.
 *
 * Running it again with the same data changes nothing. Compensation undoes
 * every write, in reverse order.
 */
export const matchCustomerStep = createStep(
  matchCustomerStepId,
  async (input: MatchCustomerStepInput, { container }) => {
    const crm = container.resolve<MallCrmModuleService>(MALL_CRM_MODULE)
    const locking = container.resolve(Modules.LOCKING)
    const undo: Undo = {
      created_contact_id: null,
      contact_before: null,
      link: null,
      candidate_ids: [],
      merge: null,
      decisions: [],
    }
    try {
      const output = await locking.execute(
        crmCustomerLockKey(input.customer_id),
        () => matchUnderLock(crm, input, undo),
        { timeout: LOCK_TIMEOUT }
      )
      return new StepResponse<MatchCustomerStepOutput, Undo>(output, undo)
    } catch (error) {
      // A step that throws is not compensated: undo its own writes here.
      await undoMatch(crm, undo)
      throw error
    }
  },
  async (undo, { container }) => {
    if (!undo) {
      return
    }
    await undoMatch(
      container.resolve<MallCrmModuleService>(MALL_CRM_MODULE),
      undo
    )
  }
)

async function matchUnderLock(
  crm: MallCrmModuleService,
  input: MatchCustomerStepInput,
  undo: Undo
): Promise<MatchCustomerStepOutput> {
  const link = await crm.retrieveCustomerLink(input.customer_id)
  return link
    ? await rematchLinked(crm, input, link, undo)
    : await matchUnlinked(crm, input, undo)
}

async function rankAgainstContacts(
  crm: MallCrmModuleService,
  normalized: NormalizedContact,
  exclude: string | null
): Promise<Ranked[]> {
  const matcher = crm.getMatcher()
  const keys = matcher.blockingKeys(normalized)
  if (!keys.length) {
    return []
  }
  const found = (await crm.findContactsByKeys(keys)).filter(
    (c) => c.id !== exclude
  )
  return rankCandidates(
    matcher,
    normalized,
    found,
    (c) => c.normalized,
    crm.getMatchThresholds()
  )
}

async function matchUnlinked(
  crm: MallCrmModuleService,
  input: MatchCustomerStepInput,
  undo: Undo
): Promise<MatchCustomerStepOutput> {
  const { customer_id } = input
  const matcher = crm.getMatcher()
  // The customer's phone and the order's may be one phone written twice.
  const record = withDistinctValues(input.record, matcher)
  const normalized = matcher.normalize(record)
  const ranked = await rankAgainstContacts(crm, normalized, null)
  const inBand = ranked.filter((r) => r.outcome !== "new")
  const best = ranked[0]

  if (best?.outcome === "auto_link") {
    undo.link = { customer_id, previous: null }
    const link = await crm.linkCustomer({
      customer_id,
      contact_id: best.candidate.id,
      linked_by: "auto",
      score: best.score,
    })
    await closeCandidate(crm, customer_id, link.contact_id, best.score, undo)
    return {
      result: {
        customer_id,
        contact_id: link.contact_id,
        outcome: "auto_link",
        candidates: inBand.length,
      },
      link,
      merged_contact_id: null,
    }
  }

  // Every customer has a contact: its own, until a person (or better data)
  // says it is someone already known.
  const [created] = await crm.createContactsWithKeys([
    {
      contact: {
        ...record,
        source: "online",
        normalized,
        metadata: { customer_id },
      },
      keys: matcher.blockingKeys(normalized),
    },
  ])
  undo.created_contact_id = created.id
  undo.link = { customer_id, previous: null }
  const link = await crm.linkCustomer({
    customer_id,
    contact_id: created.id,
    linked_by: "auto",
    score: null,
  })
  await recordCandidates(crm, customer_id, record, normalized, inBand, undo)
  return {
    result: {
      customer_id,
      contact_id: link.contact_id,
      outcome: inBand.length ? "review" : "new",
      candidates: inBand.length,
    },
    link,
    merged_contact_id: null,
  }
}

async function rematchLinked(
  crm: MallCrmModuleService,
  input: MatchCustomerStepInput,
  link: CustomerLink,
  undo: Undo
): Promise<MatchCustomerStepOutput> {
  const { customer_id } = input
  const unchanged = (contact_id: string, candidates = 0) => ({
    result: {
      customer_id,
      contact_id,
      outcome: "unchanged" as const,
      candidates,
    },
    link: null,
    merged_contact_id: null,
  })
  // A person linked it: only a person changes it.
  if (link.linked_by !== "auto") {
    return unchanged(link.contact_id)
  }
  const contact = await retrieveLiveContact(crm, link.contact_id)
  // Details of one customer never go into a contact other customers (or an
  // import) share: they would change who that contact is.
  if (!(await isOwnOnlineContact(crm, contact, customer_id))) {
    return unchanged(contact.id)
  }
  const matcher = crm.getMatcher()
  const current = contactRecordOf(contact)
  const { record, changed } = enrichRecord(current, input.record, matcher)
  if (!changed) {
    return unchanged(contact.id)
  }

  undo.contact_before = contact
  const normalized = matcher.normalize(record)
  await crm.updateContactWithKeys(
    contact.id,
    {
      first_name: record.first_name ?? null,
      last_name: record.last_name ?? null,
      full_name: record.full_name ?? null,
      company_name: record.company_name ?? null,
      phones: record.phones,
      emails: record.emails,
      addresses: record.addresses,
      normalized,
    },
    matcher.blockingKeys(normalized)
  )
  const display_name = displayNameOf({
    ...record,
    source: contact.source,
    normalized,
  })
  if (display_name !== contact.display_name) {
    await crm.updateCrmContacts({ id: contact.id, display_name })
  }

  // The new details may say who the customer is.
  const ranked = await rankAgainstContacts(crm, normalized, contact.id)
  const inBand = ranked.filter((r) => r.outcome !== "new")
  const best = ranked[0]
  if (best?.outcome === "auto_link") {
    // The link moves first, in one write with its score: a reader never
    // sees the customer on the contact without the score that put it there.
    undo.link = { customer_id, previous: link }
    const moved = await crm.linkCustomer({
      customer_id,
      contact_id: best.candidate.id,
      linked_by: "auto",
      score: best.score,
    })
    const merge = await mergeContactsWithUndo(
      crm,
      best.candidate.id,
      contact.id
    )
    undo.merge = merge.undo
    await closeCandidate(crm, customer_id, moved.contact_id, best.score, undo)
    return {
      result: {
        customer_id,
        contact_id: moved.contact_id,
        outcome: "auto_link",
        candidates: inBand.length,
      },
      link: moved,
      merged_contact_id: contact.id,
    }
  }
  const created = await recordCandidates(
    crm,
    customer_id,
    record,
    normalized,
    inBand,
    undo
  )
  return created
    ? {
        result: {
          customer_id,
          contact_id: contact.id,
          outcome: "review",
          candidates: inBand.length,
        },
        link: null,
        merged_contact_id: null,
      }
    : unchanged(contact.id, inBand.length)
}

/**
 * Stores the review-band contacts as candidates of the customer (those
 * already asked about keep their decision); returns how many are new.
 */
async function recordCandidates(
  crm: MallCrmModuleService,
  customer_id: string,
  record: ContactRecord,
  normalized: NormalizedContact,
  inBand: Ranked[],
  undo: Undo
): Promise<number> {
  if (!inBand.length) {
    return 0
  }
  const existing = await crm.listCrmMatchCandidates(
    { subject_type: "customer", subject_id: customer_id },
    { select: ["id"], take: null }
  )
  const known = new Set(existing.map((c) => c.id))
  const stored = await crm.upsertMatchCandidates(
    inBand.slice(0, MAX_REVIEW_CANDIDATES).map((r) => ({
      subject_type: "customer" as const,
      subject_id: customer_id,
      subject: record,
      subject_normalized: normalized,
      contact_id: r.candidate.id,
      score: r.score,
      evidence: r.evidence,
    }))
  )
  const created = stored.filter((c) => !known.has(c.id)).map((c) => c.id)
  undo.candidate_ids.push(...created)
  return created.length
}

/**
 * A pending candidate asking whether the customer is the contact it was
 * just linked to automatically is answered: nobody needs to ask again.
 */
async function closeCandidate(
  crm: MallCrmModuleService,
  customer_id: string,
  contact_id: string,
  score: number,
  undo: Undo
): Promise<void> {
  const pending = await crm.listCrmMatchCandidates({
    subject_type: "customer",
    subject_id: customer_id,
    contact_id,
    status: "pending",
  })
  if (!pending.length) {
    return
  }
  undo.decisions.push(
    ...pending.map((c) => ({
      id: c.id,
      status: "pending" as const,
      decided_by: null,
      decided_at: null,
      reason: null,
    }))
  )
  await crm.updateCrmMatchCandidates(
    pending.map((c) => ({
      id: c.id,
      status: "accepted" as const,
      decided_by: null,
      decided_at: new Date(),
      reason: `linked automatically: the customer's details matched with score ${score.toFixed(2)}`,
    }))
  )
}

async function undoMatch(crm: MallCrmModuleService, undo: Undo): Promise<void> {
  await undoDecisions(crm, undo.decisions)
  if (undo.merge) {
    await undoMerge(crm, undo.merge)
  }
  if (undo.contact_before) {
    const before = undo.contact_before
    await crm.updateContactWithKeys(
      before.id,
      {
        first_name: before.first_name,
        last_name: before.last_name,
        full_name: before.full_name,
        company_name: before.company_name,
        phones: before.phones,
        emails: before.emails,
        addresses: before.addresses,
        normalized: before.normalized,
      },
      crm.getMatcher().blockingKeys(before.normalized)
    )
    await crm.updateCrmContacts({
      id: before.id,
      display_name: before.display_name,
    })
  }
  if (undo.link) {
    await undoLink(crm, undo.link)
  }
  if (undo.candidate_ids.length) {
    await crm.deleteCrmMatchCandidates(undo.candidate_ids)
  }
  if (undo.created_contact_id) {
    await crm.replaceContactKeys(undo.created_contact_id, [])
    await crm.deleteCrmContacts(undo.created_contact_id)
  }
}
