import type { Context } from "@medusajs/framework/types"
import type { Knex, SqlEntityManager } from "@medusajs/framework/mikro-orm/knex"
import { BigNumber, generateEntityId, MathBN } from "@medusajs/framework/utils"
import { randomBytes } from "crypto"
import type {
  AmountsByCurrency,
  ClassifiedStatementLine,
  CodReceivableStatus,
  MatchableReceivable,
  RemittanceLineOutcome,
  RemittanceLineStatus,
  RemittanceSummary,
} from "../../../types/cod-collection"

/**
 * Set-based reads and writes behind courier remittances: a statement can have
 * a hundred thousand lines, so they are matched and written in bulk with
 * plain SQL instead of one ORM entity per row. Called by the finance module
 * service only, with its entity manager.
 */

const RECEIVABLE = "mall_cod_receivable"
const REMITTANCE = "mall_remittance"
const LINE = "mall_remittance_line"

/** Keys per `IN (...)` list, well below PostgreSQL's 65,535 parameters. */
const KEY_CHUNK = 5_000
/** Keys per array parameter. */
const ARRAY_CHUNK = 50_000
/** Lines per INSERT; each column travels as one array parameter. */
const INSERT_CHUNK = 20_000

export function knexOf(sharedContext: Context): Knex {
  const manager = (sharedContext.transactionManager ??
    sharedContext.manager) as SqlEntityManager
  return (
    (manager.getTransactionContext() as Knex | undefined) ?? manager.getKnex()
  )
}

function chunks<T>(items: T[], size: number): T[][] {
  const out: T[][] = []
  for (let i = 0; i < items.length; i += size) {
    out.push(items.slice(i, i + size))
  }
  return out
}

const CROCKFORD = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"

/**
 * `count` ids in Medusa's format (`prefix_` + a 26-character ULID), made in
 * one go: `generateEntityId` draws random bytes once per character, which
 * costs seconds for a hundred thousand lines.
 */
export function generateEntityIds(prefix: string, count: number): string[] {
  let time = ""
  for (let t = Date.now(), i = 0; i < 10; i++, t = Math.floor(t / 32)) {
    time = CROCKFORD[t % 32] + time
  }
  const random = randomBytes(count * 16)
  const ids = new Array<string>(count)
  for (let n = 0; n < count; n++) {
    let id = `${prefix}_${time}`
    for (let i = n * 16; i < n * 16 + 16; i++) {
      id += CROCKFORD[random[i] & 31]
    }
    ids[n] = id
  }
  return ids
}

const decimal = (value: unknown) =>
  value === null || value === undefined
    ? null
    : MathBN.convert(value as string).toFixed()

type ReceivableRow = {
  id: string
  order_id: string
  display_id: number | null
  tracking_number: string | null
  currency_code: string
  amount_to_collect: string
  status: CodReceivableStatus
  settled_at: Date | null
}

const MATCH_COLUMNS = [
  "id",
  "order_id",
  "display_id",
  "tracking_number",
  "currency_code",
  "amount_to_collect",
  "status",
  "settled_at",
]

/** The receivables whose tracking number or order display id is among the keys. */
export async function findMatchableReceivables(
  knex: Knex,
  keys: { tracking_numbers: string[]; display_ids: number[] }
): Promise<MatchableReceivable[]> {
  const found = new Map<string, MatchableReceivable>()
  const collect = (rows: ReceivableRow[]) => {
    for (const row of rows) {
      found.set(row.id, {
        ...row,
        display_id: row.display_id === null ? null : Number(row.display_id),
        amount_to_collect: decimal(row.amount_to_collect) ?? "0",
      })
    }
  }
  // One array parameter per query (`= any(?)`), not one parameter per key.
  for (const chunk of chunks(keys.tracking_numbers, ARRAY_CHUNK)) {
    collect(
      await knex(RECEIVABLE)
        .select(MATCH_COLUMNS)
        .whereRaw("tracking_number = any(?::text[])", [chunk])
        .whereNull("deleted_at")
    )
  }
  for (const chunk of chunks(keys.display_ids, ARRAY_CHUNK)) {
    collect(
      await knex(RECEIVABLE)
        .select(MATCH_COLUMNS)
        .whereRaw("display_id = any(?::int[])", [chunk])
        .whereNull("deleted_at")
    )
  }
  return [...found.values()]
}

