import type { Knex, SqlEntityManager } from "@medusajs/framework/mikro-orm/knex"
import type { Context } from "@medusajs/framework/types"
import { generateEntityId, MedusaError } from "@medusajs/framework/utils"
import type { RoutingDecision } from "../../../types/routing"
// generateEntityId draws random bytes per character: too slow for thousands of rows.
import { generateEntityIds } from "../../finance/utils/cod-collection-store"

/**
 * Plain-SQL writes of the routing module: a decision, its allocation rows and
 * the flip of the previous version must land together in one transaction,
 * and a centroid import upserts thousands of rows in one statement. Called
 * by the routing module service only, with its entity manager.
 */

const DECISION = "mall_routing_decision"
const ALLOCATION = "mall_routing_allocation"
const CENTROID = "mall_geo_centroid"

const UNIQUE_VIOLATION = "23505"

export function knexOf(sharedContext: Context): Knex {
  const manager = (sharedContext.transactionManager ??
    sharedContext.manager) as SqlEntityManager
  return (
    (manager.getTransactionContext() as Knex | undefined) ?? manager.getKnex()
  )
}

const DEADLOCK = "40P01"

/**
 * Two requests deciding for one order at once: one hits the current-decision
 * unique index, or PostgreSQL breaks the deadlock their index locks make by
 * aborting one. Either way the loser was racing another request.
 */
const isRace = (error: unknown) =>
  [UNIQUE_VIOLATION, DEADLOCK].includes(
    (error as { code?: string } | null)?.code ?? ""
  )

export type NewRoutingDecision = Omit<
  RoutingDecision,
  "id" | "version" | "is_current" | "created_at"
>

type DecisionRow = {
  id: string
  order_id: string
  version: number
  source: RoutingDecision["source"]
  status: RoutingDecision["status"]
  is_current: boolean
  allocations: RoutingDecision["allocations"]
  unallocated: RoutingDecision["unallocated"]
  trace: RoutingDecision["trace"]
  summary: string
  geocode: RoutingDecision["geocode"]
  reason: string | null
  created_by: string | null
  created_at: Date | string
}

export function toRoutingDecision(row: DecisionRow): RoutingDecision {
  return {
    id: row.id,
    order_id: row.order_id,
    version: Number(row.version),
    source: row.source,
    status: row.status,
    is_current: row.is_current,
    allocations: row.allocations ?? [],
    unallocated: row.unallocated ?? [],
    trace: row.trace ?? [],
    summary: row.summary,
    geocode: row.geocode ?? null,
    reason: row.reason ?? null,
    created_by: row.created_by ?? null,
    created_at: row.created_at,
  }
}

/**
 * Adds the order's next version and makes it the current one; the caller
 * holds the transaction. Two requests routing one order at once both read
 * the same last version: the unique indexes reject the second insert.
 */
export async function insertDecision(
  knex: Knex,
  input: NewRoutingDecision
): Promise<RoutingDecision> {
  try {
    const last = (await knex(DECISION)
      .where({ order_id: input.order_id })
      .whereNull("deleted_at")
      .max({ version: "version" })
      .first()) as { version: number | null } | undefined
    const version = Number(last?.version ?? 0) + 1

    await knex(DECISION)
      .where({ order_id: input.order_id, is_current: true })
      .whereNull("deleted_at")
      .update({ is_current: false, updated_at: knex.fn.now() })
    await knex(ALLOCATION)
      .where({ order_id: input.order_id, is_current: true })
      .whereNull("deleted_at")
      .update({ is_current: false, updated_at: knex.fn.now() })

    const id = generateEntityId(undefined, "rdec")
    // jsonb columns get JSON text: the pg driver would send a JS array as a
    // Postgres array.
    const [row] = (await knex(DECISION)
      .insert({
        id,
        order_id: input.order_id,
        version,
        source: input.source,
        status: input.status,
        is_current: true,
        allocations: JSON.stringify(input.allocations),
        unallocated: JSON.stringify(input.unallocated),
        trace: JSON.stringify(input.trace),
        summary: input.summary,
        geocode: input.geocode ? JSON.stringify(input.geocode) : null,
        reason: input.reason ?? null,
        created_by: input.created_by ?? null,
      })
      .returning("*")) as DecisionRow[]

    const allocations = input.allocations.filter((a) => a.quantity > 0)
    if (allocations.length) {
      await knex(ALLOCATION).insert(
        allocations.map((a) => ({
          id: generateEntityId(undefined, "ralloc"),
          decision_id: id,
          order_id: input.order_id,
          line_item_id: a.line_item_id,
          location_id: a.location_id,
          quantity: a.quantity,
          is_current: true,
        }))
      )
    }
    return toRoutingDecision(row)
  } catch (error) {
    if (isRace(error)) {
      throw new MedusaError(
        MedusaError.Types.CONFLICT,
        `Order ${input.order_id} is being routed by another request at the same time; reload the order and try again`
      )
    }
    throw error
  }
}

/**
 * Removes a decision and its rows; when it was current, the version before
 * it becomes current again. Nothing to do when it is already gone, so a
 * compensation may run twice.
 */
