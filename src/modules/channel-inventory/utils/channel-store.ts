import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import { MedusaError } from "@medusajs/framework/utils"
import type {
  Channel,
  ChannelAllocationSettings,
  ChannelMode,
  LastUnitPolicy,
  MovementType,
} from "../../../types/channel-inventory"
// generateEntityId draws random bytes per character: too slow for thousands of rows.
import { generateEntityIds } from "../../finance/utils/cod-collection-store"

/**
 * Plain-SQL reads and writes of the channel inventory module: a batch of
 * offline movements reads and writes thousands of positions and ledger rows
 * in a few statements. Called by the module service only, with its entity
 * manager.
 */

const ALLOCATION = "mall_channel_allocation"
const MOVEMENT = "mall_channel_movement"
const UNIQUE_VIOLATION = "23505"

export interface StoredAllocation extends ChannelAllocationSettings {
  id: string
  inventory_item_id: string
  location_id: string
  offline_pool: number
  hold_reservation_id: string | null
}

export type AllocationWrite = Omit<StoredAllocation, "id">

export interface NewChannelMovement {
  external_id: string | null
  inventory_item_id: string
  location_id: string
  sku: string | null
  type: MovementType
  channel: Channel
  quantity: number
  stocked_delta: number
  offline_pool_delta: number
  borrowed: number
  source: string
  reference: string | null
  reason: string | null
  occurred_at: Date | string
  created_by: string | null
}

export interface StoredChannelMovement extends NewChannelMovement {
  id: string
  created_at: Date | string
}

type AllocationRow = {
  id: string
  inventory_item_id: string
  location_id: string
  mode: ChannelMode
  online_safety_stock: number
  offline_safety_stock: number
  last_unit_policy: LastUnitPolicy
  offline_pool: number
  hold_reservation_id: string | null
}

const toAllocation = (row: AllocationRow): StoredAllocation => ({
  id: row.id,
  inventory_item_id: row.inventory_item_id,
  location_id: row.location_id,
  mode: row.mode,
  online_safety_stock: Number(row.online_safety_stock),
  offline_safety_stock: Number(row.offline_safety_stock),
  last_unit_policy: row.last_unit_policy,
  offline_pool: Number(row.offline_pool),
  hold_reservation_id: row.hold_reservation_id ?? null,
})

/** Allocation rows of the given items (and locations, when given). */
export async function selectAllocations(
  knex: Knex,
  filters: { inventory_item_ids?: string[]; location_ids?: string[] }
): Promise<StoredAllocation[]> {
  const query = knex(ALLOCATION).whereNull("deleted_at")
  if (filters.inventory_item_ids) {
    if (!filters.inventory_item_ids.length) {
      return []
    }
    query.whereRaw("inventory_item_id = any(?::text[])", [
      filters.inventory_item_ids,
    ] as unknown as Knex.RawBinding[])
  }
  if (filters.location_ids) {
    if (!filters.location_ids.length) {
      return []
    }
    query.whereRaw("location_id = any(?::text[])", [
      filters.location_ids,
    ] as unknown as Knex.RawBinding[])
  }
  return ((await query.select("*")) as AllocationRow[]).map(toAllocation)
}

