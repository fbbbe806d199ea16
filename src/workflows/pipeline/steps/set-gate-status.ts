import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type MallFinanceModuleService from "../../../modules/finance/service"
import { MALL_FINANCE_MODULE } from "../../../types/modules"
import type { GateKind, GateStatus } from "../../../types/pipeline"

export const setGateStatusStepId = "mall-set-gate-status"

export interface SetGateStatusStepInput {
  order_id: string
  kind: GateKind
  status: GateStatus
  actor_id?: string | null
  reason?: string | null
}

/** A gate's decision, to put back when a workflow compensates. */
export type GateDecisionSnapshot = {
  id: string
  status: GateStatus
  decided_by: string | null
  decided_at: Date | null
  reason: string | null
}

export function gateDecisionSnapshot(gate: {
  id: string
  status: string
  decided_by?: string | null
  decided_at?: Date | string | null
  reason?: string | null
}): GateDecisionSnapshot {
  return {
    id: gate.id,
    status: gate.status as GateStatus,
    decided_by: gate.decided_by ?? null,
    decided_at: gate.decided_at ? new Date(gate.decided_at) : null,
    reason: gate.reason ?? null,
  }
}

/**
 * Decides an order's gate. Compensation puts back the decision that was
 * there before.
 */
export const setGateStatusStep = createStep(
  setGateStatusStepId,
  async (input: SetGateStatusStepInput, { container }) => {
    const finance =
      container.resolve<MallFinanceModuleService>(MALL_FINANCE_MODULE)
    const [gate] = await finance.listReleaseGates({
      order_id: input.order_id,
      kind: input.kind,
    })
    if (!gate) {
      throw new MedusaError(
        MedusaError.Types.NOT_FOUND,
        `Order ${input.order_id} has no ${input.kind} gate`
      )
    }
    const previous = gateDecisionSnapshot(gate)
    const updated = await finance.updateReleaseGates({
      id: gate.id,
      status: input.status,
      decided_by: input.actor_id ?? null,
      decided_at: new Date(),
      reason: input.reason ?? null,
    })
    return new StepResponse(updated, previous)
  },
  async (previous, { container }) => {
    if (!previous) {
      return
    }
    const finance =
      container.resolve<MallFinanceModuleService>(MALL_FINANCE_MODULE)
    await finance.updateReleaseGates(previous)
  }
)