export interface NewRemittance {
  carrier: string
  statement_reference: string
  bank_reference: string | null
  imported_by: string | null
}

/**
 * Writes a statement and all its lines; the caller holds the transaction.
 * Lines go in with `INSERT ... SELECT FROM unnest(arrays)`: one parameter
 * per column instead of one per value, several times faster than a
 * multi-row VALUES list at this size.
 */
export async function insertRemittanceWithLines(
  knex: Knex,
  remittance: NewRemittance,
  lines: ClassifiedStatementLine[]
): Promise<string> {
  const id = generateEntityId(undefined, "remit")
  const now = new Date()
  await knex(REMITTANCE).insert({
    id,
    ...remittance,
    status: "imported",
    line_count: lines.length,
    created_at: now,
    updated_at: now,
  })
  for (const chunk of chunks(lines, INSERT_CHUNK)) {
    const columns = {
      id: [] as string[],
      line_number: [] as number[],
      tracking_number: [] as (string | null)[],
      order_display_id: [] as (number | null)[],
      currency_code: [] as (string | null)[],
      amount: [] as (string | null)[],
      raw_amount: [] as (string | null)[],
      collected_at: [] as (string | null)[],
      receivable_id: [] as (string | null)[],
      outcome: [] as string[],
      reason: [] as (string | null)[],
    }
    columns.id = generateEntityIds("remln", chunk.length)
    for (const line of chunk) {
      columns.line_number.push(line.line_number)
      columns.tracking_number.push(line.tracking_number)
      columns.order_display_id.push(line.order_display_id)
      columns.currency_code.push(line.currency_code)
      columns.amount.push(line.amount)
      columns.raw_amount.push(
        line.amount === null
          ? null
          : JSON.stringify(new BigNumber(line.amount).raw)
      )
      columns.collected_at.push(line.collected_at)
      columns.receivable_id.push(line.receivable_id)
      columns.outcome.push(line.outcome)
      columns.reason.push(line.reason)
    }
    await knex.raw(
      `insert into "${LINE}" (id, line_number, tracking_number, order_display_id, currency_code, amount, raw_amount, collected_at, receivable_id, outcome, reason, remittance_id, status, created_at, updated_at)
       select u.*, ?, 'open', ?::timestamptz, ?::timestamptz
       from unnest(?::text[], ?::int[], ?::text[], ?::int[], ?::text[], ?::numeric[], ?::jsonb[], ?::timestamptz[], ?::text[], ?::text[], ?::text[]) as u`,
      [
        id,
        now,
        now,
        columns.id,
        columns.line_number,
        columns.tracking_number,
        columns.order_display_id,
        columns.currency_code,
        columns.amount,
        columns.raw_amount,
        columns.collected_at,
        columns.receivable_id,
        columns.outcome,
        columns.reason,
        // pg sends each array as one parameter; Knex's types omit nulls in arrays.
      ] as unknown as Knex.RawBinding[]
    )
  }
  return id
}

/** Removes a statement and its lines for good (compensation of an import). */
export async function deleteRemittanceWithLines(knex: Knex, id: string) {
  await knex(LINE).where("remittance_id", id).delete()
  await knex(REMITTANCE).where("id", id).delete()
}

const emptySummary = (): RemittanceSummary => ({
  matched: 0,
  short: 0,
  excess: 0,
  unknown: 0,
  duplicate: 0,
  invalid: 0,
  total_amount: {},
  matched_amount: {},
})

function addAmount(
  target: AmountsByCurrency,
  currency: string,
  amount: string
) {
  target[currency] = MathBN.add(target[currency] ?? 0, amount).toNumber()
}

