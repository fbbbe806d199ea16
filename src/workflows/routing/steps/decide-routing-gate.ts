import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type MallFinanceModuleService from "../../../modules/finance/service"
import { MALL_FINANCE_MODULE } from "../../../types/modules"
import type { GateStatus } from "../../../types/pipeline"
import type { RoutingDecision } from "../../../types/routing"
import {
  gateDecisionSnapshot,
  type GateDecisionSnapshot,
} from "../../pipeline/steps/set-gate-status"

export const decideRoutingGateStepId = "mall-decide-routing-gate"

export interface DecideRoutingGateStepInput {
  decision: RoutingDecision | null
  actor_id?: string | null
}

export interface DecideRoutingGateStepOutput {
  gate_id: string | null
  /** The status set, or `null` when the gate was left as it was. */
  status: GateStatus | null
  previous_status: GateStatus | null
}

type Previous = GateDecisionSnapshot

/**
 * The routing gate passes when every line has a warehouse and goes back to
 * pending, with the reason, when a new decision leaves lines unallocated. A
 * waived gate stays waived; an order without a routing gate (placed before
 * the plugin) is left alone. Compensation restores the gate.
 */
export const decideRoutingGateStep = createStep(
  decideRoutingGateStepId,
  async (input: DecideRoutingGateStepInput, { container }) => {
    const none: DecideRoutingGateStepOutput = {
      gate_id: null,
      status: null,
      previous_status: null,
    }
    const { decision } = input
    if (!decision) {
      return new StepResponse(none, null as Previous | null)
    }
    const finance =
      container.resolve<MallFinanceModuleService>(MALL_FINANCE_MODULE)
    const [gate] = await finance.listReleaseGates({
      order_id: decision.order_id,
      kind: "routing",
    })
    if (!gate || gate.status === "waived") {
      return new StepResponse(
        { ...none, gate_id: gate?.id ?? null },
        null as Previous | null
      )
    }
    const status: GateStatus =
      decision.status === "allocated" ? "passed" : "pending"
    const previous = gateDecisionSnapshot(gate)
    await finance.updateReleaseGates({
      id: gate.id,
      status,
      decided_by: status === "passed" ? (input.actor_id ?? null) : null,
      decided_at: status === "passed" ? new Date() : null,
      reason: decision.summary,
    })
    return new StepResponse<DecideRoutingGateStepOutput, Previous | null>(
      { gate_id: gate.id, status, previous_status: previous.status },
      previous
    )
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
