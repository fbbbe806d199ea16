import {
  createHook,
  createWorkflow,
  transform,
  WorkflowResponse,
  type Hook,
  type ReturnWorkflow,
} from "@medusajs/framework/workflows-sdk"
import {
  syncChannelHoldsStep,
  type ChannelHoldsSyncResult,
  type SyncChannelHoldsStepInput,
} from "../steps/sync-channel-holds"

export const syncChannelHoldsWorkflowId = "mall-sync-channel-holds"

export type SyncChannelHoldsWorkflowInput = SyncChannelHoldsStepInput & {
  additional_data?: Record<string, unknown>
}

export type SyncChannelHoldsWorkflowHooks = [
  Hook<"validate", { input: SyncChannelHoldsWorkflowInput }, unknown>,
  Hook<
    "channelHoldsSynced",
    {
      result: ChannelHoldsSyncResult
      additional_data: Record<string, unknown> | undefined
    },
    unknown
  >,
]

/**
 * Makes Medusa's reserved quantity match the holds the engine computes:
 * creates, resizes or removes the hold of each position in scope (every
 * position, or some items and/or one location), above all of positions
 * that follow the defaults, which no other workflow writes until something
 * happens to them. Idempotent, and cheap when nothing is held. Run every
 * 10 minutes by the `mall-sync-channel-holds` job and when Medusa creates
 * or changes an inventory level.
 *
 * @summary
 * Bring the channel holds in step with the defaults and the stock.
 *
 * @property hooks.validate - Runs before anything is read or written.
 * @property hooks.channelHoldsSynced - Runs after, with the counts and each position changed.
 */
export const syncChannelHoldsWorkflow: ReturnWorkflow<
  SyncChannelHoldsWorkflowInput,
  ChannelHoldsSyncResult,
  SyncChannelHoldsWorkflowHooks
> = createWorkflow(
  syncChannelHoldsWorkflowId,
  (input: SyncChannelHoldsWorkflowInput) => {
    const validate = createHook("validate", { input })
    const result = syncChannelHoldsStep(
      transform({ input }, ({ input }) => {
        const { additional_data: _extra, ...step } = input
        return step
      })
    )
    const channelHoldsSynced = createHook("channelHoldsSynced", {
      result,
      additional_data: input.additional_data,
    })
    return new WorkflowResponse(result, {
      hooks: [validate, channelHoldsSynced],
    })
  }
)
