import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import { MedusaError } from "@medusajs/framework/utils"
import type {
  BlockingKey,
  ContactAddress,
  NormalizedContact,
} from "../../../types/crm"
import type {
  CrmContactRow,
  NewContactWithKeys,
  StoredContact,
} from "../../../types/crm-module"
import {
  checkNewContact,
  cleanKeys,
  CONTACT_ROW_COLUMNS,
  displayNameOf,
  STORED_CONTACT_COLUMNS,
  toContactRow,
  toStoredContact,
} from "./contact-rows"
import { generateAscendingIds } from "./ids"
import {
  arrayBindings,
  CONTACT,
  CONTACT_KEY,
  isUniqueViolation,
  rowsOf,
} from "./sql"

/**
 * Plain-SQL reads and writes of contacts and their blocking keys: a lookup
 * runs for every checkout and an import writes a hundred thousand contacts,
 * so neither goes through one ORM entity per row. Called by the CRM module
 * service only, with its entity manager.
 */

/** Contacts per INSERT (one JSON parameter) and keys per INSERT (one array per column). */
const CONTACT_CHUNK = 5_000
const KEY_CHUNK = 20_000

/** Keys that nearly identify a person: their blocks rank first when a lookup is cut. */
const STRONG_KEY_KINDS = ["phone", "email", "tax_id"]

/**
 * Contacts sharing at least one key, not merged, not deleted, each once.
 * When more than `limit` share a key, the ones sharing a phone, email or
 * tax id come first, then those sharing the most keys.
 */
export async function selectContactsByKeys(
  knex: Knex,
  keys: BlockingKey[],
  limit: number
): Promise<StoredContact[]> {
  const clean = cleanKeys(keys, "Contact lookup")
  if (!clean.length || limit <= 0) {
    return []
  }
  // A common key (a big company, 王伟 in Beijing) can have thousands of
  // contacts: rank them on the index alone and read only the best few
  // contacts. The margin covers deleted contacts, whose keys stay; when it
  // is not enough, the lookup runs again without it.
  const capped = await lookupByKeys(knex, clean, limit, limit * 2)
  if (capped.rows.length < limit && capped.ranked >= limit * 2) {
    return (await lookupByKeys(knex, clean, limit, null)).rows
  }
  return capped.rows
}

async function lookupByKeys(
  knex: Knex,
  keys: BlockingKey[],
  limit: number,
  cap: number | null
): Promise<{ rows: StoredContact[]; ranked: number }> {
  // A VALUES list, not unnest(): the planner then knows how few keys there
  // are and probes the index once per key.
  const values = keys.map(() => "(?::text, ?::text)").join(", ")
  const columns = STORED_CONTACT_COLUMNS.map((c) => `c.${c}`).join(", ")
  const result = await knex.raw(
    `with hits as (
       select k.contact_id,
              count(*) as hits,
              count(*) filter (where k.kind = any(?::text[])) as strong
         from ${CONTACT_KEY} k
         join (values ${values}) as q(kind, value)
           on k.kind = q.kind and k.value = q.value
        where k.deleted_at is null
        group by k.contact_id
        order by strong desc, hits desc, k.contact_id
        limit ?
     )
     -- One row even when nothing matched: it carries how many were ranked.
     select x.*, r.ranked
       from (select count(*) as ranked from hits) r
       left join lateral (
         select ${columns}, h.strong, h.hits
           from hits h
           join ${CONTACT} c on c.id = h.contact_id
          where c.merged_into_id is null and c.deleted_at is null
          order by h.strong desc, h.hits desc, c.id
          limit ?
       ) x on true
      order by x.strong desc, x.hits desc, x.id`,
    arrayBindings([
      STRONG_KEY_KINDS,
      ...keys.flatMap((k) => [k.kind, k.value]),
      cap,
      limit,
    ])
  )
  const rows = rowsOf<Record<string, unknown>>(result)
  return {
    rows: rows.filter((row) => row.id !== null).map(toStoredContact),
    ranked: Number(rows[0]?.ranked ?? 0),
  }
}

