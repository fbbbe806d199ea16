import { createStep } from "@medusajs/framework/workflows-sdk"
import { assertGateDecidable, type GateDecision } from "../utils/gates"
import type { ReleaseGateRow } from "../utils/order-pipeline-view"
import { orderLabel } from "../utils/pipeline-order"

export const assertGateDecidableStepId = "mall-assert-gate-decidable"

export interface AssertGateDecidableStepInput {
  gate: ReleaseGateRow
  decision: GateDecision
  order: { id: string; display_id?: number | null }
}

/**
 * Refuses, with 400, a decision the gate's status does not allow: a
 * department decides a pending gate once; an owner may waive a pending or
 * failed gate.
 */
export const assertGateDecidableStep = createStep(
  assertGateDecidableStepId,
  async (input: AssertGateDecidableStepInput) => {
    assertGateDecidable(input.gate, input.decision, orderLabel(input.order))
  }
)
