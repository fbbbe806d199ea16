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
import {
  applyOfflineMovementsStep,
  type ApplyOfflineMovementsStepInput,
  type OfflineMovementsReport,
} from "../steps/apply-offline-movements"

export const applyOfflineMovementsWorkflowId = "mall-apply-offline-movements"

export type ApplyOfflineMovementsWorkflowInput =
  ApplyOfflineMovementsStepInput & {
    additional_data?: Record<string, unknown>
  }

export type ApplyOfflineMovementsWorkflowHooks = [
  Hook<"validate", { input: ApplyOfflineMovementsWorkflowInput }, unknown>,
  Hook<
    "offlineMovementsApplied",
    {
      report: OfflineMovementsReport
      additional_data: Record<string, unknown> | undefined
    },
    unknown
  >,
]

/**
 * Applies a batch of offline movements from a POS or ERP: each line is
 * applied once per external_id, or reported duplicate, or rejected with
 * its reason; an offline sale larger than the offline pool borrows or is
 * rejected per the position's last-unit policy. Used by
 * `POST /admin/mall/channel-inventory/movements`.
 *
 * @summary
 * Apply offline movements to the channel pools.
 *
 * @property hooks.validate - Runs before anything is applied.
 * @property hooks.offlineMovementsApplied - Runs after, with the per-line report.
 */
export const applyOfflineMovementsWorkflow: ReturnWorkflow<
  ApplyOfflineMovementsWorkflowInput,
  OfflineMovementsReport,
  ApplyOfflineMovementsWorkflowHooks
> = createWorkflow(
  applyOfflineMovementsWorkflowId,
  (input: ApplyOfflineMovementsWorkflowInput) => {
    const validate = createHook("validate", { input })
    const report = applyOfflineMovementsStep(
      transform({ input }, ({ input }) => ({
        lines: input.lines,
        source: input.source,
        actor_id: input.actor_id ?? null,
      }))
    )
    emitEventStep({
      eventName: MallEvents.CHANNEL_MOVEMENTS_APPLIED,
      data: transform({ report, input }, ({ report, input }) => ({
        source: input.source,
        applied: report.applied,
        duplicate: report.duplicate,
        rejected: report.rejected,
      })),
    })
    const offlineMovementsApplied = createHook("offlineMovementsApplied", {
      report,
      additional_data: input.additional_data,
    })
    return new WorkflowResponse(report, {
      hooks: [validate, offlineMovementsApplied],
    })
  }
)
