import {
  acquireLockStep,
  emitEventStep,
  releaseLockStep,
} from "@medusajs/medusa/core-flows"
import {
  createHook,
  createWorkflow,
  transform,
  when,
  WorkflowResponse,
  type Hook,
  type ReturnWorkflow,
} from "@medusajs/framework/workflows-sdk"
import { MallEvents } from "../../../types/modules"
import type {
  RoutingAllocation,
  RoutingDecision,
  RoutingSource,
} from "../../../types/routing"
import { assertDepartmentMemberStep } from "../../pipeline/steps/assert-department-member"
import {
  recordAuditEntriesStep,
  type AuditEntryInput,
} from "../../pipeline/steps/record-audit-entries"
import { orderPipelineLockKey } from "../../pipeline/workflows/decide-gate"
import { allocateOrderStep } from "../steps/allocate-order"
import { decideRoutingGateStep } from "../steps/decide-routing-gate"
import { recordRoutingDecisionStep } from "../steps/record-routing-decision"
import { retrieveRoutingOrderStep } from "../steps/retrieve-routing-order"
import type { RoutingOrder } from "../utils/routing-order"

export const routeOrderWorkflowId = "mall-route-order"

export interface RouteOrderWorkflowInput {
  order_id: string
  /**
   * placement: the decision made when the order is placed (once; a second
   * run does nothing). reroute: a new decision from current stock.
   * override: the admin's own `allocations`.
   */
  source: RoutingSource
  allocations?: RoutingAllocation[] | null
  /** Why an admin re-routes; required for an override. */
  reason?: string | null
  /** The admin re-routing; must be in the warehouse department. */
  actor_id?: string | null
  /** Extra data for hook handlers. */
  additional_data?: Record<string, unknown>
}

export interface RouteOrderWorkflowOutput {
  /** The decision this run recorded; `null` when the order was already routed. */
  decision: RoutingDecision | null
}

export type RouteOrderWorkflowHooks = [
  Hook<
    "validate",
    { input: RouteOrderWorkflowInput; order: RoutingOrder },
    unknown
  >,
  Hook<
    "orderRouted",
    {
      decision: RoutingDecision | null
      additional_data: Record<string, unknown> | undefined
    },
    unknown
  >,
]

const AUDIT_ACTION: Record<RoutingSource, string> = {
  placement: "routing.decided",
  reroute: "routing.rerouted",
  override: "routing.overridden",
}

/**
 * Decides which warehouse ships each line of an order, moves the order's
 * reservations there (checking stock under the inventory lock), records the
 * decision with its trace, and passes the routing gate when every line is
 * allocated (an order without a routing gate keeps none). The plugin runs
 * it with `source: "placement"` on `order.placed`, right after opening the
 * order's pipeline; `POST /admin/mall/orders/:id/reroute` runs it to re-route
 * or override. The decision itself comes from the routing strategy.
 *
 * @example
 * await routeOrderWorkflow(container).run({
 *   input: { order_id: "order_123", source: "reroute", actor_id: "user_1", reason: "Stock arrived in Guangzhou" },
 * })
 *
 * @summary
 * Route an order to its warehouses.
 *
 * @property hooks.validate - Runs before anything moves; throw a `MedusaError` to refuse.
 * @property hooks.orderRouted - Runs after the decision is recorded.
 */
export const routeOrderWorkflow: ReturnWorkflow<
  RouteOrderWorkflowInput,
  RouteOrderWorkflowOutput,
  RouteOrderWorkflowHooks
> = createWorkflow(routeOrderWorkflowId, (input: RouteOrderWorkflowInput) => {
  when({ input }, ({ input }) => input.source !== "placement").then(() => {
    assertDepartmentMemberStep({
      actor_id: input.actor_id,
      department: "warehouse",
      action: "re-route orders",
    })
  })

  const lockKey = transform({ input }, ({ input }) =>
    orderPipelineLockKey(input.order_id)
  )
  acquireLockStep({ key: lockKey, timeout: 10, ttl: 60 })

  const order = retrieveRoutingOrderStep({ order_id: input.order_id })
  const validate = createHook("validate", { input, order })

  const allocation = allocateOrderStep({
    order,
    source: input.source,
    allocations: input.allocations,
    reason: input.reason,
  })
  const decision = recordRoutingDecisionStep({
    order_id: input.order_id,
    source: input.source,
    result: allocation.result,
    geocode: allocation.geocode,
    reason: input.reason,
    created_by: input.actor_id,
  })
  const gate = decideRoutingGateStep({ decision, actor_id: input.actor_id })

  recordAuditEntriesStep(
    transform(
      { input, decision, gate },
      ({ input, decision, gate }): AuditEntryInput[] => {
        if (!decision) {
          return []
        }
        const entries: AuditEntryInput[] = [
          {
            order_id: decision.order_id,
            entity_type: "routing_decision",
            entity_id: decision.id,
            action: AUDIT_ACTION[decision.source],
            actor_id: input.actor_id ?? null,
            department: "warehouse",
            reason: input.reason ?? null,
            data: {
              version: decision.version,
              status: decision.status,
              summary: decision.summary,
              allocations: decision.allocations,
              unallocated: decision.unallocated,
            },
          },
        ]
        if (
          gate.gate_id &&
          gate.status &&
          gate.status !== gate.previous_status
        ) {
          entries.push({
            order_id: decision.order_id,
            entity_type: "release_gate",
            entity_id: gate.gate_id,
            action: gate.status === "passed" ? "gate.passed" : "gate.reopened",
            actor_id: input.actor_id ?? null,
            department: "warehouse",
            reason: decision.summary,
            data: {
              kind: "routing",
              from: gate.previous_status,
              to: gate.status,
            },
          })
        }
        return entries
      }
    )
  )

  emitEventStep({
    eventName: MallEvents.ROUTING_DECISION_CREATED,
    data: transform({ decision }, ({ decision }) =>
      decision
        ? {
            id: decision.id,
            order_id: decision.order_id,
            version: decision.version,
            source: decision.source,
            status: decision.status,
            location_ids: [
              ...new Set(decision.allocations.map((a) => a.location_id)),
            ],
          }
        : []
    ),
  })
  releaseLockStep({ key: lockKey })

  const orderRouted = createHook("orderRouted", {
    decision,
    additional_data: input.additional_data,
  })
  return new WorkflowResponse(
    transform({ decision }, ({ decision }) => ({ decision })),
    { hooks: [validate, orderRouted] }
  )
})
