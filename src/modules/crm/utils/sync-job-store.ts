import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import { generateEntityId, MedusaError } from "@medusajs/framework/utils"
import type {
  ClaimSyncJobsInput,
  NewSyncJob,
  SyncJob,
  SyncJobFailure,
  SyncJobSuccess,
} from "../../../types/crm-module"
import { arrayBindings, dateOf, json, rowsOf, SYNC_JOB } from "./sql"

/**
 * The outbound queue to the enterprise CRM, in plain SQL because claiming
 * needs `FOR UPDATE SKIP LOCKED`: every server instance polls the same
 * table, and a job must go to exactly one of them at a time.
 */

/** A job in progress for longer than this was abandoned by a server that died mid-send. */
export const DEFAULT_STALE_AFTER_MS = 10 * 60 * 1000
export const DEFAULT_MAX_ATTEMPTS = 8

type Row = Record<string, unknown>

export function toSyncJob(row: Row): SyncJob {
  return {
    id: row.id as string,
    order_id: row.order_id as string,
    connector: row.connector as string,
    idempotency_key: row.idempotency_key as string,
    status: row.status as SyncJob["status"],
    attempts: Number(row.attempts),
    max_attempts: Number(row.max_attempts),
    next_attempt_at: dateOf(row.next_attempt_at),
    last_attempt_at: dateOf(row.last_attempt_at),
    last_error: (row.last_error as string | null) ?? null,
    succeeded_at: dateOf(row.succeeded_at),
    external_id: (row.external_id as string | null) ?? null,
    result_detail: (row.result_detail as string | null) ?? null,
    payload: (row.payload as Record<string, unknown>) ?? {},
    created_at: dateOf(row.created_at)!,
    updated_at: dateOf(row.updated_at)!,
  }
}

const notFound = (id: string) =>
  new MedusaError(
    MedusaError.Types.NOT_FOUND,
    `CRM sync job ${id} was not found`
  )

async function selectJob(knex: Knex, id: string): Promise<SyncJob | null> {
  const row = (await knex(SYNC_JOB)
    .where({ id })
    .whereNull("deleted_at")
    .first()) as Row | undefined
  return row ? toSyncJob(row) : null
}

/** Creates the job unless one with its idempotency key exists; returns the key's job. */
export async function insertSyncJobIfAbsent(
  knex: Knex,
  input: NewSyncJob
): Promise<SyncJob> {
  const max_attempts = input.max_attempts ?? DEFAULT_MAX_ATTEMPTS
  if (!Number.isInteger(max_attempts) || max_attempts < 1) {
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      `max_attempts must be a whole number of at least 1, got ${input.max_attempts}`
    )
  }
  for (const field of ["order_id", "connector", "idempotency_key"] as const) {
    if (!input[field]?.trim()) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `${field} is required to queue a CRM sync job`
      )
    }
  }
  const now = new Date()
  const inserted = await knex.raw(
    `insert into ${SYNC_JOB}
       (id, order_id, connector, idempotency_key, status, attempts,
        max_attempts, next_attempt_at, payload, created_at, updated_at)
     values (?, ?, ?, ?, 'pending', 0, ?, ?, ?::jsonb, ?, ?)
     on conflict (idempotency_key) where deleted_at is null do nothing
     returning *`,
    arrayBindings([
      generateEntityId(undefined, "crmsync"),
      input.order_id,
      input.connector,
      input.idempotency_key,
      max_attempts,
      input.next_attempt_at ?? now,
      json(input.payload ?? {}),
      now,
      now,
    ])
  )
  const [row] = rowsOf<Row>(inserted)
  if (row) {
    return toSyncJob(row)
  }
  const existing = (await knex(SYNC_JOB)
    .where({ idempotency_key: input.idempotency_key })
    .whereNull("deleted_at")
    .first()) as Row
  return toSyncJob(existing)
}

/**
 * Takes up to `limit` due jobs for this instance: pending ones whose time
 * has come, and in-progress ones abandoned for longer than the stale delay.
 * Rows another instance is claiming are skipped, not waited for. An
 * abandoned job that had used its last attempt is failed instead of sent.
 */
