import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type MallCrmModuleService from "../../../modules/crm/service"
import type { MatchCandidate } from "../../../types/crm-module"
import { MALL_CRM_MODULE } from "../../../types/modules"

export const retrieveMatchCandidateStepId = "mall-retrieve-crm-match-candidate"

export async function findMatchCandidate(
  crm: MallCrmModuleService,
  id: string
): Promise<MatchCandidate | null> {
  const [row] = await crm.listCrmMatchCandidates({ id }, { take: 1 })
  return (row as unknown as MatchCandidate | undefined) ?? null
}

/** Refuses a decision on a candidate that was decided already (400). */
export function assertCandidatePending(candidate: MatchCandidate): void {
  if (candidate.status !== "pending") {
    const when = candidate.decided_at
      ? ` on ${new Date(candidate.decided_at).toISOString()}`
      : ""
    throw new MedusaError(
      MedusaError.Types.NOT_ALLOWED,
      `Match candidate ${candidate.id} was already ${candidate.status}${when}; a candidate is decided once`
    )
  }
}

/** The match candidate; 404 for an unknown id. Reads only. */
export const retrieveMatchCandidateStep = createStep(
  retrieveMatchCandidateStepId,
  async (input: { id: string }, { container }) => {
    const crm = container.resolve<MallCrmModuleService>(MALL_CRM_MODULE)
    const candidate = await findMatchCandidate(crm, input.id)
    if (!candidate) {
      throw new MedusaError(
        MedusaError.Types.NOT_FOUND,
        `No match candidate has the id ${input.id}`
      )
    }
    return new StepResponse(candidate)
  }
)

export const assertMatchCandidatePendingStepId =
  "mall-assert-crm-match-candidate-pending"

/** Refuses, with 400, a candidate that was accepted or rejected already. */
export const assertMatchCandidatePendingStep = createStep(
  assertMatchCandidatePendingStepId,
  async (candidate: MatchCandidate) => {
    assertCandidatePending(candidate)
  }
)