/** Inserts or replaces positions' allocation rows, by (item, location). */
export async function upsertAllocations(
  knex: Knex,
  rows: AllocationWrite[]
): Promise<void> {
  if (!rows.length) {
    return
  }
  const now = new Date()
  const c = {
    id: generateEntityIds("chalc", rows.length),
    item: rows.map((r) => r.inventory_item_id),
    location: rows.map((r) => r.location_id),
    mode: rows.map((r) => r.mode),
    online: rows.map((r) => r.online_safety_stock),
    offline: rows.map((r) => r.offline_safety_stock),
    policy: rows.map((r) => r.last_unit_policy),
    pool: rows.map((r) => r.offline_pool),
    hold: rows.map((r) => r.hold_reservation_id),
  }
  await knex.raw(
    `insert into "${ALLOCATION}" (id, inventory_item_id, location_id, mode, online_safety_stock, offline_safety_stock, last_unit_policy, offline_pool, hold_reservation_id, created_at, updated_at)
     select u.*, ?::timestamptz, ?::timestamptz
     from unnest(?::text[], ?::text[], ?::text[], ?::text[], ?::int[], ?::int[], ?::text[], ?::int[], ?::text[]) as u
     on conflict (inventory_item_id, location_id) where deleted_at is null do update set
       mode = excluded.mode,
       online_safety_stock = excluded.online_safety_stock,
       offline_safety_stock = excluded.offline_safety_stock,
       last_unit_policy = excluded.last_unit_policy,
       offline_pool = excluded.offline_pool,
       hold_reservation_id = excluded.hold_reservation_id,
       updated_at = excluded.updated_at`,
    [
      now,
      now,
      c.id,
      c.item,
      c.location,
      c.mode,
      c.online,
      c.offline,
      c.policy,
      c.pool,
      c.hold,
    ] as unknown as Knex.RawBinding[]
  )
}

/** Removes positions' allocation rows for good (a compensation). */
export async function deleteAllocationsAt(
  knex: Knex,
  positions: { inventory_item_id: string; location_id: string }[]
): Promise<void> {
  if (!positions.length) {
    return
  }
  await knex.raw(
    `delete from "${ALLOCATION}" a using unnest(?::text[], ?::text[]) as p(item, location)
     where a.inventory_item_id = p.item and a.location_id = p.location`,
    [
      positions.map((p) => p.inventory_item_id),
      positions.map((p) => p.location_id),
    ] as unknown as Knex.RawBinding[]
  )
}

/** The external ids among `ids` that the ledger already holds. */
export async function selectKnownExternalIds(
  knex: Knex,
  ids: string[]
): Promise<Set<string>> {
  if (!ids.length) {
    return new Set()
  }
  const rows = (await knex.raw(
    `select external_id from "${MOVEMENT}" where external_id = any(?::text[]) and deleted_at is null`,
    [ids] as unknown as Knex.RawBinding[]
  )) as { rows: { external_id: string }[] }
  return new Set(rows.rows.map((r) => r.external_id))
}

const INSERT_CHUNK = 10_000

/**
 * Appends ledger rows and returns their ids. An external id already there
 * (a concurrent batch won the race) fails the whole insert with CONFLICT.
 */
export async function insertMovements(
  knex: Knex,
  movements: NewChannelMovement[]
): Promise<string[]> {
  const ids: string[] = []
  const now = new Date()
  try {
    for (let start = 0; start < movements.length; start += INSERT_CHUNK) {
      const chunk = movements.slice(start, start + INSERT_CHUNK)
      const chunkIds = generateEntityIds("chmov", chunk.length)
      const col = <K extends keyof NewChannelMovement>(key: K) =>
        chunk.map((m) => m[key] ?? null)
      await knex.raw(
        `insert into "${MOVEMENT}" (id, external_id, inventory_item_id, location_id, sku, type, channel, quantity, stocked_delta, offline_pool_delta, borrowed, source, reference, reason, occurred_at, created_by, created_at, updated_at)
         select u.*, ?::timestamptz, ?::timestamptz
         from unnest(?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::int[], ?::int[], ?::int[], ?::int[], ?::text[], ?::text[], ?::text[], ?::timestamptz[], ?::text[]) as u`,
        [
          now,
          now,
          chunkIds,
          col("external_id"),
          col("inventory_item_id"),
          col("location_id"),
          col("sku"),
          col("type"),
          col("channel"),
          col("quantity"),
          col("stocked_delta"),
          col("offline_pool_delta"),
          col("borrowed"),
          col("source"),
          col("reference"),
          col("reason"),
          chunk.map((m) =>
            m.occurred_at instanceof Date
              ? m.occurred_at.toISOString()
              : m.occurred_at
          ),
          col("created_by"),
        ] as unknown as Knex.RawBinding[]
      )
      ids.push(...chunkIds)
    }
  } catch (error) {
    if ((error as { code?: string } | null)?.code === UNIQUE_VIOLATION) {
      throw new MedusaError(
        MedusaError.Types.CONFLICT,
        "Another batch applied some of these movements at the same time; send the batch again: what was applied is reported as duplicate"
      )
    }
    throw error
  }
  return ids
}

