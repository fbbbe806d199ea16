import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import { generateEntityId, MedusaError } from "@medusajs/framework/utils"
import { ORDER_REVIEW_STATUSES } from "../../../types/crm"
import type {
  CustomerLink,
  LinkCustomerInput,
  MatchCandidate,
  NewMatchCandidate,
  NewOrderReview,
  OrderReview,
} from "../../../types/crm-module"
import {
  CUSTOMER_LINK_SOURCES,
  MATCH_SUBJECT_TYPES,
} from "../../../types/crm-module"
import { resolveSurvivor } from "./contact-store"
import { generateAscendingIds } from "./ids"
import {
  arrayBindings,
  chunks,
  CUSTOMER_LINK,
  dateOf,
  json,
  MATCH_CANDIDATE,
  ORDER_REVIEW,
  rowsOf,
} from "./sql"

/**
 * Writes that must be idempotent because triggers run twice (a redelivered
 * event, a retried workflow, two server instances): customer links upsert
 * on the customer, candidates and reviews are inserted once per natural key.
 */

const CANDIDATE_CHUNK = 2_000

type Row = Record<string, unknown>

const num = (value: unknown) =>
  value === null || value === undefined ? null : Number(value)

export function toCustomerLink(row: Row): CustomerLink {
  return {
    id: row.id as string,
    customer_id: row.customer_id as string,
    contact_id: row.contact_id as string,
    linked_by: row.linked_by as CustomerLink["linked_by"],
    score: num(row.score),
    match_candidate_id: (row.match_candidate_id as string | null) ?? null,
    created_at: dateOf(row.created_at)!,
    updated_at: dateOf(row.updated_at)!,
  }
}

export function toMatchCandidate(row: Row): MatchCandidate {
  return {
    id: row.id as string,
    subject_type: row.subject_type as MatchCandidate["subject_type"],
    subject_id: row.subject_id as string,
    subject: row.subject as MatchCandidate["subject"],
    subject_normalized:
      row.subject_normalized as MatchCandidate["subject_normalized"],
    contact_id: row.contact_id as string,
    score: Number(row.score),
    evidence: (row.evidence as MatchCandidate["evidence"]) ?? [],
    status: row.status as MatchCandidate["status"],
    decided_by: (row.decided_by as string | null) ?? null,
    decided_at: dateOf(row.decided_at),
    reason: (row.reason as string | null) ?? null,
    created_at: dateOf(row.created_at)!,
    updated_at: dateOf(row.updated_at)!,
  }
}

export function toOrderReview(row: Row): OrderReview {
  return {
    id: row.id as string,
    order_id: row.order_id as string,
    customer_id: (row.customer_id as string | null) ?? null,
    contact_id: (row.contact_id as string | null) ?? null,
    status: row.status as OrderReview["status"],
    automatic: Boolean(row.automatic),
    reasons: (row.reasons as unknown[] | null) ?? [],
    decided_by: (row.decided_by as string | null) ?? null,
    decided_at: dateOf(row.decided_at),
    reason: (row.reason as string | null) ?? null,
    due_at: dateOf(row.due_at),
    metadata: (row.metadata as Record<string, unknown> | null) ?? null,
    created_at: dateOf(row.created_at)!,
    updated_at: dateOf(row.updated_at)!,
  }
}

/**
 * Links the customer to the contact, or moves its link there. A contact
 * merged meanwhile is followed to its survivor, so a link never points at a
 * merged contact; the contact row is share-locked so a merge running at the
 * same time waits for this link and then moves it.
 */
export async function upsertCustomerLink(
  knex: Knex,
  input: LinkCustomerInput
): Promise<CustomerLink> {
  if (!input.customer_id?.trim()) {
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      "customer_id is required to link a customer to a contact"
    )
  }
  if (!CUSTOMER_LINK_SOURCES.includes(input.linked_by)) {
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      `linked_by must be one of ${CUSTOMER_LINK_SOURCES.join(", ")}`
    )
  }
  const contact = await resolveSurvivor(knex, input.contact_id)
  const now = new Date()
  const result = await knex.raw(
    `insert into ${CUSTOMER_LINK}
       (id, customer_id, contact_id, linked_by, score, match_candidate_id,
        created_at, updated_at)
     values (?, ?, ?, ?, ?, ?, ?, ?)
     on conflict (customer_id) where deleted_at is null do update set
       contact_id = excluded.contact_id,
       linked_by = excluded.linked_by,
       score = excluded.score,
       match_candidate_id = excluded.match_candidate_id,
       updated_at = excluded.updated_at
     returning *`,
    arrayBindings([
      generateEntityId(undefined, "crmlnk"),
      input.customer_id,
      contact.id,
      input.linked_by,
      input.score ?? null,
      input.match_candidate_id ?? null,
      now,
      now,
    ])
  )
  return toCustomerLink(rowsOf<Row>(result)[0])
}