async function insertKeys(
  knex: Knex,
  rows: { contact_id: string; keys: BlockingKey[] }[]
): Promise<number> {
  const contact_ids: string[] = []
  const kinds: string[] = []
  const values: string[] = []
  for (const row of rows) {
    for (const key of row.keys) {
      contact_ids.push(row.contact_id)
      kinds.push(key.kind)
      values.push(key.value)
    }
  }
  const ids = generateAscendingIds("crmkey", contact_ids.length)
  const now = new Date()
  for (let i = 0; i < ids.length; i += KEY_CHUNK) {
    const end = i + KEY_CHUNK
    // Sorted in index order: the lookup index is the only one written at
    // random places, and sorted rows touch each of its pages once.
    await knex.raw(
      `insert into ${CONTACT_KEY} (id, contact_id, kind, value, created_at, updated_at)
       select u.*, ?::timestamptz, ?::timestamptz
         from unnest(?::text[], ?::text[], ?::text[], ?::text[])
              as u(id, contact_id, kind, value)
        order by u.kind, u.value
       on conflict do nothing`,
      arrayBindings([
        now,
        now,
        ids.slice(i, end),
        contact_ids.slice(i, end),
        kinds.slice(i, end),
        values.slice(i, end),
      ])
    )
  }
  return ids.length
}

/**
 * Inserts contacts and their keys in multi-row statements (the caller holds
 * the transaction). Returns the new ids in the order of `rows`.
 */
export async function insertContactsWithKeys(
  knex: Knex,
  rows: NewContactWithKeys[]
): Promise<{ id: string }[]> {
  const externalIds = new Map<string, number>()
  const prepared = rows.map((row, index) => {
    const where = `Contact ${index + 1}`
    checkNewContact(row?.contact, where)
    const external_id = row.contact.external_id?.trim() || null
    if (external_id) {
      const first = externalIds.get(external_id)
      if (first !== undefined) {
        throw new MedusaError(
          MedusaError.Types.INVALID_DATA,
          `${where} has the same external id "${external_id}" as contact ${first + 1}; each CRM record can be imported once`
        )
      }
      externalIds.set(external_id, index)
    }
    return { ...row, external_id, keys: cleanKeys(row.keys ?? [], where) }
  })

  const ids = generateAscendingIds("crmct", prepared.length)
  const now = new Date()
  try {
    for (let start = 0; start < prepared.length; start += CONTACT_CHUNK) {
      const chunk = prepared.slice(start, start + CONTACT_CHUNK)
      const payload = chunk.map((row, i) => ({
        id: ids[start + i],
        kind: row.contact.kind,
        first_name: row.contact.first_name ?? null,
        last_name: row.contact.last_name ?? null,
        full_name: row.contact.full_name ?? null,
        display_name: displayNameOf(row.contact),
        phones: row.contact.phones,
        emails: row.contact.emails,
        company_name: row.contact.company_name ?? null,
        tax_id: row.contact.tax_id ?? null,
        addresses: row.contact.addresses,
        source: row.contact.source,
        external_id: row.external_id,
        normalized: row.contact.normalized,
        metadata: row.contact.metadata ?? null,
      }))
      // One JSON document per chunk: half the time of one array per column
      // (no per-element escaping and parsing of array literals).
      await knex.raw(
        `insert into ${CONTACT} (id, kind, first_name, last_name, full_name,
           display_name, phones, emails, company_name, tax_id, addresses,
           source, external_id, normalized, metadata, created_at, updated_at)
         select r.*, ?::timestamptz, ?::timestamptz
           from jsonb_to_recordset(?::jsonb) as r(id text, kind text,
                  first_name text, last_name text, full_name text,
                  display_name text, phones jsonb, emails jsonb,
                  company_name text, tax_id text, addresses jsonb,
                  source text, external_id text, normalized jsonb,
                  metadata jsonb)`,
        [now, now, JSON.stringify(payload)]
      )
    }
  } catch (error) {
    if (isUniqueViolation(error)) {
      const detail = (error as { detail?: string }).detail ?? ""
      throw new MedusaError(
        MedusaError.Types.DUPLICATE_ERROR,
        `A contact with this external id already exists (${detail}); update that contact instead of importing it again`
      )
    }
    throw error
  }
  await insertKeys(
    knex,
    prepared.map((row, i) => ({ contact_id: ids[i], keys: row.keys }))
  )
  return ids.map((id) => ({ id }))
}

