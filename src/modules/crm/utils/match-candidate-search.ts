import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import type { BlockingKey, MatchCandidateOrder } from "../../../types/crm"
import { containing, whereContactMatches } from "./contact-store"
import { CONTACT, MATCH_CANDIDATE } from "./sql"

export interface MatchCandidateSearch {
  status?: string
  subject_type?: string
  subject_id?: string
  contact_id?: string
  /** Text in either record: a name, a company, an external id, an address. */
  text?: string
  /** The query read as a phone or an e-mail, normalised. */
  keys?: BlockingKey[]
  order?: MatchCandidateOrder
}

/**
 * Ids of the match candidates a reviewer looks for, in the order asked,
 * with the total. The subject is searched as it was compared (its JSON), the
 * contact as it is now, merged ones included: a candidate outlives a merge.
 */
export async function searchMatchCandidateIds(
  knex: Knex,
  search: MatchCandidateSearch,
  page: { skip: number; take: number }
): Promise<[string[], number]> {
  const query = knex(MATCH_CANDIDATE).whereNull("deleted_at")
  for (const column of [
    "status",
    "subject_type",
    "subject_id",
    "contact_id",
  ] as const) {
    if (search[column] !== undefined) {
      query.where(column, search[column])
    }
  }
  const phones = search.keys?.filter((k) => k.kind === "phone") ?? []
  const emails = search.keys?.filter((k) => k.kind === "email") ?? []
  if (search.text || search.keys?.length) {
    const contactIds = knex(CONTACT)
      .select("id")
      .whereNull("deleted_at")
      .where((q) => whereContactMatches(knex, q, search))
    query.where((q) => {
      q.whereIn("contact_id", contactIds).orWhere((s) =>
        s.where("subject_type", "contact").whereIn("subject_id", contactIds)
      )
      if (search.text) {
        q.orWhereRaw("subject::text ilike ?", [containing(search.text)])
      }
      // jsonb_exists_any, not ?|: knex reads a ? as a binding.
      if (phones.length) {
        q.orWhereRaw("jsonb_exists_any(subject_normalized->'phones', ?)", [
          phones.map((k) => k.value),
        ])
      }
      if (emails.length) {
        q.orWhereRaw("jsonb_exists_any(subject_normalized->'emails', ?)", [
          emails.map((k) => k.value),
        ])
      }
    })
  }
  const [{ count }] = (await query.clone().count({ count: "*" })) as {
    count: string | number
  }[]
  const order = search.order ?? "-created_at"
  const column = order.replace(/^-/, "")
  const direction = order.startsWith("-") ? "desc" : "asc"
  const rows = (await query
    .select("id")
    .orderBy([
      { column, order: direction },
      ...(column === "created_at"
        ? []
        : [{ column: "created_at", order: "desc" }]),
      { column: "id", order: direction },
    ])
    .offset(page.skip)
    .limit(page.take)) as { id: string }[]
  return [rows.map((r) => r.id), Number(count)]
}