export async function claimJobs(
  knex: Knex,
  input: ClaimSyncJobsInput
): Promise<SyncJob[]> {
  if (!(input.now instanceof Date) || Number.isNaN(input.now.getTime())) {
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      "now must be a valid date to claim CRM sync jobs"
    )
  }
  const limit = Math.floor(input.limit)
  if (!(limit > 0)) {
    return []
  }
  const stale = new Date(
    input.now.getTime() - (input.stale_after_ms ?? DEFAULT_STALE_AFTER_MS)
  )
  const exhausted = `j.status = 'in_progress' and j.attempts >= j.max_attempts`
  const result = await knex.raw(
    `with due as (
       select id from ${SYNC_JOB}
        where deleted_at is null
          and ((status = 'pending'
                and (next_attempt_at is null or next_attempt_at <= ?))
               or (status = 'in_progress' and last_attempt_at < ?))
        order by next_attempt_at nulls first, created_at, id
        limit ?
        for update skip locked
     )
     update ${SYNC_JOB} j set
       status = case when ${exhausted} then 'failed' else 'in_progress' end,
       last_error = case when ${exhausted}
         then 'The server stopped while sending the last attempt (' || j.attempts || ' of ' || j.max_attempts || '); retry the job to send it again'
         else j.last_error end,
       attempts = case when ${exhausted} then j.attempts else j.attempts + 1 end,
       last_attempt_at = case when ${exhausted} then j.last_attempt_at else ? end,
       updated_at = now()
     from due
     where j.id = due.id
     returning j.*`,
    arrayBindings([input.now, stale, limit, input.now])
  )
  return rowsOf<Row>(result)
    .map(toSyncJob)
    .filter((job) => job.status === "in_progress")
    .sort(
      (a, b) =>
        (a.next_attempt_at?.getTime() ?? 0) -
          (b.next_attempt_at?.getTime() ?? 0) || a.id.localeCompare(b.id)
    )
}

/** Records a delivery; completing a succeeded job again changes nothing. */
export async function completeJob(
  knex: Knex,
  id: string,
  result: SyncJobSuccess = {}
): Promise<SyncJob> {
  const [row] = (await knex(SYNC_JOB)
    .where({ id })
    .whereNull("deleted_at")
    .whereNot({ status: "succeeded" })
    .update({
      status: "succeeded",
      succeeded_at: new Date(),
      external_id: result.external_id ?? null,
      result_detail: result.detail ?? null,
      last_error: null,
      updated_at: new Date(),
    })
    .returning("*")) as Row[]
  if (row) {
    return toSyncJob(row)
  }
  const existing = await selectJob(knex, id)
  if (!existing) {
    throw notFound(id)
  }
  return existing
}

/**
 * Records a failed attempt: back to pending until `retry_at`, or failed
 * for good when `retry_at` is null or no attempts are left. A job that
 * already succeeded (a late failure from an abandoned attempt) is left as is.
 */
export async function failJob(
  knex: Knex,
  id: string,
  failure: SyncJobFailure
): Promise<SyncJob> {
  const retry_at = failure.retry_at ?? null
  const giveUp = `(?::timestamptz is null or attempts >= max_attempts)`
  const result = await knex.raw(
    `update ${SYNC_JOB} set
       status = case when ${giveUp} then 'failed' else 'pending' end,
       next_attempt_at = case when ${giveUp} then next_attempt_at else ? end,
       last_error = ?,
       updated_at = now()
     where id = ? and deleted_at is null and status <> 'succeeded'
     returning *`,
    arrayBindings([
      retry_at,
      retry_at,
      retry_at,
      String(failure.error ?? "Unknown error").slice(0, 4000),
      id,
    ])
  )
  const [row] = rowsOf<Row>(result)
  if (row) {
    return toSyncJob(row)
  }
  const existing = await selectJob(knex, id)
  if (!existing) {
    throw notFound(id)
  }
  return existing
}

/** Sends a failed job again (an admin's "retry"), with one more attempt allowed. */
export async function requeueJob(
  knex: Knex,
  id: string,
  now: Date
): Promise<SyncJob> {
  const [row] = (await knex(SYNC_JOB)
    .where({ id, status: "failed" })
    .whereNull("deleted_at")
    .update({
      status: "pending",
      next_attempt_at: now,
      max_attempts: knex.raw("greatest(max_attempts, attempts + 1)"),
      updated_at: new Date(),
    })
    .returning("*")) as Row[]
  if (row) {
    return toSyncJob(row)
  }
  const existing = await selectJob(knex, id)
  if (!existing) {
    throw notFound(id)
  }
  throw new MedusaError(
    MedusaError.Types.NOT_ALLOWED,
    `CRM sync job ${id} is ${existing.status}; only a failed job can be sent again`
  )
}
