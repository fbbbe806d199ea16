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
import { recordAuditEntriesStep } from "../../pipeline/steps/record-audit-entries"
import {
  updateChannelAllocationsStep,
  type ChannelAllocationChange,
  type UpdateChannelAllocationsStepInput,
} from "../steps/update-channel-allocations"

export const updateChannelAllocationsWorkflowId =
  "mall-update-channel-allocations"

export type UpdateChannelAllocationsWorkflowInput =
  UpdateChannelAllocationsStepInput & {
    additional_data?: Record<string, unknown>
  }

export type UpdateChannelAllocationsWorkflowHooks = [
  Hook<"validate", { input: UpdateChannelAllocationsWorkflowInput }, unknown>,
  Hook<
    "channelAllocationsUpdated",
    {
      changes: ChannelAllocationChange[]
      additional_data: Record<string, unknown> | undefined
    },
    unknown
  >,
]

/**
 * Changes how positions are shared (mode, safety stocks, policy, offline
 * pool size) and resizes their holds so the storefront's figure follows,
 * audited. Used by `POST /admin/mall/channel-inventory/allocations`.
 *
 * @summary
 * Update channel allocations of positions.
 *
 * @property hooks.validate - Runs before anything is written.
 * @property hooks.channelAllocationsUpdated - Runs after, with each position's before and after.
 */
export const updateChannelAllocationsWorkflow: ReturnWorkflow<
  UpdateChannelAllocationsWorkflowInput,
  ChannelAllocationChange[],
  UpdateChannelAllocationsWorkflowHooks
> = createWorkflow(
  updateChannelAllocationsWorkflowId,
  (input: UpdateChannelAllocationsWorkflowInput) => {
    const validate = createHook("validate", { input })
    const changes = updateChannelAllocationsStep(
      transform({ input }, ({ input }) => {
        const { additional_data: _extra, ...step } = input
        return step
      })
    )
    recordAuditEntriesStep(
      transform({ input, changes }, ({ input, changes }) =>
        changes.map((change) => ({
          entity_type: "channel_allocation",
          entity_id: `${change.inventory_item_id}:${change.location_id}`,
          action: "channel_allocation.updated",
          actor_id: input.actor_id ?? null,
          department: "warehouse",
          reason: input.reason ?? null,
          data: { ...change },
        }))
      )
    )
    emitEventStep({
      eventName: MallEvents.CHANNEL_ALLOCATIONS_UPDATED,
      data: transform({ changes }, ({ changes }) => ({
        positions: changes.map((c) => ({
          inventory_item_id: c.inventory_item_id,
          location_id: c.location_id,
        })),
      })),
    })
    const channelAllocationsUpdated = createHook("channelAllocationsUpdated", {
      changes,
      additional_data: input.additional_data,
    })
    return new WorkflowResponse(changes, {
      hooks: [validate, channelAllocationsUpdated],
    })
  }
)