/** Line counts per outcome and amounts per currency, per statement. */
export async function summarizeRemittances(
  knex: Knex,
  remittanceIds: string[]
): Promise<Map<string, RemittanceSummary>> {
  const summaries = new Map<string, RemittanceSummary>(
    remittanceIds.map((id) => [id, emptySummary()])
  )
  if (!remittanceIds.length) {
    return summaries
  }
  const rows: {
    remittance_id: string
    outcome: RemittanceLineOutcome
    currency_code: string | null
    count: number | string
    amount: string | null
  }[] = await knex(LINE)
    .select("remittance_id", "outcome", "currency_code")
    .count({ count: "*" })
    .select(knex.raw("coalesce(sum(amount), 0)::text as amount"))
    .whereIn("remittance_id", remittanceIds)
    .whereNull("deleted_at")
    .groupBy("remittance_id", "outcome", "currency_code")
  for (const row of rows) {
    const summary = summaries.get(row.remittance_id)!
    summary[row.outcome] += Number(row.count)
    if (
      row.outcome === "invalid" ||
      !row.currency_code ||
      row.amount === null
    ) {
      continue
    }
    addAmount(summary.total_amount, row.currency_code, row.amount)
    if (row.outcome === "matched") {
      addAmount(summary.matched_amount, row.currency_code, row.amount)
    }
  }
  return summaries
}

export interface ConfirmationLine {
  id: string
  line_number: number
  receivable_id: string | null
  outcome: RemittanceLineOutcome
  status: RemittanceLineStatus
  amount: string | null
  currency_code: string | null
  reason: string | null
}

/** Every line of a statement, with what confirming needs. */
export async function listConfirmationLines(
  knex: Knex,
  remittanceId: string
): Promise<ConfirmationLine[]> {
  const rows: ConfirmationLine[] = await knex(LINE)
    .select(
      "id",
      "line_number",
      "receivable_id",
      "outcome",
      "status",
      "amount",
      "currency_code",
      "reason"
    )
    .where("remittance_id", remittanceId)
    .whereNull("deleted_at")
    .orderBy("line_number")
  return rows.map((r) => ({ ...r, amount: decimal(r.amount) }))
}

export interface ReceivableSnapshot {
  id: string
  status: CodReceivableStatus
  settled_at: Date | null
  closed_reason: string | null
}

/** The receivables' state as it is, to put back if a later step fails. */
export async function snapshotReceivables(
  knex: Knex,
  ids: string[]
): Promise<ReceivableSnapshot[]> {
  const out: ReceivableSnapshot[] = []
  for (const chunk of chunks(ids, KEY_CHUNK)) {
    out.push(
      ...(await knex(RECEIVABLE)
        .select("id", "status", "settled_at", "closed_reason")
        .whereIn("id", chunk))
    )
  }
  return out
}

export interface LineSnapshot {
  id: string
  status: RemittanceLineStatus
  reason: string | null
}

export interface ConfirmationChanges {
  remittance_id: string
  confirmed_by: string | null
  confirmed_at: Date
  /** Lines and their receivables that the remittance settles. */
  settle: {
    line_id: string
    receivable_id: string
    closed_reason: string | null
  }[]
  /** Receivables put in dispute, with why. */
  dispute_receivables: { id: string; reason: string }[]
  /** Lines left for finance to resolve, with why. */
  dispute_lines: { id: string; reason: string | null }[]
}

export interface ConfirmationSnapshot {
  remittance_id: string
  receivables: ReceivableSnapshot[]
  lines: LineSnapshot[]
}

/**
 * Applies a confirmation in one transaction (the caller's): lines settled or
 * disputed, receivables settled or disputed, the statement confirmed.
 * Returns what was there before, for `revertConfirmation`.
 */
