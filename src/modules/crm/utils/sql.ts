import type { Knex } from "@medusajs/framework/mikro-orm/knex"

/** Table names of the CRM module, for its plain-SQL stores. */
export const CONTACT = "mall_crm_contact"
export const CONTACT_KEY = "mall_crm_contact_key"
export const CUSTOMER_LINK = "mall_crm_customer_link"
export const MATCH_CANDIDATE = "mall_crm_match_candidate"
export const ORDER_REVIEW = "mall_crm_order_review"
export const SYNC_JOB = "mall_crm_sync_job"

const UNIQUE_VIOLATION = "23505"

export const isUniqueViolation = (error: unknown) =>
  (error as { code?: string } | null)?.code === UNIQUE_VIOLATION

export function chunks<T>(items: T[], size: number): T[][] {
  const out: T[][] = []
  for (let i = 0; i < items.length; i += size) {
    out.push(items.slice(i, i + size))
  }
  return out
}

/** Rows of a `knex.raw` result (pg returns `{ rows }`). */
export const rowsOf = <T>(result: unknown): T[] =>
  (result as { rows: T[] }).rows

/**
 * Array parameters as pg sends them: one parameter per column whatever the
 * row count. Knex's types omit nulls inside arrays.
 */
export const arrayBindings = (values: unknown[]) =>
  values as unknown as Knex.RawBinding[]

/** jsonb columns get JSON text: pg would send a JS array as a Postgres array. */
export const json = (value: unknown) =>
  value === undefined || value === null ? null : JSON.stringify(value)

/** A timestamp column as a Date: some pg connections parse them, others return text. */
export function dateOf(value: unknown): Date | null {
  if (value === null || value === undefined) {
    return null
  }
  return value instanceof Date ? value : new Date(value as string)
}
