import { MedusaError, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type MallCrmModuleService from "../../../modules/crm/service"
import type {
  CustomerLink,
  MatchCandidate,
  MergeContactsResult,
} from "../../../types/crm-module"
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
import { crmCustomerLockKey } from "./match-customer"
import {
  assertCandidatePending,
  findMatchCandidate,
} from "./retrieve-match-candidate"

export const acceptMatchCandidateStepId = "mall-accept-crm-match-candidate"
export const rejectMatchCandidateStepId = "mall-reject-crm-match-candidate"

/** Why the other candidates of a subject are closed when one is accepted. */
export const ANOTHER_CANDIDATE_ACCEPTED = "another candidate was accepted"

const LOCK_TIMEOUT = 10

/**
 * Decisions on one subject are serialised: two reviewers accepting two
 * candidates of one customer at once would link it twice. A customer
 * subject shares the lock of the customer's matching.
 */
const subjectLockKey = (candidate: MatchCandidate) =>
  candidate.subject_type === "customer"
    ? crmCustomerLockKey(candidate.subject_id)
    : `mall-crm-contact-subject:${candidate.subject_id}`

export interface DecideMatchCandidateStepInput {
  id: string
  actor_id: string
  reason?: string | null
}

export interface AcceptMatchCandidateStepOutput {
  match_candidate: MatchCandidate
  /** The contact the subject is now: the candidate's contact. */
  contact_id: string
  /** The contact folded into it (the customer's own contact, or the imported subject). */
  merged_contact_id: string | null
  moved: MergeContactsResult["moved"] | null
  /** The customer's link after the decision (customer subjects only). */
  link: CustomerLink | null
  /** Other pending candidates of the subject, closed by this decision. */
  rejected_candidate_ids: string[]
}

type AcceptUndo = {
  decisions: DecisionUndo[]
  merge: MergeUndo | null
  link: LinkUndo | null
}

const snapshotDecision = (c: MatchCandidate): DecisionUndo => ({
  id: c.id,
  status: c.status,
  decided_by: c.decided_by,
  decided_at: c.decided_at,
  reason: c.reason,
})

async function loadPending(
  crm: MallCrmModuleService,
  id: string
): Promise<MatchCandidate> {
  const candidate = await findMatchCandidate(crm, id)
  if (!candidate) {
    throw new MedusaError(
      MedusaError.Types.NOT_FOUND,
      `No match candidate has the id ${id}`
    )
  }
  // Checked again under the lock: another reviewer may have just decided it.
  assertCandidatePending(candidate)
  return candidate
}

/**
 * Accepts a candidate under its subject's lock: the candidate is decided,
 * the subject's other pending candidates are rejected, and then
 *
 * - a customer subject is linked to the candidate's contact (by review);
 *   when its current contact is its own online contact, that contact is
 *   merged into the candidate's contact, so its history stays reachable;
 * - a contact subject (an imported line) is merged into the candidate's
 *   contact.
 *
 * The survivor's normalised form and keys are recomputed after a merge.
 * Compensation restores the decisions, the merge and the link.
 */
export const acceptMatchCandidateStep = createStep(
  acceptMatchCandidateStepId,
  async (input: DecideMatchCandidateStepInput, { container }) => {
    const crm = container.resolve<MallCrmModuleService>(MALL_CRM_MODULE)
    const locking = container.resolve(Modules.LOCKING)
    const undo: AcceptUndo = { decisions: [], merge: null, link: null }
    const first = await findMatchCandidate(crm, input.id)
    if (!first) {
      throw new MedusaError(
        MedusaError.Types.NOT_FOUND,
        `No match candidate has the id ${input.id}`
      )
    }
    try {
      const output = await locking.execute(
        subjectLockKey(first),
        () => acceptUnderLock(crm, input, undo),
        { timeout: LOCK_TIMEOUT }
      )
      return new StepResponse<AcceptMatchCandidateStepOutput, AcceptUndo>(
        output,
        undo
      )
    } catch (error) {
      await undoAccept(crm, undo)
      throw error
    }
  },
  async (undo, { container }) => {
    if (!undo) {
      return
    }
    await undoAccept(
      container.resolve<MallCrmModuleService>(MALL_CRM_MODULE),
      undo
    )
  }
)

async function acceptUnderLock(
  crm: MallCrmModuleService,
  input: DecideMatchCandidateStepInput,
  undo: AcceptUndo
): Promise<AcceptMatchCandidateStepOutput> {
  const candidate = await loadPending(crm, input.id)
  const target = await retrieveLiveContact(crm, candidate.contact_id)
  const decided_at = new Date()

  undo.decisions.push(snapshotDecision(candidate))
  await crm.updateCrmMatchCandidates({
    id: candidate.id,
    status: "accepted",
    decided_by: input.actor_id,
    decided_at,
    reason: input.reason ?? null,
  })
  const others = (
    (await crm.listCrmMatchCandidates({
      subject_type: candidate.subject_type,
      subject_id: candidate.subject_id,
      status: "pending",
    })) as unknown as MatchCandidate[]
  ).filter((c) => c.id !== candidate.id)
  if (others.length) {
    undo.decisions.push(...others.map(snapshotDecision))
    await crm.updateCrmMatchCandidates(
      others.map((c) => ({
        id: c.id,
        status: "rejected" as const,
        decided_by: input.actor_id,
        decided_at,
        reason: ANOTHER_CANDIDATE_ACCEPTED,
      }))
    )
  }

  let merged: { id: string; moved: MergeContactsResult["moved"] } | null = null
  let link: CustomerLink | null = null
  if (candidate.subject_type === "customer") {
    const customer_id = candidate.subject_id
    const current = await crm.retrieveCustomerLink(customer_id)
    const contact = current
      ? await retrieveLiveContact(crm, current.contact_id)
      : null
    const foldsOwn =
      !!contact &&
      contact.id !== target.id &&
      (await isOwnOnlineContact(crm, contact, customer_id))
    // A person decided: the link says so, and which candidate it came
    // from. It moves before the merge, so the merge finds the customer's
    // own contact without customers.
    undo.link = { customer_id, previous: current }
    link = await crm.linkCustomer({
      customer_id,
      contact_id: target.id,
      linked_by: "review",
      score: candidate.score,
      match_candidate_id: candidate.id,
    })
    if (foldsOwn) {
      const merge = await mergeContactsWithUndo(crm, target.id, contact.id)
      undo.merge = merge.undo
      merged = { id: contact.id, moved: merge.result.moved }
    }
  } else {
    const subject = await retrieveLiveContact(crm, candidate.subject_id)
    if (subject.id !== target.id) {
      const merge = await mergeContactsWithUndo(crm, target.id, subject.id)
      undo.merge = merge.undo
      merged = { id: subject.id, moved: merge.result.moved }
    }
  }

  return {
    match_candidate: (await findMatchCandidate(crm, candidate.id))!,
    contact_id: target.id,
    merged_contact_id: merged?.id ?? null,
    moved: merged?.moved ?? null,
    link,
    rejected_candidate_ids: others.map((c) => c.id),
  }
}

async function undoAccept(
  crm: MallCrmModuleService,
  undo: AcceptUndo
): Promise<void> {
  await undoDecisions(crm, undo.decisions)
  // The merge first: it puts the link back on the customer's own contact,
  // which the link's undo then restores as it was.
  if (undo.merge) {
    await undoMerge(crm, undo.merge)
  }
  if (undo.link) {
    await undoLink(crm, undo.link)
  }
}

/**
 * Rejects a candidate under its subject's lock: the subject stays as it is
 * and is not asked about that contact again. Compensation makes it pending.
 */
export const rejectMatchCandidateStep = createStep(
  rejectMatchCandidateStepId,
  async (input: DecideMatchCandidateStepInput, { container }) => {
    const crm = container.resolve<MallCrmModuleService>(MALL_CRM_MODULE)
    const reason = input.reason?.trim()
    if (!reason) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        "reason is required to reject a match: say why these are different customers"
      )
    }
    const first = await findMatchCandidate(crm, input.id)
    if (!first) {
      throw new MedusaError(
        MedusaError.Types.NOT_FOUND,
        `No match candidate has the id ${input.id}`
      )
    }
    const locking = container.resolve(Modules.LOCKING)
    const before = await locking.execute(
      subjectLockKey(first),
      async () => {
        const candidate = await loadPending(crm, input.id)
        await crm.updateCrmMatchCandidates({
          id: candidate.id,
          status: "rejected",
          decided_by: input.actor_id,
          decided_at: new Date(),
          reason,
        })
        return snapshotDecision(candidate)
      },
      { timeout: LOCK_TIMEOUT }
    )
    return new StepResponse<MatchCandidate, DecisionUndo>(
      (await findMatchCandidate(crm, input.id))!,
      before
    )
  },
  async (before, { container }) => {
    if (!before) {
      return
    }
    await undoDecisions(
      container.resolve<MallCrmModuleService>(MALL_CRM_MODULE),
      [before]
    )
  }
)
