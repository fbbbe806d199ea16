import { emitEventStep } from "@medusajs/medusa/core-flows"
import {
  createHook,
  createWorkflow,
  transform,
  WorkflowResponse,
  type Hook,
  type ReturnWorkflow,
} from "@medusajs/framework/workflows-sdk"
import type { MatchCandidate } from "../../../types/crm-module"
import { MallEvents } from "../../../types/modules"
import { assertDepartmentMemberStep } from "../../pipeline/steps/assert-department-member"
import { recordAuditEntriesStep } from "../../pipeline/steps/record-audit-entries"
import { rejectMatchCandidateStep } from "../steps/decide-match-candidate"
import {
  assertMatchCandidatePendingStep,
  retrieveMatchCandidateStep,
} from "../steps/retrieve-match-candidate"

export const rejectMatchCandidateWorkflowId = "mall-reject-crm-match-candidate"

export interface RejectMatchCandidateWorkflowInput {
  /** The match candidate. */
  id: string
  /** The sales ops user rejecting. */
  actor_id: string
  /** Why these are different customers (required). */
  reason: string
  /** Extra data for hook handlers. */
  additional_data?: Record<string, unknown>
}

export type RejectMatchCandidateWorkflowHooks = [
  Hook<
    "validate",
    {
      input: RejectMatchCandidateWorkflowInput
      match_candidate: MatchCandidate
    },
    unknown
  >,
  Hook<
    "matchRejected",
    {
      match_candidate: MatchCandidate
      additional_data: Record<string, unknown> | undefined
    },
    unknown
  >,
]

/**
 * Sales ops say a subject is not the candidate's contact, with a reason.
 * Nothing else changes, and the pair is never proposed again. Only sales
 * ops members may decide (403), once (400). Used by
 * `POST /admin/mall/crm/matches/:id/reject`.
 *
 * @example
 * await rejectMatchCandidateWorkflow(container).run({
 *   input: { id: "crmmc_123", actor_id: "user_1", reason: "Her brother, same household phone" },
 * })
 *
 * @summary
 * Reject a CRM match candidate.
 *
 * @property hooks.validate - Runs before the decision is saved; throw a `MedusaError` to refuse.
 * @property hooks.matchRejected - Runs after the decision is saved.
 */
export const rejectMatchCandidateWorkflow: ReturnWorkflow<
  RejectMatchCandidateWorkflowInput,
  MatchCandidate,
  RejectMatchCandidateWorkflowHooks
> = createWorkflow(
  rejectMatchCandidateWorkflowId,
  (input: RejectMatchCandidateWorkflowInput) => {
    const candidate = retrieveMatchCandidateStep({ id: input.id })
    assertDepartmentMemberStep({
      actor_id: input.actor_id,
      department: "sales_ops",
      action: "reject CRM match candidates",
    })
    assertMatchCandidatePendingStep(candidate)
    const validate = createHook("validate", {
      input,
      match_candidate: candidate,
    })

    const rejected = rejectMatchCandidateStep({
      id: input.id,
      actor_id: input.actor_id,
      reason: input.reason,
    })

    recordAuditEntriesStep(
      transform({ input, rejected }, ({ input, rejected }) => [
        {
          entity_type: "crm_match_candidate",
          entity_id: rejected.id,
          action: "crm_match.rejected",
          actor_id: input.actor_id,
          department: "sales_ops",
          reason: input.reason,
          data: {
            subject_type: rejected.subject_type,
            subject_id: rejected.subject_id,
            contact_id: rejected.contact_id,
            score: rejected.score,
          },
        },
      ])
    )
    emitEventStep({
      eventName: MallEvents.CRM_MATCH_REJECTED,
      data: transform({ input, rejected }, ({ input, rejected }) => ({
        id: rejected.id,
        subject_type: rejected.subject_type,
        subject_id: rejected.subject_id,
        contact_id: rejected.contact_id,
        actor_id: input.actor_id,
      })),
    })

    const matchRejected = createHook("matchRejected", {
      match_candidate: rejected,
      additional_data: input.additional_data,
    })
    return new WorkflowResponse(rejected, {
      hooks: [validate, matchRejected],
    })
  }
)
