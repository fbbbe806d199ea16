/**
 * Fills the CRM tables with N synthetic contacts and their blocking keys,
 * in multi-row statements through the module's own bulk writer (the path an
 * import takes), for the 1,000,000-contact dedup bench.
 */
import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import { performance } from "perf_hooks"
import { insertContactsWithKeys } from "../../src/modules/crm/utils/contact-store"
import type { CrmMatcherStrategy } from "../../src/types/crm"
import type { NewContactWithKeys } from "../../src/types/crm-module"
import {
  simpleBlockingKeys,
  simpleNormalize,
  syntheticContact,
  type SyntheticContact,
} from "./synthetic-contacts"

export interface SeedContactsOptions {
  count: number
  /** The data set: the same seed gives the same contacts. */
  seed?: number
  /** First index, to add contacts to a seeded table. */
  from?: number
  /** Contacts per transaction; 5,000 by default. */
  batch?: number
  /** Normalise and key with this matcher (exactly what it will look up); a simple stand-in otherwise. */
  matcher?: Pick<CrmMatcherStrategy, "normalize" | "blockingKeys">
  onProgress?: (done: number, count: number) => void
}

export interface SeedContactsResult {
  contacts: number
  keys: number
  ms: number
}

function toRow(
  record: SyntheticContact,
  matcher: SeedContactsOptions["matcher"]
): NewContactWithKeys {
  const { external_id, pinyin: _pinyin, ...fields } = record
  const normalized = matcher
    ? matcher.normalize(fields)
    : simpleNormalize(record)
  const keys = matcher
    ? matcher.blockingKeys(normalized)
    : simpleBlockingKeys(normalized)
  return {
    contact: { ...fields, source: "offline_import", external_id, normalized },
    keys,
  }
}

/**
 * Inserts contacts `from`..`from + count - 1` of the data set, one
 * transaction per batch, then refreshes the planner's statistics (a plan
 * made on an empty table's estimates would scan a million rows).
 */
export async function seedContacts(
  knex: Knex,
  options: SeedContactsOptions
): Promise<SeedContactsResult> {
  const seed = options.seed ?? 1
  const from = options.from ?? 0
  const batch = options.batch ?? 5_000
  const started = performance.now()
  let keys = 0
  for (let start = 0; start < options.count; start += batch) {
    const size = Math.min(batch, options.count - start)
    const rows = Array.from({ length: size }, (_, i) =>
      toRow(syntheticContact(from + start + i, seed), options.matcher)
    )
    keys += rows.reduce((sum, row) => sum + row.keys.length, 0)
    await knex.transaction((trx) => insertContactsWithKeys(trx, rows))
    options.onProgress?.(start + size, options.count)
  }
  // VACUUM sets the visibility map: lookups then read the key index only.
  await knex.raw("vacuum analyze mall_crm_contact, mall_crm_contact_key")
  return {
    contacts: options.count,
    keys,
    ms: performance.now() - started,
  }
}