/** Locks and reads contacts by id (missing ones are absent from the map). */
export async function lockContacts(
  knex: Knex,
  ids: string[],
  mode: "update" | "share"
): Promise<Map<string, CrmContactRow>> {
  // Sorted: two merges of the same pair lock in the same order, never deadlock.
  const rows = (await knex(CONTACT)
    .select(CONTACT_ROW_COLUMNS)
    .whereIn("id", [...new Set(ids)].sort())
    .whereNull("deleted_at")
    .orderBy("id")
    .modify((qb) =>
      mode === "update" ? qb.forUpdate() : qb.forShare()
    )) as Record<string, unknown>[]
  return new Map(rows.map((row) => [row.id as string, toContactRow(row)]))
}

export async function lockContact(
  knex: Knex,
  id: string,
  mode: "update" | "share"
): Promise<CrmContactRow> {
  const contact = (await lockContacts(knex, [id], mode)).get(id)
  if (!contact) {
    throw new MedusaError(
      MedusaError.Types.NOT_FOUND,
      `Contact ${id} was not found; it may have been deleted`
    )
  }
  return contact
}

/** Replaces all keys of a contact (after its fields changed). */
export async function replaceKeys(
  knex: Knex,
  contact_id: string,
  keys: BlockingKey[]
): Promise<void> {
  const clean = cleanKeys(keys, `Keys of contact ${contact_id}`)
  const contact = await lockContact(knex, contact_id, "update")
  if (contact.merged_into_id) {
    throw new MedusaError(
      MedusaError.Types.NOT_ALLOWED,
      `Contact ${contact_id} was merged into ${contact.merged_into_id}; update the keys of ${contact.merged_into_id} instead`
    )
  }
  await knex(CONTACT_KEY).where({ contact_id }).delete()
  await insertKeys(knex, [{ contact_id, keys: clean }])
}

/** Follows merge pointers to the contact that stands for `id` today. */
export async function resolveSurvivor(
  knex: Knex,
  id: string
): Promise<CrmContactRow> {
  let contact = await lockContact(knex, id, "share")
  // Merges flatten chains, so this is one hop; the bound guards a bad row.
  for (let hops = 0; contact.merged_into_id && hops < 10; hops++) {
    contact = await lockContact(knex, contact.merged_into_id, "share")
  }
  return contact
}

/** The fields of a contact a workflow may rewrite (imports add to them, merges and updates recompute them). */
export interface ContactFieldsUpdate {
  first_name?: string | null
  last_name?: string | null
  full_name?: string | null
  phones?: string[]
  emails?: string[]
  company_name?: string | null
  tax_id?: string | null
  addresses?: ContactAddress[]
  external_id?: string | null
  normalized: NormalizedContact
}

/** A contact's new fields and keys. */
export interface ContactRewrite {
  id: string
  fields: ContactFieldsUpdate
  keys: BlockingKey[]
}

/**
 * Rewrites live contacts' fields and keys together: one lock, one key
 * delete and one key insert for the lot, so an import that adds phones to
 * thousands of contacts pays one round of statements, not thousands.
 */
