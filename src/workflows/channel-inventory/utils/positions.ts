import type { MedusaContainer } from "@medusajs/framework/types"
import { MathBN, MedusaError, Modules } from "@medusajs/framework/utils"
import type MallChannelInventoryModuleService from "../../../modules/channel-inventory/service"
import type { StoredAllocation } from "../../../modules/channel-inventory/service"
import type {
  ChannelAllocationSettings,
  PositionState,
} from "../../../types/channel-inventory"
import { MALL_CHANNEL_INVENTORY_MODULE } from "../../../types/modules"
import { targetHold } from "../../../utils/channel-position"

/**
 * The standalone reservation that holds a position's offline pool. A
 * position with an allocation row names its hold there; a position that
 * follows the defaults has no row, and its hold is found by this
 * description and metadata.
 */
export const HOLD_DESCRIPTION = "mall offline pool"
export const HOLD_METADATA = { mall_channel_hold: true }

/** Whether a reservation read with its line item and metadata is one of the plugin's holds. */
export const isChannelHold = (r: {
  line_item_id?: string | null
  metadata?: Record<string, unknown> | null
}) =>
  !r.line_item_id &&
  r.metadata?.mall_channel_hold === HOLD_METADATA.mall_channel_hold

/**
 * How long a channel change waits for the inventory items' lock, in
 * seconds. Longer than core's 5: a batch waits behind checkouts rather than
 * failing.
 */
export const LOCK_TIMEOUT_SECONDS = 60

export interface PositionKey {
  inventory_item_id: string
  location_id: string
}

export const positionKey = (p: PositionKey) =>
  `${p.inventory_item_id}|${p.location_id}`

/** A position as read inside the lock, and its working state. */
export interface LoadedPosition extends PositionKey {
  /** Medusa's stocked quantity when read. */
  stocked_before: number
  hold_id: string | null
  hold_before: number
  /**
   * Further holds found at the position (two instances without a shared
   * lock can each create one): counted out of the orders' reservations and
   * deleted by the next write.
   */
  extra_hold_ids: string[]
  /** Their quantity. */
  extra_hold_quantity: number
  allocation: StoredAllocation | null
  /** What the engine works on; the caller changes it in place. */
  state: PositionState
  /** Write an allocation row even if nothing else changed (settings edited). */
  touched: boolean
}

/** What a write changed, to undo it (compensation). */
export interface PositionUndo extends PositionKey {
  stocked_delta: number
  allocation_before: StoredAllocation | null
}

const num = (value: unknown) =>
  value === null || value === undefined
    ? 0
    : MathBN.convert(value as number).toNumber()

const channelModule = (container: MedusaContainer) =>
  container.resolve<MallChannelInventoryModuleService>(
    MALL_CHANNEL_INVENTORY_MODULE
  )

/** Runs `job` holding the lock core's reservations use: the inventory item ids. */
export async function withInventoryLock<T>(
  container: MedusaContainer,
  inventory_item_ids: string[],
  job: () => Promise<T>
): Promise<T> {
  const keys = [...new Set(inventory_item_ids)].sort()
  if (!keys.length) {
    return await job()
  }
  const locking = container.resolve(Modules.LOCKING)
  return await locking.execute(keys, job, { timeout: LOCK_TIMEOUT_SECONDS })
}

/**
 * Reads positions fresh: Medusa's levels, the holds and the allocation
 * rows. Call it inside `withInventoryLock`. A position Medusa has no level
 * for is missing from the map.
 */
