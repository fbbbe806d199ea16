import { emitEventStep } from "@medusajs/medusa/core-flows"
import {
  createHook,
  createWorkflow,
  transform,
  WorkflowResponse,
  type Hook,
  type ReturnWorkflow,
} from "@medusajs/framework/workflows-sdk"
import { MallEvents } from "../../../types/modules"
import type { RoutingRule } from "../../../types/routing"
import { recordAuditEntriesStep } from "../../pipeline/steps/record-audit-entries"
import { saveRoutingRulesStep } from "../steps/save-routing-rules"

export const updateRoutingRulesWorkflowId = "mall-update-routing-rules"

export interface UpdateRoutingRulesWorkflowInput {
  /** The whole ordered list, as validated by `RoutingRulesSchema`. */
  rules: RoutingRule[]
  actor_id?: string | null
  additional_data?: Record<string, unknown>
}

export type UpdateRoutingRulesWorkflowHooks = [
  Hook<"validate", { input: UpdateRoutingRulesWorkflowInput }, unknown>,
  Hook<
    "routingRulesUpdated",
    {
      rules: RoutingRule[]
      additional_data: Record<string, unknown> | undefined
    },
    unknown
  >,
]

/**
 * Replaces the routing rules (their order, switches and parameters),
 * audited. New orders are routed with them; routed orders keep their
 * decision until re-routed. Used by `POST /admin/mall/routing/rules`.
 *
 * @summary
 * Update the routing rules.
 *
 * @property hooks.validate - Runs before the rules are saved.
 * @property hooks.routingRulesUpdated - Runs after they are saved.
 */
export const updateRoutingRulesWorkflow: ReturnWorkflow<
  UpdateRoutingRulesWorkflowInput,
  RoutingRule[],
  UpdateRoutingRulesWorkflowHooks
> = createWorkflow(
  updateRoutingRulesWorkflowId,
  (input: UpdateRoutingRulesWorkflowInput) => {
    const validate = createHook("validate", { input })
    const saved = saveRoutingRulesStep({
      rules: input.rules,
      actor_id: input.actor_id,
    })
    recordAuditEntriesStep(
      transform({ input, saved }, ({ input, saved }) => [
        {
          entity_type: "routing_rules",
          entity_id: "routing_rules",
          action: "routing_rules.updated",
          actor_id: input.actor_id ?? null,
          department: "warehouse",
          data: { before: saved.previous, after: saved.rules },
        },
      ])
    )
    const rules = transform({ saved }, ({ saved }) => saved.rules)
    emitEventStep({
      eventName: MallEvents.ROUTING_RULES_UPDATED,
      data: transform({ input }, ({ input }) => ({
        actor_id: input.actor_id ?? null,
      })),
    })
    const routingRulesUpdated = createHook("routingRulesUpdated", {
      rules,
      additional_data: input.additional_data,
    })
    return new WorkflowResponse(rules, {
      hooks: [validate, routingRulesUpdated],
    })
  }
)
