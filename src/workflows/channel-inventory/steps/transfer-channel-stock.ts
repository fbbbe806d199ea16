import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type MallChannelInventoryModuleService from "../../../modules/channel-inventory/service"
import type { Channel, PositionFigures } from "../../../types/channel-inventory"
import { MALL_CHANNEL_INVENTORY_MODULE } from "../../../types/modules"
import {
  applyPositionChange,
  positionFigures,
} from "../../../utils/channel-position"
import {
  assertPositionsExist,
  loadPositions,
  positionKey,
  revertPositions,
  withInventoryLock,
  writePositions,
  type PositionUndo,
} from "../utils/positions"
import { skusOf } from "../utils/resolve"

export const transferChannelStockStepId = "mall-transfer-channel-stock"

export interface TransferChannelStockStepInput {
  inventory_item_id: string
  location_id: string
  from: Channel
  quantity: number
  reason: string
  actor_id?: string | null
  /** Who asked: "admin", or "suggestion" when an admin applies one. */
  source?: string
}

export interface ChannelTransferResult {
  movement_id: string
  inventory_item_id: string
  location_id: string
  from: Channel
  to: Channel
  quantity: number
  before: PositionFigures
  after: PositionFigures
}

type Compensation = { movement_id: string; undo: PositionUndo[] }

/**
 * Moves units between a position's pools under the item's lock, or says
 * why it cannot (409 with the engine's reason). Compensation moves them back.
 */
export const transferChannelStockStep = createStep(
  transferChannelStockStepId,
  async (input: TransferChannelStockStepInput, { container }) => {
    const channel = container.resolve<MallChannelInventoryModuleService>(
      MALL_CHANNEL_INVENTORY_MODULE
    )
    const skus = await skusOf(container, [input.inventory_item_id])
    return await withInventoryLock(
      container,
      [input.inventory_item_id],
      async () => {
        const positions = await loadPositions(container, [input])
        assertPositionsExist(
          positions,
          [input],
          (k) => `Inventory item ${k.inventory_item_id} at ${k.location_id}`
        )
        const position = positions.get(positionKey(input))!
        const before = positionFigures(position.state)
        const result = applyPositionChange(position.state, {
          type: "transfer",
          quantity: input.quantity,
          from: input.from,
        })
        if (!result.ok) {
          throw new MedusaError(
            MedusaError.Types.NOT_ALLOWED,
            `Cannot move ${input.quantity} from the ${input.from} pool: ${result.reason}`
          )
        }
        position.state = result.after
        const [movement_id] = await channel.appendMovements([
          {
            external_id: null,
            inventory_item_id: input.inventory_item_id,
            location_id: input.location_id,
            sku: skus.get(input.inventory_item_id) ?? null,
            type: "transfer",
            channel: input.from,
            quantity: -input.quantity,
            stocked_delta: 0,
            offline_pool_delta: result.effect.offline_pool_delta,
            borrowed: 0,
            source: input.source ?? "admin",
            reference: null,
            reason: input.reason,
            occurred_at: new Date(),
            created_by: input.actor_id ?? null,
          },
        ])
        let undo: PositionUndo[]
        try {
          undo = await writePositions(container, [position])
        } catch (e) {
          await channel.revertMovements([movement_id])
          throw e
        }
        return new StepResponse<ChannelTransferResult, Compensation>(
          {
            movement_id,
            inventory_item_id: input.inventory_item_id,
            location_id: input.location_id,
            from: input.from,
            to: input.from === "online" ? "offline" : "online",
            quantity: input.quantity,
            before,
            after: positionFigures(position.state),
          },
          { movement_id, undo }
        )
      }
    )
  },
  async (compensation, { container }) => {
    if (!compensation) {
      return
    }
    await revertPositions(container, compensation.undo)
    await container
      .resolve<MallChannelInventoryModuleService>(MALL_CHANNEL_INVENTORY_MODULE)
      .revertMovements([compensation.movement_id])
  }
)