export async function loadPositions(
  container: MedusaContainer,
  keys: PositionKey[],
  defaults?: ChannelAllocationSettings
): Promise<Map<string, LoadedPosition>> {
  const positions = new Map<string, LoadedPosition>()
  if (!keys.length) {
    return positions
  }
  const inventory = container.resolve(Modules.INVENTORY)
  const channel = channelModule(container)
  const wanted = new Set(keys.map(positionKey))
  const item_ids = [...new Set(keys.map((k) => k.inventory_item_id))]
  const location_ids = [...new Set(keys.map((k) => k.location_id))]
  const [levels, allocations, fallback, marked] = await Promise.all([
    inventory.listInventoryLevels(
      { inventory_item_id: item_ids, location_id: location_ids },
      {
        select: [
          "id",
          "inventory_item_id",
          "location_id",
          "stocked_quantity",
          "reserved_quantity",
        ],
        take: null,
      }
    ),
    channel.listAllocationRows({
      inventory_item_ids: item_ids,
      location_ids,
    }),
    defaults ? Promise.resolve(defaults) : channel.retrieveChannelDefaults(),
    // Every hold the plugin made, with or without a row: the holds of
    // positions that follow the defaults are known only this way.
    inventory.listReservationItems(
      {
        inventory_item_id: item_ids,
        location_id: location_ids,
        description: HOLD_DESCRIPTION,
      },
      {
        select: [
          "id",
          "inventory_item_id",
          "location_id",
          "line_item_id",
          "quantity",
          "metadata",
        ],
        order: { id: "ASC" },
        take: null,
      }
    ),
  ])
  const byKey = new Map(allocations.map((a) => [positionKey(a), a]))
  const holdQuantity = new Map<string, number>()
  const markedAt = new Map<string, string[]>()
  for (const r of marked) {
    if (!isChannelHold(r)) {
      continue
    }
    holdQuantity.set(r.id, num(r.quantity))
    const key = positionKey(r)
    markedAt.set(key, [...(markedAt.get(key) ?? []), r.id])
  }
  // A row's hold whose description an admin edited is still its hold.
  const unmarked = allocations
    .map((a) => a.hold_reservation_id)
    .filter((id): id is string => !!id && !holdQuantity.has(id))
  const rowHolds = unmarked.length
    ? await inventory.listReservationItems(
        { id: unmarked },
        { select: ["id", "quantity"], take: null }
      )
    : []
  for (const h of rowHolds) {
    holdQuantity.set(h.id, num(h.quantity))
  }

  for (const level of levels) {
    const key = positionKey(level)
    if (!wanted.has(key)) {
      continue
    }
    const allocation = byKey.get(key) ?? null
    const found = markedAt.get(key) ?? []
    const hold_id =
      allocation?.hold_reservation_id &&
      holdQuantity.has(allocation.hold_reservation_id)
        ? allocation.hold_reservation_id
        : (found[0] ?? null)
    const hold_before = hold_id ? holdQuantity.get(hold_id)! : 0
    const extra_hold_ids = found.filter((id) => id !== hold_id)
    const extra_hold_quantity = extra_hold_ids.reduce(
      (sum, id) => sum + holdQuantity.get(id)!,
      0
    )
    const stocked = num(level.stocked_quantity)
    const settings: ChannelAllocationSettings = allocation
      ? {
          mode: allocation.mode,
          online_safety_stock: allocation.online_safety_stock,
          offline_safety_stock: allocation.offline_safety_stock,
          last_unit_policy: allocation.last_unit_policy,
        }
      : { ...fallback }
    positions.set(key, {
      inventory_item_id: level.inventory_item_id,
      location_id: level.location_id,
      stocked_before: stocked,
      hold_id,
      hold_before,
      extra_hold_ids,
      extra_hold_quantity,
      allocation,
      touched: false,
      state: {
        stocked,
        reserved_online: Math.max(
          0,
          num(level.reserved_quantity) - hold_before - extra_hold_quantity
        ),
        offline_pool: allocation?.offline_pool ?? 0,
        settings,
      },
    })
  }
  return positions
}

const sameAllocation = (
  before: StoredAllocation | null,
  p: LoadedPosition,
  hold_reservation_id: string | null
) =>
  !!before &&
  before.mode === p.state.settings.mode &&
  before.online_safety_stock === p.state.settings.online_safety_stock &&
  before.offline_safety_stock === p.state.settings.offline_safety_stock &&
  before.last_unit_policy === p.state.settings.last_unit_policy &&
  before.offline_pool === p.state.offline_pool &&
  before.hold_reservation_id === hold_reservation_id

/**
 * Writes positions the engine changed: Medusa's stocked quantity, the hold
 * reservation (sized by `targetHold`), and the allocation row. Holds shrink
 * before stock goes down and grow after it goes up, so Medusa's own checks
 * never trip. Call it inside the same lock as `loadPositions`.
 */
