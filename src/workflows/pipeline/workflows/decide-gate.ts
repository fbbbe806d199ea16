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

export const decideGateWorkflowId = "mall-decide-gate"

/** The lock key every change to an order's pipeline takes. */
export const orderPipelineLockKey = (orderId: string) =>
  `mall-order-pipeline:${orderId}`

export interface DecideGateWorkflowInput {
  order_id: string
  kind: GateKind
  status: "passed" | "failed"
  /** Why; shown in the timeline. */
  reason?: string | null
  /** The admin user deciding; must belong to the gate's department. */
  actor_id: string
  /** Extra data for hook handlers. */
  additional_data?: Record<string, unknown>
}

export type DecideGateWorkflowHooks = [
  Hook<
    "validate",
    {
      input: DecideGateWorkflowInput
      order: PipelineOrder
      release_gate: ReleaseGateRow
    },
    unknown
  >,
  Hook<
    "releaseGateDecided",
    {
      release_gate: ReleaseGateRow
      additional_data: Record<string, unknown> | undefined
    },
    unknown
  >,
]

/**
 * Passes or fails a pending gate of an order. Only a member of the
 * department that owns the gate may decide (403 otherwise), and only once
 * (400 otherwise). Used by `POST /admin/mall/orders/:id/gates/:kind`.
 *
 * @example
 * await decideGateWorkflow(container).run({
 *   input: { order_id: "order_123", kind: "payment", status: "passed", actor_id: "user_1" },
 * })
 *
 * @summary
 * Pass or fail an order's release gate.
 *
 * @property hooks.validate - Runs before the decision is saved; throw a `MedusaError` to refuse it.
 * @property hooks.releaseGateDecided - Runs after the decision is saved.
 */
export const decideGateWorkflow: ReturnWorkflow<
  DecideGateWorkflowInput,
  ReleaseGateRow,
  DecideGateWorkflowHooks
> = createWorkflow(decideGateWorkflowId, (input: DecideGateWorkflowInput) => {
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
      action: `decide the ${gate.kind} gate`,
    }))
  )
  assertGateDecidableStep({ gate, decision: input.status, order })

  const validate = createHook("validate", {
    input,
    order,
    release_gate: gate,
  })

  const decided = setGateStatusStep({
    order_id: input.order_id,
    kind: input.kind,
    status: input.status,
    actor_id: input.actor_id,
    reason: input.reason,
  })
  const releaseGate = transform(
    { decided },
    ({ decided }) => decided as unknown as ReleaseGateRow
  )

  recordAuditEntriesStep(
    transform({ input, gate }, ({ input, gate }) => [
      gateAuditEntry(gate, {
        order_id: input.order_id,
        to: input.status,
        actor_id: input.actor_id,
        reason: input.reason,
      }),
    ])
  )

  const releaseGateDecided = createHook("releaseGateDecided", {
    release_gate: releaseGate,
    additional_data: input.additional_data,
  })
  emitEventStep({
    eventName: MallEvents.RELEASE_GATE_DECIDED,
    data: transform({ input, gate }, ({ input, gate }) =>
      gateDecidedEventData(gate, {
        order_id: input.order_id,
        to: input.status,
        actor_id: input.actor_id,
      })
    ),
  })
  releaseLockStep({ key: lockKey })

  return new WorkflowResponse(releaseGate, {
    hooks: [validate, releaseGateDecided],
  })
})
