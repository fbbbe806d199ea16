import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type MallChannelInventoryModuleService from "../../../modules/channel-inventory/service"
import type { NewChannelMovement } from "../../../modules/channel-inventory/service"
import type {
  ChannelAllocationSettings,
  PositionFigures,
} from "../../../types/channel-inventory"
import { MALL_CHANNEL_INVENTORY_MODULE } from "../../../types/modules"
import {
  applyPositionChange,
  effectiveOfflinePool,
  positionFigures,
} from "../../../utils/channel-position"
import {
  assertPositionsExist,
  loadPositions,
  revertPositions,
  withInventoryLock,
  writePositions,
  type PositionKey,
  type PositionUndo,
} from "../utils/positions"
import { skusOf } from "../utils/resolve"

export const updateChannelAllocationsStepId = "mall-update-channel-allocations"

export interface UpdateChannelAllocationsStepInput {
  positions: PositionKey[]
  /** The settings to change; the others stay as they are. */
  settings: Partial<ChannelAllocationSettings>
  /** Sets the offline pool to this many units (split positions), moving the difference from or to online. */
  offline_pool?: number
  reason?: string | null
  actor_id?: string | null
}

export interface ChannelAllocationChange extends PositionKey {
  before: ChannelAllocationSettings & { figures: PositionFigures }
  after: ChannelAllocationSettings & { figures: PositionFigures }
}

type Compensation = { movement_ids: string[]; undo: PositionUndo[] }

/**
 * Changes positions' settings and resizes their holds, all under the
 * items' lock; refuses the whole change (409) when one position cannot
 * take it. A pool that changes size is a transfer in the ledger.
 */
export const updateChannelAllocationsStep = createStep(
  updateChannelAllocationsStepId,
  async (input: UpdateChannelAllocationsStepInput, { container }) => {
    const channel = container.resolve<MallChannelInventoryModuleService>(
      MALL_CHANNEL_INVENTORY_MODULE
    )
    const skus = await skusOf(
      container,
      input.positions.map((p) => p.inventory_item_id)
    )
    return await withInventoryLock(
      container,
      input.positions.map((p) => p.inventory_item_id),
      async () => {
        const positions = await loadPositions(container, input.positions)
        assertPositionsExist(
          positions,
          input.positions,
          (k) =>
            `${skus.get(k.inventory_item_id) ?? k.inventory_item_id} at ${k.location_id}`
        )
        const changes: ChannelAllocationChange[] = []
        const movements: NewChannelMovement[] = []
        const problems: string[] = []
        for (const p of positions.values()) {
          const beforeState = p.state
          const before = {
            ...beforeState.settings,
            figures: positionFigures(beforeState),
          }
          let state = {
            ...beforeState,
            offline_pool: effectiveOfflinePool(beforeState),
            settings: { ...beforeState.settings, ...input.settings },
          }
          const pool = effectiveOfflinePool(beforeState)
          let target = state.settings.mode === "shared" ? 0 : pool
          if (input.offline_pool !== undefined) {
            if (state.settings.mode === "shared") {
              problems.push(
                `${skus.get(p.inventory_item_id) ?? p.inventory_item_id} at ${p.location_id} is shared: set mode "split" to give it an offline pool`
              )
              continue
            }
            target = input.offline_pool
          }
          if (target !== pool) {
            // Resize as a transfer, checked by the engine on the split position.
            const from = target > pool ? "online" : "offline"
            const result = applyPositionChange(
              {
                ...state,
                offline_pool: pool,
                settings: { ...state.settings, mode: "split" },
              },
              { type: "transfer", quantity: Math.abs(target - pool), from }
            )
            if (!result.ok) {
              problems.push(
                `${skus.get(p.inventory_item_id) ?? p.inventory_item_id} at ${p.location_id}: ${result.reason}`
              )
              continue
            }
            state = { ...state, offline_pool: target }
            movements.push({
              external_id: null,
              inventory_item_id: p.inventory_item_id,
              location_id: p.location_id,
              sku: skus.get(p.inventory_item_id) ?? null,
              type: "transfer",
              channel: from,
              quantity: -Math.abs(target - pool),
              stocked_delta: 0,
              offline_pool_delta: target - pool,
              borrowed: 0,
              source: "admin",
              reference: null,
              reason: input.reason ?? "allocation changed",
              occurred_at: new Date(),
              created_by: input.actor_id ?? null,
            })
          }
          p.state = state
          p.touched = true
          changes.push({
            inventory_item_id: p.inventory_item_id,
            location_id: p.location_id,
            before,
            after: { ...state.settings, figures: positionFigures(state) },
          })
        }
        if (problems.length) {
          throw new MedusaError(
            MedusaError.Types.NOT_ALLOWED,
            `Nothing was changed: ${problems.slice(0, 10).join("; ")}${problems.length > 10 ? `; and ${problems.length - 10} more positions` : ""}`
          )
        }
        const movement_ids = await channel.appendMovements(movements)
        let undo: PositionUndo[]
        try {
          undo = await writePositions(container, positions.values())
        } catch (e) {
          await channel.revertMovements(movement_ids)
          throw e
        }
        return new StepResponse<ChannelAllocationChange[], Compensation>(
          changes,
          { movement_ids, undo }
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
      .revertMovements(compensation.movement_ids)
  }
)