export async function writePositions(
  container: MedusaContainer,
  positions: Iterable<LoadedPosition>
): Promise<PositionUndo[]> {
  const inventory = container.resolve(Modules.INVENTORY)
  const channel = channelModule(container)

  const shrink: { id: string; quantity: number }[] = []
  const drop: string[] = []
  const grow: { id: string; quantity: number }[] = []
  const create: (PositionKey & { quantity: number })[] = []
  const levels: (PositionKey & { stocked_quantity: number })[] = []
  const planned: { p: LoadedPosition; hold: number }[] = []

  for (const p of positions) {
    const hold = targetHold(p.state)
    drop.push(...p.extra_hold_ids)
    const stockChanged = p.state.stocked !== p.stocked_before
    if (stockChanged) {
      levels.push({
        inventory_item_id: p.inventory_item_id,
        location_id: p.location_id,
        stocked_quantity: p.state.stocked,
      })
    }
    // Stock lowered under what is reserved (an admin's edit in Medusa):
    // Medusa refuses to update any reservation of such a level, even to
    // shrink it, so the hold is replaced. Deleting is never refused, and
    // the new hold fits the free units.
    const overReserved =
      p.stocked_before - p.state.reserved_online - p.hold_before < 0
    if (p.hold_id && hold === 0) {
      drop.push(p.hold_id)
    } else if (p.hold_id && hold < p.hold_before && overReserved) {
      drop.push(p.hold_id)
      create.push({
        inventory_item_id: p.inventory_item_id,
        location_id: p.location_id,
        quantity: hold,
      })
    } else if (p.hold_id && hold < p.hold_before) {
      shrink.push({ id: p.hold_id, quantity: hold })
    } else if (p.hold_id && hold > p.hold_before) {
      grow.push({ id: p.hold_id, quantity: hold })
    } else if (!p.hold_id && hold > 0) {
      create.push({
        inventory_item_id: p.inventory_item_id,
        location_id: p.location_id,
        quantity: hold,
      })
    }
    planned.push({ p, hold })
  }

  if (drop.length) {
    await inventory.deleteReservationItems(drop)
  }
  if (shrink.length) {
    await inventory.updateReservationItems(shrink)
  }
  if (levels.length) {
    await inventory.updateInventoryLevels(levels)
  }
  if (grow.length) {
    await inventory.updateReservationItems(grow)
  }
  const created = create.length
    ? await inventory.createReservationItems(
        create.map((c) => ({
          ...c,
          description: HOLD_DESCRIPTION,
          metadata: HOLD_METADATA,
          allow_backorder: false,
        }))
      )
    : []
  const createdByKey = new Map(created.map((r) => [positionKey(r), r.id]))

  const rows = []
  const undo: PositionUndo[] = []
  for (const { p, hold } of planned) {
    const hold_reservation_id =
      hold === 0 ? null : (createdByKey.get(positionKey(p)) ?? p.hold_id!)
    // A hold alone needs no row: a position that follows the defaults keeps
    // following them (its hold is found by its marker), so a change of the
    // defaults still reaches it.
    const needsRow = p.allocation || p.touched || p.state.offline_pool > 0
    if (needsRow && !sameAllocation(p.allocation, p, hold_reservation_id)) {
      rows.push({
        inventory_item_id: p.inventory_item_id,
        location_id: p.location_id,
        ...p.state.settings,
        offline_pool: p.state.offline_pool,
        hold_reservation_id,
      })
    }
    undo.push({
      inventory_item_id: p.inventory_item_id,
      location_id: p.location_id,
      stocked_delta: p.state.stocked - p.stocked_before,
      allocation_before: p.allocation,
    })
    // The position as written: a second write in the same lock starts here.
    p.stocked_before = p.state.stocked
    p.hold_id = hold_reservation_id
    p.hold_before = hold
    p.extra_hold_ids = []
    p.extra_hold_quantity = 0
  }
  await channel.writeAllocationRows(rows)
  for (const row of rows) {
    const p = planned.find((x) => positionKey(x.p) === positionKey(row))?.p
    if (p) {
      p.allocation = { id: p.allocation?.id ?? "", ...row }
    }
  }
  return undo
}

/**
 * Undoes `writePositions` (a compensation): puts the stock back by the
 * deltas and the allocation rows as they were, and resizes the holds.
 */
export async function revertPositions(
  container: MedusaContainer,
  undo: PositionUndo[]
): Promise<void> {
  if (!undo.length) {
    return
  }
  const channel = channelModule(container)
  await withInventoryLock(
    container,
    undo.map((u) => u.inventory_item_id),
    async () => {
      const positions = await loadPositions(container, undo)
      const removeRows: PositionKey[] = []
      for (const u of undo) {
        const p = positions.get(positionKey(u))
        if (!p) {
          continue
        }
        p.state.stocked -= u.stocked_delta
        if (u.allocation_before) {
          const {
            id: _id,
            hold_reservation_id: _hold,
            offline_pool,
            ...settings
          } = u.allocation_before
          p.state.offline_pool = offline_pool
          p.state.settings = {
            mode: settings.mode,
            online_safety_stock: settings.online_safety_stock,
            offline_safety_stock: settings.offline_safety_stock,
            last_unit_policy: settings.last_unit_policy,
          }
          p.touched = true
        } else {
          p.state.offline_pool = 0
          removeRows.push(u)
        }
      }
      await writePositions(
        container,
        [...positions.values()].map((p) =>
          removeRows.some((r) => positionKey(r) === positionKey(p))
            ? { ...p, touched: false }
            : p
        )
      )
      // Positions that had no row go back to the defaults: the row's hold
      // goes, and the hold the defaults imply comes back.
      const leftover = (
        await channel.listAllocationRows({
          inventory_item_ids: removeRows.map((r) => r.inventory_item_id),
          location_ids: removeRows.map((r) => r.location_id),
        })
      ).filter((a) => removeRows.some((r) => positionKey(r) === positionKey(a)))
      if (leftover.length) {
        const holds = leftover
          .map((a) => a.hold_reservation_id)
          .filter((id): id is string => !!id)
        if (holds.length) {
          await container
            .resolve(Modules.INVENTORY)
            .deleteReservationItems(holds)
        }
        await channel.removeAllocationRows(leftover)
        await writePositions(
          container,
          (await loadPositions(container, leftover)).values()
        )
      }
    }
  )
}

/** Refuses a change to positions Medusa does not stock. */
export function assertPositionsExist(
  positions: Map<string, LoadedPosition>,
  keys: PositionKey[],
  describe: (key: PositionKey) => string
) {
  const missing = keys.filter((k) => !positions.has(positionKey(k)))
  if (missing.length) {
    throw new MedusaError(
      MedusaError.Types.NOT_FOUND,
      `${missing.slice(0, 5).map(describe).join("; ")}: not stocked there; add the item to the location in Medusa first`
    )
  }
}
