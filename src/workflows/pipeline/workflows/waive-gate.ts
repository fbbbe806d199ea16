import {
  acquireLockStep,
  emitEventStep,
  releaseLockStep,
} from "@medusajs/medusa/core-flows"
import {
  createHook,
  createWorkflow,
  transform,
  WorkflowResponse,
  type Hook,
  type ReturnWorkflow,
} from "@medusajs/framework/workflows-sdk"
import { MallEvents } from "../../../types/modules"
import type { GateKind } from "../../../types/pipeline"
import { assertDepartmentMemberStep } from "../steps/assert-department-member"
import { assertGateDecidableStep } from "../steps/assert-gate-decidable"
import { recordAuditEntriesStep } from "../steps/record-audit-entries"
import { retrievePipelineOrderStep } from "../steps/retrieve-pipeline-order"
import { retrieveReleaseGateStep } from "../steps/retrieve-release-gate"
import { setGateStatusStep } from "../steps/set-gate-status"
import { gateAuditEntry, gateDecidedEventData } from "../utils/gates"
import type { ReleaseGateRow } from "../utils/order-pipeline-view"
import type { PipelineOrder } from "../utils/pipeline-order"
import { orderPipelineLockKey } from "./decide-gate"

export const waiveGateWorkflowId = "mall-waive-gate"

export interface WaiveGateWorkflowInput {
  order_id: string
  kind: GateKind
  /** Why the gate is waived; required. */
  reason: string
  /** The admin user waiving; must own the gate's department. */
  actor_id: string
  /** Extra data for hook handlers. */
  additional_data?: Record<string, unknown>
}

export type WaiveGateWorkflowHooks = [
  Hook<
    "validate",
    {
      input: WaiveGateWorkflowInput
      order: PipelineOrder
      release_gate: ReleaseGateRow
    },
    unknown
  >,
  Hook<
    "releaseGateWaived",
    {
      release_gate: ReleaseGateRow
      additional_data: Record<string, unknown> | undefined
    },
    unknown
  >,
]

/**
 * Waives a pending or failed gate so the order may ship. Only an owner of
 * the department that owns the gate may waive it (403 otherwise), with a
 * reason. Used by `POST /admin/mall/orders/:id/gates/:kind/waive`.
 *
 * @example
 * await waiveGateWorkflow(container).run({
 *   input: { order_id: "order_123", kind: "payment", reason: "Paid in cash at the branch", actor_id: "user_1" },
 * })
 *
 * @summary
 * Waive an order's release gate.
 *
 * @property hooks.validate - Runs before the gate is waived; throw a `MedusaError` to refuse it.
 * @property hooks.releaseGateWaived - Runs after the gate is waived.
 */
export const waiveGateWorkflow: ReturnWorkflow<
  WaiveGateWorkflowInput,
  ReleaseGateRow,
  WaiveGateWorkflowHooks
> = createWorkflow(waiveGateWorkflowId, (input: WaiveGateWorkflowInput) => {
  const lockKey = transform({ input }, ({ input }) =>
    orderPipelineLockKey(input.order_id)
  )
  acquireLockStep({ key: lockKey, timeout: 5, ttl: 30 })

  const order = retrievePipelineOrderStep({ order_id: input.order_id })
  const gate = retrieveReleaseGateStep({ order, kind: input.kind })
  assertDepartmentMemberStep(
    transform({ input, gate }, ({ input, gate }) => ({
      actor_id: input.actor_id,
      department: gate.department,
      role: "owner" as const,
      action: `waive the ${gate.kind} gate`,
    }))
  )
  assertGateDecidableStep({ gate, decision: "waived", order })

  const validate = createHook("validate", {
    input,
    order,
    release_gate: gate,
  })

  const waived = setGateStatusStep({
    order_id: input.order_id,
    kind: input.kind,
    status: "waived",
    actor_id: input.actor_id,
    reason: input.reason,
  })
  const releaseGate = transform(
    { waived },
    ({ waived }) => waived as unknown as ReleaseGateRow
  )

  recordAuditEntriesStep(
    transform({ input, gate }, ({ input, gate }) => [
      gateAuditEntry(gate, {
        order_id: input.order_id,
        to: "waived",
        actor_id: input.actor_id,
        reason: input.reason,
      }),
    ])
  )

  const releaseGateWaived = createHook("releaseGateWaived", {
    release_gate: releaseGate,
    additional_data: input.additional_data,
  })
  emitEventStep({
    eventName: MallEvents.RELEASE_GATE_DECIDED,
    data: transform({ input, gate }, ({ input, gate }) =>
      gateDecidedEventData(gate, {
        order_id: input.order_id,
        to: "waived",
        actor_id: input.actor_id,
      })
    ),
  })
  releaseLockStep({ key: lockKey })

  return new WorkflowResponse(releaseGate, {
    hooks: [validate, releaseGateWaived],
  })
})
