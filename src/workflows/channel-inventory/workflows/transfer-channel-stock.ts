import { emitEventStep } from "@medusajs/medusa/core-flows"
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
import { recordAuditEntriesStep } from "../../pipeline/steps/record-audit-entries"
import {
  transferChannelStockStep,
  type ChannelTransferResult,
  type TransferChannelStockStepInput,
} from "../steps/transfer-channel-stock"

export const transferChannelStockWorkflowId = "mall-transfer-channel-stock"

export type TransferChannelStockWorkflowInput =
  TransferChannelStockStepInput & {
    additional_data?: Record<string, unknown>
  }

export type TransferChannelStockWorkflowHooks = [
  Hook<"validate", { input: TransferChannelStockWorkflowInput }, unknown>,
  Hook<
    "channelStockTransferred",
    {
      transfer: ChannelTransferResult
      additional_data: Record<string, unknown> | undefined
    },
    unknown
  >,
]

/**
 * Moves units between the online and offline pools of one position,
 * audited with its actor and reason. With an `idempotency_key`, a retry
 * moves nothing, writes no audit entry and emits no event. Used by
 * `POST /admin/mall/channel-inventory/transfers`.
 *
 * @summary
 * Move stock between the online and offline pools.
 *
 * @property hooks.validate - Runs before the transfer.
 * @property hooks.channelStockTransferred - Runs after it.
 */
export const transferChannelStockWorkflow: ReturnWorkflow<
  TransferChannelStockWorkflowInput,
  ChannelTransferResult,
  TransferChannelStockWorkflowHooks
> = createWorkflow(
  transferChannelStockWorkflowId,
  (input: TransferChannelStockWorkflowInput) => {
    const validate = createHook("validate", { input })
    const transfer = transferChannelStockStep(
      transform({ input }, ({ input }) => {
        const { additional_data: _extra, ...step } = input
        return step
      })
    )
    recordAuditEntriesStep(
      transform({ input, transfer }, ({ input, transfer }) =>
        transfer.replayed
          ? []
          : [
              {
                entity_type: "channel_movement",
                entity_id: transfer.movement_id,
                action: "channel_stock.transferred",
                actor_id: input.actor_id ?? null,
                department: "warehouse",
                reason: input.reason,
                data: {
                  inventory_item_id: transfer.inventory_item_id,
                  location_id: transfer.location_id,
                  from: transfer.from,
                  to: transfer.to,
                  quantity: transfer.quantity,
                  before: transfer.before,
                  after: transfer.after,
                },
              },
            ]
      )
    )
    when({ transfer }, ({ transfer }) => !transfer.replayed).then(() => {
      emitEventStep({
        eventName: MallEvents.CHANNEL_STOCK_TRANSFERRED,
        data: transform({ transfer }, ({ transfer }) => ({
          id: transfer.movement_id,
          inventory_item_id: transfer.inventory_item_id,
          location_id: transfer.location_id,
        })),
      })
    })
    const channelStockTransferred = createHook("channelStockTransferred", {
      transfer,
      additional_data: input.additional_data,
    })
    return new WorkflowResponse(transfer, {
      hooks: [validate, channelStockTransferred],
    })
  }
)
