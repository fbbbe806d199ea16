import type { MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type MallChannelInventoryModuleService from "../../../modules/channel-inventory/service"
import type { ChannelAllocationSettings } from "../../../types/channel-inventory"
import { MALL_CHANNEL_INVENTORY_MODULE } from "../../../types/modules"
import { targetHold } from "../../../utils/channel-position"
import {
  HOLD_DESCRIPTION,
  isChannelHold,
  loadPositions,
  positionKey,
  withInventoryLock,
  writePositions,
  type LoadedPosition,
  type PositionKey,
} from "../utils/positions"

export const syncChannelHoldsStepId = "mall-sync-channel-holds"

export interface SyncChannelHoldsStepInput {
  /** Only these inventory items' positions; every item when omitted. */
  inventory_item_ids?: string[]
  /** Only positions at this stock location; every location when omitted. */
  location_id?: string
}

/** One position whose hold the sync changed. */
export interface ChannelHoldChange extends PositionKey {
  /** Units its holds reserved before (a duplicate hold included). */
  hold_before: number
  /** Units its hold reserves now: what the engine computes. */
  hold_after: number
  /** True when the position has no allocation of its own and follows the defaults. */
  follows_defaults: boolean
}

export interface ChannelHoldsSyncResult {
  /** Positions read. */
  examined: number
  /** Holds created, resized and removed. */
  created: number
  resized: number
  removed: number
  changes: ChannelHoldChange[]
}

/**
 * Positions read, and locked, at a time: a lock over a few hundred items
 * keeps checkouts of those items waiting for a few queries at most.
 */
export const SYNC_CHUNK = 500

/**
 * Whether a position that follows these defaults can need a hold at all.
 * Such a position has no offline pool of its own (the pool lives in an
 * allocation row), so this is the engine's answer for unlimited stock.
 */
export const defaultsImplyHold = (settings: ChannelAllocationSettings) =>
  targetHold({
    stocked: Number.MAX_SAFE_INTEGER,
    reserved_online: 0,
    offline_pool: 0,
    settings,
  }) > 0

const outOfStep = (p: LoadedPosition) =>
  p.extra_hold_ids.length > 0 || targetHold(p.state) !== p.hold_before

const channelModule = (container: MedusaContainer) =>
  container.resolve<MallChannelInventoryModuleService>(
    MALL_CHANNEL_INVENTORY_MODULE
  )

/**
 * The positions that can be out of step, a chunk at a time. When the
 * defaults imply a hold, every Medusa inventory level can need one. When
 * they do not, only positions with an allocation row (whose hold follows
 * their stock) or with a hold (to shrink or remove) can: two small queries,
 * and nothing more when the plugin holds nothing.
 */
async function* candidates(
  container: MedusaContainer,
  input: SyncChannelHoldsStepInput,
  defaults: ChannelAllocationSettings
): AsyncGenerator<PositionKey[]> {
  if (input.inventory_item_ids && !input.inventory_item_ids.length) {
    return
  }
  const inventory = container.resolve(Modules.INVENTORY)
  const scope = {
    ...(input.inventory_item_ids
      ? { inventory_item_id: input.inventory_item_ids }
      : {}),
    ...(input.location_id ? { location_id: input.location_id } : {}),
  }
  if (defaultsImplyHold(defaults)) {
    // The sync writes no levels, so offset pages stay put.
    for (let skip = 0; ; skip += SYNC_CHUNK) {
      const levels = await inventory.listInventoryLevels(scope, {
        select: ["inventory_item_id", "location_id"],
        order: { inventory_item_id: "ASC", location_id: "ASC" },
        skip,
        take: SYNC_CHUNK,
      })
      if (levels.length) {
        yield levels.map((l) => ({
          inventory_item_id: l.inventory_item_id,
          location_id: l.location_id,
        }))
      }
      if (levels.length < SYNC_CHUNK) {
        return
      }
    }
  }

  // Read whole, not paged: removing holds would shift the pages.
  const holds = await inventory.listReservationItems(
    { ...scope, description: HOLD_DESCRIPTION },
    {
      select: ["inventory_item_id", "location_id", "line_item_id", "metadata"],
      take: null,
    }
  )
  const held = new Map<string, PositionKey>()
  for (const h of holds) {
    if (isChannelHold(h)) {
      held.set(positionKey(h), {
        inventory_item_id: h.inventory_item_id,
        location_id: h.location_id,
      })
    }
  }
  const channel = channelModule(container)
  for (let skip = 0; ; skip += SYNC_CHUNK) {
    const rows = await channel.listAllocatedPositions(
      {
        ...(input.inventory_item_ids
          ? { inventory_item_ids: input.inventory_item_ids }
          : {}),
        ...(input.location_id ? { location_id: input.location_id } : {}),
      },
      { skip, take: SYNC_CHUNK }
    )
    for (const row of rows) {
      held.delete(positionKey(row))
    }
    if (rows.length) {
      yield rows
    }
    if (rows.length < SYNC_CHUNK) {
      break
    }
  }
  const rest = [...held.values()]
  for (let start = 0; start < rest.length; start += SYNC_CHUNK) {
    yield rest.slice(start, start + SYNC_CHUNK)
  }
}

/**
 * Gives positions the hold the engine computes: for a position without an
 * allocation of its own, the hold its defaults imply (the online safety
 * stock, capped by the free units); for one with an allocation, the hold
 * its pool and settings imply on today's stock (an admin may have changed
 * the stocked quantity in Medusa's inventory page). Positions already in
 * step are only read; the others are read again and written under the
 * items' lock, the key core's checkout takes, a chunk at a time. Running it
 * twice changes nothing the second time.
 *
 * No compensation, on purpose: each chunk leaves Medusa's reserved
 * quantity as the engine computes it from the position at that moment.
 * Putting the old holds back would make the storefront's figure wrong
 * again, and could fail where checkouts took the units freed meanwhile.
 */
export const syncChannelHoldsStep = createStep(
  syncChannelHoldsStepId,
  async (input: SyncChannelHoldsStepInput, { container }) => {
    const defaults = await channelModule(container).retrieveChannelDefaults()
    const result: ChannelHoldsSyncResult = {
      examined: 0,
      created: 0,
      resized: 0,
      removed: 0,
      changes: [],
    }
    for await (const keys of candidates(container, input, defaults)) {
      const read = await loadPositions(container, keys, defaults)
      result.examined += read.size
      const stale = [...read.values()].filter(outOfStep)
      if (!stale.length) {
        continue
      }
      await withInventoryLock(
        container,
        stale.map((p) => p.inventory_item_id),
        async () => {
          // Again inside the lock: a checkout or a till may have changed them.
          const fresh = [
            ...(await loadPositions(container, stale, defaults)).values(),
          ].filter(outOfStep)
          const before = fresh.map((p) => ({
            had_hold: !!p.hold_id,
            hold_before: p.hold_before + p.extra_hold_quantity,
            follows_defaults: !p.allocation,
          }))
          await writePositions(container, fresh)
          fresh.forEach((p, i) => {
            // writePositions leaves each position as written.
            const { had_hold, hold_before, follows_defaults } = before[i]
            if (!had_hold && p.hold_before > 0) {
              result.created++
            } else if (had_hold && p.hold_before === 0) {
              result.removed++
            } else {
              result.resized++
            }
            result.changes.push({
              inventory_item_id: p.inventory_item_id,
              location_id: p.location_id,
              hold_before,
              hold_after: p.hold_before,
              follows_defaults,
            })
          })
        }
      )
    }
    return new StepResponse(result)
  }
)