export async function deleteDecision(knex: Knex, id: string): Promise<void> {
  const row = (await knex(DECISION)
    .select(["id", "order_id", "is_current"])
    .where({ id })
    .forUpdate()
    .first()) as
    { id: string; order_id: string; is_current: boolean } | undefined
  if (!row) {
    return
  }
  await knex(ALLOCATION).where({ decision_id: id }).delete()
  await knex(DECISION).where({ id }).delete()
  if (!row.is_current) {
    return
  }
  const previous = (await knex(DECISION)
    .select(["id"])
    .where({ order_id: row.order_id })
    .whereNull("deleted_at")
    .orderBy("version", "desc")
    .first()) as { id: string } | undefined
  if (!previous) {
    return
  }
  await knex(DECISION)
    .where({ id: previous.id })
    .update({ is_current: true, updated_at: knex.fn.now() })
  await knex(ALLOCATION)
    .where({ decision_id: previous.id })
    .whereNull("deleted_at")
    .update({ is_current: true, updated_at: knex.fn.now() })
}

/** Distinct orders per location among current allocations made in [from, to). */
export async function countOrdersBetween(
  knex: Knex,
  location_ids: string[],
  from: Date,
  to: Date
): Promise<Record<string, number>> {
  const counts: Record<string, number> = Object.fromEntries(
    location_ids.map((id) => [id, 0])
  )
  if (!location_ids.length) {
    return counts
  }
  const rows = (await knex(ALLOCATION)
    .select("location_id")
    .select(knex.raw("count(distinct order_id)::int as orders"))
    .whereRaw("location_id = any(?::text[])", [location_ids])
    .where({ is_current: true })
    .whereNull("deleted_at")
    .where("created_at", ">=", from)
    .where("created_at", "<", to)
    .groupBy("location_id")) as { location_id: string; orders: number }[]
  for (const row of rows) {
    counts[row.location_id] = Number(row.orders)
  }
  return counts
}

/** A centroid row ready to store: normalised, with its natural key. */
export interface StoredCentroid {
  natural_key: string
  country_code: string
  province: string | null
  city: string | null
  postal_prefix: string | null
  aliases: string[]
  latitude: number
  longitude: number
  label: string
}

/**
 * Upserts centroids by natural key in one statement: the whole batch travels
 * as one JSON parameter, so five thousand rows cost one round trip. The
 * caller removes duplicate keys first (one statement cannot update a row
 * twice).
 */
export async function upsertCentroids(
  knex: Knex,
  rows: StoredCentroid[]
): Promise<{ imported: number; updated: number }> {
  if (!rows.length) {
    return { imported: 0, updated: 0 }
  }
  const ids = generateEntityIds("geoc", rows.length)
  const payload = rows.map((row, i) => ({ ...row, id: ids[i] }))
  const result = await knex.raw(
    `insert into ${CENTROID}
       (id, natural_key, country_code, province, city, postal_prefix, aliases,
        latitude, longitude, label)
     select r.id, r.natural_key, r.country_code, r.province, r.city,
            r.postal_prefix,
            array(select a.value from jsonb_array_elements_text(r.aliases)
                  with ordinality as a(value, n) order by a.n),
            r.latitude, r.longitude, r.label
       from jsonb_to_recordset(?::jsonb) as r(
              id text, natural_key text, country_code text, province text,
              city text, postal_prefix text, aliases jsonb,
              latitude double precision, longitude double precision,
              label text)
     on conflict (natural_key) where deleted_at is null do update set
       country_code = excluded.country_code,
       province = excluded.province,
       city = excluded.city,
       postal_prefix = excluded.postal_prefix,
       aliases = excluded.aliases,
       latitude = excluded.latitude,
       longitude = excluded.longitude,
       label = excluded.label,
       updated_at = now()
     returning (xmax = 0) as inserted`,
    [JSON.stringify(payload)]
  )
  const returned = (result as { rows: { inserted: boolean }[] }).rows
  const imported = returned.filter((r) => r.inserted).length
  return { imported, updated: returned.length - imported }
}

const CENTROID_COLUMNS = [
  "id",
  "country_code",
  "province",
  "city",
  "postal_prefix",
  "aliases",
  "latitude",
  "longitude",
  "label",
]

/**
 * A page of centroids, by natural key. `q` matches any part of the label,
 * the names, the postal prefix or an alias, case-insensitively.
 */
export async function searchCentroids(
  knex: Knex,
  filters: { country_code?: string; q?: string },
  page: { skip: number; take: number }
): Promise<[(StoredCentroid & { id: string })[], number]> {
  const where = (qb: Knex.QueryBuilder) => {
    qb.whereNull("deleted_at")
    if (filters.country_code) {
      qb.where("country_code", filters.country_code)
    }
    if (filters.q) {
      const like = `%${filters.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`
      qb.where((or) =>
        or
          .whereILike("label", like)
          .orWhereILike("natural_key", like)
          .orWhereRaw(
            "exists (select 1 from unnest(aliases) as alias where alias ilike ?)",
            [like]
          )
      )
    }
  }
  // One after the other: inside a transaction both would share a connection.
  const rows = await knex(CENTROID)
    .select(CENTROID_COLUMNS)
    .modify(where)
    .orderBy("natural_key")
    .offset(page.skip)
    .limit(page.take)
  const [{ count }] = await knex(CENTROID).count({ count: "*" }).modify(where)
  return [rows as (StoredCentroid & { id: string })[], Number(count)]
}