export async function updateContactRows(
  knex: Knex,
  rewrites: ContactRewrite[]
): Promise<void> {
  if (!rewrites.length) {
    return
  }
  const ids = rewrites.map((r) => r.id)
  const locked = await lockContacts(knex, ids, "update")
  for (const id of ids) {
    const contact = locked.get(id)
    if (!contact) {
      throw new MedusaError(
        MedusaError.Types.NOT_FOUND,
        `No CRM contact has the id ${id}`
      )
    }
    if (contact.merged_into_id) {
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        `Contact ${id} was merged into ${contact.merged_into_id}; update ${contact.merged_into_id} instead`
      )
    }
  }
  await knex(CONTACT_KEY).whereIn("contact_id", ids).delete()
  await insertKeys(
    knex,
    rewrites.map((r) => ({
      contact_id: r.id,
      keys: cleanKeys(r.keys, `Keys of contact ${r.id}`),
    }))
  )
  const json = (v: unknown) => (v === undefined ? undefined : JSON.stringify(v))
  for (const { id, fields } of rewrites) {
    const changes = Object.fromEntries(
      Object.entries({
        first_name: fields.first_name,
        last_name: fields.last_name,
        full_name: fields.full_name,
        phones: json(fields.phones),
        emails: json(fields.emails),
        company_name: fields.company_name,
        tax_id: fields.tax_id,
        addresses: json(fields.addresses),
        external_id: fields.external_id,
        normalized: json(fields.normalized),
      }).filter(([, v]) => v !== undefined)
    )
    await knex(CONTACT)
      .where({ id })
      .update({ ...changes, updated_at: knex.fn.now() })
  }
}

export interface ContactSearch {
  /** Keys of the query when it reads as a phone or an email (exact, normalised). */
  keys?: BlockingKey[]
  /** Text matched against names, company and external id. */
  text?: string
  source?: string
  kind?: string
  /** Include contacts merged into others (for history); live ones only by default. */
  include_merged?: boolean
}

/** A page of contacts, newest first, and the count of all that match. */
/** `text` as a LIKE pattern that matches it anywhere, wildcards escaped. */
export const containing = (text: string) =>
  `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`

/**
 * Contacts with one of `keys` (a phone or e-mail as normalised), or with
 * `text` in the name, company or external id: what an admin search means.
 */
export function whereContactMatches(
  knex: Knex,
  q: Knex.QueryBuilder,
  search: { text?: string; keys?: BlockingKey[] }
): void {
  if (search.keys?.length) {
    q.orWhereIn(
      "id",
      knex(CONTACT_KEY)
        .select("contact_id")
        .whereNull("deleted_at")
        .whereIn(
          ["kind", "value"],
          search.keys.map((k) => [k.kind, k.value])
        )
    )
  }
  if (search.text) {
    const like = containing(search.text)
    q.orWhereILike("display_name", like)
      .orWhereILike("company_name", like)
      .orWhereILike("external_id", like)
  }
}

export async function searchContactRows(
  knex: Knex,
  search: ContactSearch,
  page: { skip: number; take: number }
): Promise<[CrmContactRow[], number]> {
  const query = knex(CONTACT).whereNull("deleted_at")
  if (!search.include_merged) {
    query.whereNull("merged_into_id")
  }
  if (search.source) {
    query.where("source", search.source)
  }
  if (search.kind) {
    query.where("kind", search.kind)
  }
  if (search.keys?.length || search.text) {
    query.where((q) => whereContactMatches(knex, q, search))
  }
  const [{ count }] = (await query.clone().count({ count: "*" })) as {
    count: string | number
  }[]
  const rows = (await query
    .select(CONTACT_ROW_COLUMNS)
    .orderBy([
      { column: "created_at", order: "desc" },
      { column: "id", order: "desc" },
    ])
    .offset(page.skip)
    .limit(page.take)) as Record<string, unknown>[]
  return [rows.map((r) => toContactRow(r as never)), Number(count)]
}
