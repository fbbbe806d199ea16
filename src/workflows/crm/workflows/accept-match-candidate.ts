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
import {
  acceptMatchCandidateStep,
  type AcceptMatchCandidateStepOutput,
} from "../steps/decide-match-candidate"
import {
  assertMatchCandidatePendingStep,
  retrieveMatchCandidateStep,
} from "../steps/retrieve-match-candidate"

export const acceptMatchCandidateWorkflowId = "mall-accept-crm-match-candidate"

export interface AcceptMatchCandidateWorkflowInput {
  /** The match candidate. */
  id: string
  /** The sales ops user accepting. */
  actor_id: string
  /** Why, optionally: shown with the decision. */
  reason?: string | null
  /** Extra data for hook handlers. */
  additional_data?: Record<string, unknown>
}

export type AcceptMatchCandidateWorkflowHooks = [
  Hook<
    "validate",
    {
      input: AcceptMatchCandidateWorkflowInput
      match_candidate: MatchCandidate
    },
    unknown
  >,
  Hook<
    "matchAccepted",
    {
      result: AcceptMatchCandidateStepOutput
      additional_data: Record<string, unknown> | undefined
    },
    unknown
  >,
]

/**
 * Sales ops confirm that a subject is the candidate's contact. A customer
 * is linked to that contact (by review), and its own online contact, if it
 * had one that nobody else shares, is merged into it; an imported contact
 * is merged into it. The subject's other pending candidates are rejected
 * ("another candidate was accepted"). Only sales ops members may decide
 * (403), once (400). Used by `POST /admin/mall/crm/matches/:id/accept`.
 *
 * @example
 * await acceptMatchCandidateWorkflow(container).run({
 *   input: { id: "crmmc_123", actor_id: "user_1", reason: "Same phone, confirmed by call" },
 * })
 *
 * @summary
 * Accept a CRM match candidate.
 *
 * @property hooks.validate - Runs before anything is written; throw a `MedusaError` to refuse.
 * @property hooks.matchAccepted - Runs after the decision, the link and the merge.
 */
export const acceptMatchCandidateWorkflow: ReturnWorkflow<
  AcceptMatchCandidateWorkflowInput,
  AcceptMatchCandidateStepOutput,
  AcceptMatchCandidateWorkflowHooks
> = createWorkflow(
  acceptMatchCandidateWorkflowId,
  (input: AcceptMatchCandidateWorkflowInput) => {
    const candidate = retrieveMatchCandidateStep({ id: input.id })
    assertDepartmentMemberStep({
      actor_id: input.actor_id,
      department: "sales_ops",
      action: "accept CRM match candidates",
    })
    assertMatchCandidatePendingStep(candidate)
    const validate = createHook("validate", {
      input,
      match_candidate: candidate,
    })

    const accepted = acceptMatchCandidateStep({
      id: input.id,
      actor_id: input.actor_id,
      reason: input.reason,
    })

    recordAuditEntriesStep(
      transform({ input, accepted }, ({ input, accepted }) => [
        {
          entity_type: "crm_match_candidate",
          entity_id: accepted.match_candidate.id,
          action: "crm_match.accepted",
          actor_id: input.actor_id,
          department: "sales_ops",
          reason: input.reason ?? null,
          data: {
            subject_type: accepted.match_candidate.subject_type,
            subject_id: accepted.match_candidate.subject_id,
            contact_id: accepted.contact_id,
            score: accepted.match_candidate.score,
            merged_contact_id: accepted.merged_contact_id,
            moved: accepted.moved,
            rejected_candidate_ids: accepted.rejected_candidate_ids,
          },
        },
      ])
    )
    emitEventStep({
      eventName: MallEvents.CRM_MATCH_ACCEPTED,
      data: transform({ input, accepted }, ({ input, accepted }) => ({
        id: accepted.match_candidate.id,
        subject_type: accepted.match_candidate.subject_type,
        subject_id: accepted.match_candidate.subject_id,
        contact_id: accepted.contact_id,
        merged_contact_id: accepted.merged_contact_id,
        rejected_candidate_ids: accepted.rejected_candidate_ids,
        actor_id: input.actor_id,
      })),
    })

    const matchAccepted = createHook("matchAccepted", {
      result: accepted,
      additional_data: input.additional_data,
    })
    return new WorkflowResponse(accepted, {
      hooks: [validate, matchAccepted],
    })
  }
)