/** Removes ledger rows for good (a compensation only: the ledger is append-only). */
export async function deleteMovementsById(
  knex: Knex,
  ids: string[]
): Promise<void> {
  for (let start = 0; start < ids.length; start += INSERT_CHUNK) {
    await knex.raw(`delete from "${MOVEMENT}" where id = any(?::text[])`, [
      ids.slice(start, start + INSERT_CHUNK),
    ] as unknown as Knex.RawBinding[])
  }
}

export interface MovementFilters {
  inventory_item_ids?: string[]
  location_id?: string
  type?: MovementType[]
  channel?: Channel
  source?: string
  external_id?: string
  occurred_from?: Date
  occurred_to?: Date
}

/** A page of the ledger, newest first. */
export async function selectMovements(
  knex: Knex,
  filters: MovementFilters,
  page: { skip: number; take: number }
): Promise<[StoredChannelMovement[], number]> {
  const query = knex(MOVEMENT).whereNull("deleted_at")
  if (filters.inventory_item_ids) {
    if (!filters.inventory_item_ids.length) {
      return [[], 0]
    }
    query.whereRaw("inventory_item_id = any(?::text[])", [
      filters.inventory_item_ids,
    ] as unknown as Knex.RawBinding[])
  }
  if (filters.location_id) {
    query.where("location_id", filters.location_id)
  }
  if (filters.type?.length) {
    query.whereRaw("type = any(?::text[])", [
      filters.type,
    ] as unknown as Knex.RawBinding[])
  }
  if (filters.channel) {
    query.where("channel", filters.channel)
  }
  if (filters.source) {
    query.where("source", filters.source)
  }
  if (filters.external_id) {
    query.where("external_id", filters.external_id)
  }
  if (filters.occurred_from) {
    query.where("occurred_at", ">=", filters.occurred_from)
  }
  if (filters.occurred_to) {
    query.where("occurred_at", "<", filters.occurred_to)
  }
  const [{ count }] = (await query
    .clone()
    .count({ count: "*" })) as unknown as { count: string }[]
  const rows = (await query
    .select("*")
    .orderBy([
      { column: "occurred_at", order: "desc" },
      { column: "id", order: "desc" },
    ])
    .offset(page.skip)
    .limit(page.take)) as (StoredChannelMovement & {
    quantity: number | string
  })[]
  return [
    rows.map((r) => ({
      id: r.id,
      external_id: r.external_id ?? null,
      inventory_item_id: r.inventory_item_id,
      location_id: r.location_id,
      sku: r.sku ?? null,
      type: r.type,
      channel: r.channel,
      quantity: Number(r.quantity),
      stocked_delta: Number(r.stocked_delta),
      offline_pool_delta: Number(r.offline_pool_delta),
      borrowed: Number(r.borrowed),
      source: r.source,
      reference: r.reference ?? null,
      reason: r.reason ?? null,
      occurred_at: r.occurred_at,
      created_by: r.created_by ?? null,
      created_at: r.created_at,
    })),
    Number(count),
  ]
}

export interface PositionSales {
  inventory_item_id: string
  location_id: string
  /** Units sold online in the window. */
  online: number
  /** Units sold offline in the window, less the offline returns. */
  offline: number
}