export async function applyConfirmation(
  knex: Knex,
  changes: ConfirmationChanges
): Promise<ConfirmationSnapshot> {
  const receivableIds = [
    ...changes.settle.map((s) => s.receivable_id),
    ...changes.dispute_receivables.map((d) => d.id),
  ]
  const lineIds = [
    ...changes.settle.map((s) => s.line_id),
    ...changes.dispute_lines.map((d) => d.id),
  ]
  const receivables = await snapshotReceivables(knex, receivableIds)
  const lines: LineSnapshot[] = []
  for (const chunk of chunks(lineIds, KEY_CHUNK)) {
    lines.push(
      ...(await knex(LINE)
        .select("id", "status", "reason")
        .whereIn("id", chunk))
    )
  }
  const now = changes.confirmed_at

  for (const chunk of chunks(changes.settle, KEY_CHUNK)) {
    await knex(LINE)
      .whereIn(
        "id",
        chunk.map((s) => s.line_id)
      )
      .update({ status: "settled", updated_at: now })
  }
  await updateFromValues(
    knex,
    RECEIVABLE,
    changes.settle.map((s) => ({
      id: s.receivable_id,
      status: "settled",
      settled_at: now,
      closed_reason: s.closed_reason,
    }))
  )
  await updateFromValues(
    knex,
    RECEIVABLE,
    changes.dispute_receivables.map((d) => ({
      id: d.id,
      status: "disputed",
      settled_at: null,
      closed_reason: d.reason,
    }))
  )
  await updateFromValues(
    knex,
    LINE,
    changes.dispute_lines.map((d) => ({
      id: d.id,
      status: "disputed",
      reason: d.reason,
    }))
  )
  await knex(REMITTANCE).where("id", changes.remittance_id).update({
    status: "confirmed",
    confirmed_by: changes.confirmed_by,
    confirmed_at: now,
    updated_at: now,
  })
  return { remittance_id: changes.remittance_id, receivables, lines }
}

/** Puts back what `applyConfirmation` changed. */
export async function revertConfirmation(
  knex: Knex,
  snapshot: ConfirmationSnapshot
) {
  await updateFromValues(knex, RECEIVABLE, snapshot.receivables)
  await updateFromValues(knex, LINE, snapshot.lines)
  await knex(REMITTANCE).where("id", snapshot.remittance_id).update({
    status: "imported",
    confirmed_by: null,
    confirmed_at: null,
    updated_at: new Date(),
  })
}

const COLUMN_TYPES: Record<string, string> = {
  status: "text",
  reason: "text",
  closed_reason: "text",
  settled_at: "timestamptz",
}

/**
 * `UPDATE table SET col = v.col ... FROM (VALUES ...) v WHERE table.id = v.id`:
 * a different value per row in one statement per chunk.
 */
async function updateFromValues<Row extends { id: string }>(
  knex: Knex,
  table: string,
  rows: Row[]
) {
  if (!rows.length) {
    return
  }
  const columns = Object.keys(rows[0]).filter((c) => c !== "id") as (keyof Row &
    string)[]
  for (const chunk of chunks(rows, 1_000)) {
    const values = chunk
      .map(
        () =>
          `(?::text, ${columns.map((c) => `?::${COLUMN_TYPES[c]}`).join(", ")})`
      )
      .join(", ")
    const bindings = chunk.flatMap((row) => [
      row.id,
      ...columns.map((c) => (row[c] ?? null) as Knex.Value),
    ])
    const set = columns.map((c) => `"${c}" = v."${c}"`).join(", ")
    await knex.raw(
      `update "${table}" as t set ${set}, "updated_at" = now() from (values ${values}) as v("id", ${columns.map((c) => `"${c}"`).join(", ")}) where t."id" = v."id"`,
      bindings
    )
  }
}

type AgingDbRow = {
  carrier: string | null
  currency_code: string
  status: CodReceivableStatus
  days: number | null
  count: string | number
  amount: string
}

/** Outstanding receivables grouped for the aging report. */
export async function aggregateAging(
  knex: Knex,
  filters: { carrier?: string },
  now: Date
) {
  const query = knex(RECEIVABLE)
    .select(
      "carrier",
      "currency_code",
      "status",
      knex.raw(
        `case when delivered_at is null then null else floor(extract(epoch from (?::timestamptz - delivered_at)) / 86400)::int end as days`,
        [now]
      )
    )
    .count({ count: "*" })
    .select(knex.raw("coalesce(sum(amount_to_collect), 0)::text as amount"))
    .whereIn("status", ["open", "due", "disputed"])
    .whereNull("deleted_at")
    .groupBy("carrier", "currency_code", "status", "days")
  if (filters.carrier) {
    query.where("carrier", filters.carrier)
  }
  const rows = (await query) as unknown as AgingDbRow[]
  return rows.map((r) => ({
    ...r,
    days: r.days === null ? null : Math.max(0, Number(r.days)),
    count: Number(r.count),
  }))
}