const pairKey = (row: {
  subject_type: string
  subject_id: string
  contact_id: string
}) => `${row.subject_type}\u0000${row.subject_id}\u0000${row.contact_id}`

/**
 * Inserts the candidates that do not exist yet (by subject and contact) and
 * returns the stored row of every one, in the order given: an existing row
 * keeps its status, so a rejected candidate is not asked again.
 */
export async function upsertCandidates(
  knex: Knex,
  rows: NewMatchCandidate[]
): Promise<MatchCandidate[]> {
  const unique = new Map<string, NewMatchCandidate>()
  rows.forEach((row, index) => {
    if (
      !MATCH_SUBJECT_TYPES.includes(row?.subject_type) ||
      !row.subject_id ||
      !row.contact_id ||
      !Number.isFinite(row.score)
    ) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `Match candidate ${index + 1} needs a subject_type (${MATCH_SUBJECT_TYPES.join(", ")}), a subject_id, a contact_id and a numeric score`
      )
    }
    if (!unique.has(pairKey(row))) {
      unique.set(pairKey(row), row)
    }
  })
  const candidates = [...unique.values()]
  const now = new Date()
  const stored = new Map<string, MatchCandidate>()
  for (const chunk of chunks(candidates, CANDIDATE_CHUNK)) {
    await knex.raw(
      `insert into ${MATCH_CANDIDATE}
         (id, subject_type, subject_id, subject, subject_normalized,
          contact_id, score, evidence, status, created_at, updated_at)
       select u.*, 'pending', ?::timestamptz, ?::timestamptz
         from unnest(?::text[], ?::text[], ?::text[], ?::jsonb[], ?::jsonb[],
                     ?::text[], ?::real[], ?::jsonb[]) as u
       on conflict (subject_type, subject_id, contact_id)
         where deleted_at is null do nothing`,
      arrayBindings([
        now,
        now,
        generateAscendingIds("crmmc", chunk.length),
        chunk.map((r) => r.subject_type),
        chunk.map((r) => r.subject_id),
        chunk.map((r) => json(r.subject)),
        chunk.map((r) => json(r.subject_normalized)),
        chunk.map((r) => r.contact_id),
        chunk.map((r) => r.score),
        chunk.map((r) => json(r.evidence ?? [])),
      ])
    )
    const found = await knex.raw(
      `select m.* from ${MATCH_CANDIDATE} m
         join unnest(?::text[], ?::text[], ?::text[])
              as q(subject_type, subject_id, contact_id)
           on m.subject_type = q.subject_type
          and m.subject_id = q.subject_id
          and m.contact_id = q.contact_id
        where m.deleted_at is null`,
      arrayBindings([
        chunk.map((r) => r.subject_type),
        chunk.map((r) => r.subject_id),
        chunk.map((r) => r.contact_id),
      ])
    )
    for (const row of rowsOf<Row>(found)) {
      const candidate = toMatchCandidate(row)
      stored.set(pairKey(candidate), candidate)
    }
  }
  return candidates
    .map((row) => stored.get(pairKey(row)))
    .filter((row): row is MatchCandidate => !!row)
}

/** Opens the order's review unless it has one; returns the order's review either way. */
export async function insertOrderReviewIfAbsent(
  knex: Knex,
  input: NewOrderReview
): Promise<{ review: OrderReview; created: boolean }> {
  if (!input.order_id?.trim()) {
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      "order_id is required to open an order review"
    )
  }
  if (input.status && !ORDER_REVIEW_STATUSES.includes(input.status)) {
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      `status must be one of ${ORDER_REVIEW_STATUSES.join(", ")}`
    )
  }
  const now = new Date()
  const inserted = await knex.raw(
    `insert into ${ORDER_REVIEW}
       (id, order_id, customer_id, contact_id, status, automatic, reasons,
        decided_by, decided_at, reason, due_at, metadata, created_at,
        updated_at)
     values (?, ?, ?, ?, ?, ?, ?::jsonb, ?, ?, ?, ?, ?::jsonb, ?, ?)
     on conflict (order_id) where deleted_at is null do nothing
     returning *`,
    arrayBindings([
      generateEntityId(undefined, "crmrev"),
      input.order_id,
      input.customer_id ?? null,
      input.contact_id ?? null,
      input.status ?? "pending",
      input.automatic ?? false,
      json(input.reasons ?? []),
      input.decided_by ?? null,
      input.decided_at ?? null,
      input.reason ?? null,
      input.due_at ?? null,
      json(input.metadata),
      now,
      now,
    ])
  )
  const [row] = rowsOf<Row>(inserted)
  if (row) {
    return { review: toOrderReview(row), created: true }
  }
  const existing = (await knex(ORDER_REVIEW)
    .where({ order_id: input.order_id })
    .whereNull("deleted_at")
    .first()) as Row
  return { review: toOrderReview(existing), created: false }
}
