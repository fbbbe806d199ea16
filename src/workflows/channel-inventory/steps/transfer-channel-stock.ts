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
  /**
   * Makes a retried request harmless: a second transfer with the same key
   * moves nothing and answers the first one's ledger entry.
   */
  idempotency_key?: string | null
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
  /** True when the idempotency key was used before: nothing moved, and before equals after. */
  replayed: boolean
}

/** Ledger external ids of transfers, kept apart from the POS's own movement ids. */
export const transferExternalId = (key: string) => `transfer:${key}`

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
        const external_id = input.idempotency_key
          ? transferExternalId(input.idempotency_key)
          : null
        if (external_id) {
          const replay = await findReplayedTransfer(channel, external_id, input)
          if (replay) {
            return new StepResponse<ChannelTransferResult, Compensation>(
              { ...replay, before, after: before },
              { movement_id: "", undo: [] }
            )
          }
        }
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
            external_id,
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
            replayed: false,
          },
          { movement_id, undo }
        )
      }
    )
  },
  async (compensation, { container }) => {
    if (!compensation?.movement_id) {
      return
    }
    await revertPositions(container, compensation.undo)
    await container
      .resolve<MallChannelInventoryModuleService>(MALL_CHANNEL_INVENTORY_MODULE)
      .revertMovements([compensation.movement_id])
  }
)

/**
 * The earlier transfer made with this key, or null. The same key with a
 * different transfer is a client bug worth a clear 422, not a silent replay.
 */
async function findReplayedTransfer(
  channel: MallChannelInventoryModuleService,
  external_id: string,
  input: TransferChannelStockStepInput
): Promise<Omit<ChannelTransferResult, "before" | "after"> | null> {
  const [[earlier]] = await channel.listLedger({ external_id }, { take: 1 })
  if (!earlier) {
    return null
  }
  const from = earlier.channel as Channel
  const quantity = -earlier.quantity
  if (
    earlier.inventory_item_id !== input.inventory_item_id ||
    earlier.location_id !== input.location_id ||
    from !== input.from ||
    quantity !== input.quantity
  ) {
    throw new MedusaError(
      MedusaError.Types.DUPLICATE_ERROR,
      `The idempotency key "${input.idempotency_key}" was already used for another transfer (${quantity} from the ${from} pool of ${earlier.sku ?? earlier.inventory_item_id} at ${earlier.location_id}); use a new key for a new transfer`
    )
  }
  return {
    movement_id: earlier.id,
    inventory_item_id: earlier.inventory_item_id,
    location_id: earlier.location_id,
    from,
    to: from === "online" ? "offline" : "online",
    quantity,
    replayed: true,
  }
}
