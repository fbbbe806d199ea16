import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import { MedusaError } from "@medusajs/framework/utils"
import type { MergeContactsResult } from "../../../types/crm-module"
import { mergedColumns } from "./contact-rows"
import { lockContacts } from "./contact-store"
import {
  CONTACT,
  CONTACT_KEY,
  CUSTOMER_LINK,
  json,
  MATCH_CANDIDATE,
} from "./sql"

/**
 * Merging two contacts in plain SQL: everything that pointed at the merged
 * contact moves in one transaction (the caller's), under row locks on both
 * contacts so that a link or a second merge running at the same time waits.
 */

/**
 * Folds `merged_id` into `survivor_id` (the caller holds the transaction and
 * recomputes the survivor's normalised form and keys afterwards).
 */
export async function mergeContactRows(
  knex: Knex,
  survivor_id: string,
  merged_id: string
): Promise<MergeContactsResult> {
  if (survivor_id === merged_id) {
    throw new MedusaError(
      MedusaError.Types.NOT_ALLOWED,
      `Contact ${survivor_id} cannot be merged into itself; choose two different contacts`
    )
  }
  const locked = await lockContacts(knex, [survivor_id, merged_id], "update")
  for (const id of [survivor_id, merged_id]) {
    const contact = locked.get(id)
    if (!contact) {
      throw new MedusaError(
        MedusaError.Types.NOT_FOUND,
        `Contact ${id} was not found; it may have been deleted`
      )
    }
    if (contact.merged_into_id) {
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        `Contact ${id} was already merged into ${contact.merged_into_id}; merge with ${contact.merged_into_id} instead`
      )
    }
  }
  const survivor = locked.get(survivor_id)!
  const merged = locked.get(merged_id)!
  const now = new Date()

  const links = await knex(CUSTOMER_LINK)
    .where({ contact_id: merged_id })
    .whereNull("deleted_at")
    .update({ contact_id: survivor_id, updated_at: now })

  // Keys the survivor already has would break its unique index: drop them.
  await knex.raw(
    `delete from ${CONTACT_KEY} m
      using ${CONTACT_KEY} s
      where m.contact_id = ? and s.contact_id = ?
        and m.kind = s.kind and m.value = s.value`,
    [merged_id, survivor_id]
  )
  const keys = await knex(CONTACT_KEY)
    .where({ contact_id: merged_id })
    .update({ contact_id: survivor_id, updated_at: now })

  const candidates = await moveCandidates(knex, survivor_id, merged_id, now)

  const columns = mergedColumns(survivor, merged)
  const movesExternalId = !survivor.external_id && merged.external_id !== null
  // The merged contact keeps a trace of its CRM id; the unique index forbids two.
  await knex(CONTACT)
    .where({ id: merged_id })
    .update({
      merged_into_id: survivor_id,
      updated_at: now,
      ...(movesExternalId
        ? {
            external_id: null,
            metadata: json({
              ...(merged.metadata ?? {}),
              external_id: merged.external_id,
            }),
          }
        : {}),
    })
  // Contacts merged into the merged one earlier now point at the survivor too.
  await knex(CONTACT)
    .where({ merged_into_id: merged_id })
    .update({ merged_into_id: survivor_id, updated_at: now })
  await knex(CONTACT)
    .where({ id: survivor_id })
    .update({
      ...columns,
      phones: json(columns.phones),
      emails: json(columns.emails),
      addresses: json(columns.addresses),
      metadata: json(columns.metadata),
      updated_at: now,
    })

  const after = await lockContacts(knex, [survivor_id, merged_id], "update")
  return {
    survivor: after.get(survivor_id)!,
    merged: after.get(merged_id)!,
    moved: {
      customer_links: Number(links),
      keys: Number(keys),
      match_candidates: candidates.moved,
      dropped_match_candidates: candidates.dropped,
    },
  }
}

/**
 * Points the pending candidates of the merged contact at the survivor.
 * Those the survivor already has, and those whose subject is the survivor
 * itself, are soft-deleted: a person cannot be asked whether a contact is
 * itself.
 */
async function moveCandidates(
  knex: Knex,
  survivor_id: string,
  merged_id: string,
  now: Date
): Promise<{ moved: number; dropped: number }> {
  const dropped = await knex.raw(
    `update ${MATCH_CANDIDATE} m set deleted_at = ?, updated_at = ?
      where m.contact_id = ? and m.status = 'pending' and m.deleted_at is null
        and ((m.subject_type = 'contact' and m.subject_id = ?)
             or exists (select 1 from ${MATCH_CANDIDATE} s
                         where s.contact_id = ? and s.deleted_at is null
                           and s.subject_type = m.subject_type
                           and s.subject_id = m.subject_id))`,
    [now, now, merged_id, survivor_id, survivor_id]
  )
  const moved = await knex(MATCH_CANDIDATE)
    .where({ contact_id: merged_id, status: "pending" })
    .whereNull("deleted_at")
    .update({ contact_id: survivor_id, updated_at: now })
  // "Is the merged contact the survivor?" is answered by the merge itself.
  await knex(MATCH_CANDIDATE)
    .where({
      subject_type: "contact",
      subject_id: merged_id,
      contact_id: survivor_id,
      status: "pending",
    })
    .whereNull("deleted_at")
    .update({
      status: "accepted",
      decided_at: now,
      reason: "The two contacts were merged",
      updated_at: now,
    })
  // The merged contact's other open questions are now the survivor's.
  await knex.raw(
    `update ${MATCH_CANDIDATE} m set deleted_at = ?, updated_at = ?
      where m.subject_type = 'contact' and m.subject_id = ? and m.status = 'pending'
        and m.deleted_at is null
        and exists (select 1 from ${MATCH_CANDIDATE} s
                     where s.subject_type = 'contact' and s.subject_id = ?
                       and s.contact_id = m.contact_id and s.deleted_at is null)`,
    [now, now, merged_id, survivor_id]
  )
  await knex(MATCH_CANDIDATE)
    .where({
      subject_type: "contact",
      subject_id: merged_id,
      status: "pending",
    })
    .whereNull("deleted_at")
    .update({ subject_id: survivor_id, updated_at: now })
  return {
    moved: Number(moved),
    dropped: (dropped as { rowCount: number }).rowCount,
  }
}