/**
 * Units sold per channel since `since`, for each of the positions, in one
 * aggregate over the ledger (grouped by position and type). A position
 * without sales is missing from the answer.
 */
export async function selectSalesSince(
  knex: Knex,
  positions: { inventory_item_id: string; location_id: string }[],
  since: Date
): Promise<PositionSales[]> {
  if (!positions.length) {
    return []
  }
  const { rows } = (await knex.raw(
    `select m.inventory_item_id, m.location_id, m.type, sum(abs(m.quantity))::int as units
     from "${MOVEMENT}" m
     join unnest(?::text[], ?::text[]) as p(item, location)
       on m.inventory_item_id = p.item and m.location_id = p.location
     where m.deleted_at is null
       and m.occurred_at >= ?::timestamptz
       and m.type in ('online_sale', 'offline_sale', 'offline_return')
     group by m.inventory_item_id, m.location_id, m.type`,
    [
      positions.map((p) => p.inventory_item_id),
      positions.map((p) => p.location_id),
      since.toISOString(),
    ] as unknown as Knex.RawBinding[]
  )) as {
    rows: {
      inventory_item_id: string
      location_id: string
      type: MovementType
      units: number | string
    }[]
  }
  const byPosition = new Map<string, PositionSales>()
  for (const row of rows) {
    const key = `${row.inventory_item_id}|${row.location_id}`
    const sales = byPosition.get(key) ?? {
      inventory_item_id: row.inventory_item_id,
      location_id: row.location_id,
      online: 0,
      offline: 0,
    }
    const n = Number(row.units)
    if (row.type === "online_sale") {
      sales.online += n
    } else {
      sales.offline += row.type === "offline_sale" ? n : -n
    }
    byPosition.set(key, sales)
  }
  return [...byPosition.values()]
}

/** Allocation rows matching the filters (and mode, when given). */
function positionsQuery(
  knex: Knex,
  filters: { inventory_item_ids?: string[]; location_id?: string },
  mode?: ChannelMode
): Knex.QueryBuilder | null {
  const query = knex(ALLOCATION).whereNull("deleted_at")
  if (mode) {
    query.where("mode", mode)
  }
  if (filters.inventory_item_ids) {
    if (!filters.inventory_item_ids.length) {
      return null
    }
    query.whereRaw("inventory_item_id = any(?::text[])", [
      filters.inventory_item_ids,
    ] as unknown as Knex.RawBinding[])
  }
  if (filters.location_id) {
    query.where("location_id", filters.location_id)
  }
  return query
}

const pageOfPositions = async (
  query: Knex.QueryBuilder,
  page: { skip: number; take: number }
) =>
  (await query
    .select("inventory_item_id", "location_id")
    .orderBy([
      { column: "inventory_item_id", order: "asc" },
      { column: "location_id", order: "asc" },
    ])
    .offset(page.skip)
    .limit(page.take)) as { inventory_item_id: string; location_id: string }[]

/**
 * A page of the positions with their own split allocation, by item then
 * location, and their count.
 */
export async function selectSplitPositions(
  knex: Knex,
  filters: { inventory_item_ids?: string[]; location_id?: string },
  page: { skip: number; take: number }
): Promise<[{ inventory_item_id: string; location_id: string }[], number]> {
  const query = positionsQuery(knex, filters, "split")
  if (!query) {
    return [[], 0]
  }
  const [{ count }] = (await query
    .clone()
    .count({ count: "*" })) as unknown as { count: string }[]
  return [await pageOfPositions(query, page), Number(count)]
}

/** A page of the positions with an allocation row, by item then location. */
export async function selectAllocatedPositions(
  knex: Knex,
  filters: { inventory_item_ids?: string[]; location_id?: string },
  page: { skip: number; take: number }
): Promise<{ inventory_item_id: string; location_id: string }[]> {
  const query = positionsQuery(knex, filters)
  return query ? await pageOfPositions(query, page) : []
}
