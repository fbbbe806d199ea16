import type {
  BlockingKey,
  ContactAddress,
  ContactRecord,
  CrmMatcherStrategy,
  FieldEvidence,
  MatchThresholds,
  NormalizedContact,
} from "../../types/crm"
import { rankCandidates } from "../../strategies/crm-matcher"

/** A valid import line, normalised. */
export interface ImportLine {
  line: number
  record: ContactRecord
  external_id: string | null
  normalized: NormalizedContact
  keys: BlockingKey[]
}

/** An existing contact as the planner sees it. */
export interface ExistingContact {
  id: string
  external_id: string | null
  /** Other external ids that name this contact (those of contacts merged into it). */
  external_id_aliases?: string[]
  phones: string[]
  emails: string[]
  addresses: ContactAddress[]
  normalized: NormalizedContact
}

/** A contact the import will create; lines that are the same person fold into it. */
export interface PlannedContact {
  /** The line that created it. */
  line: number
  record: ContactRecord
  external_id: string | null
  normalized: NormalizedContact
  keys: BlockingKey[]
  /** Later lines of the same person were folded in: `normalized` no longer covers `record`. */
  folded?: boolean
}

/** What the import adds to an existing contact it matched. */
export interface ContactAddition {
  contact_id: string
  phones: string[]
  emails: string[]
  addresses: ContactAddress[]
  external_id: string | null
}

/** A possible duplicate for a person to decide: a new contact against an existing or another new one. */
export interface PlannedCandidate {
  /** Index into `contacts`: the new contact (the subject). */
  subject: number
  /** The contact it may be: an existing id, or an index into `contacts`. */
  contact: { id: string } | { planned: number }
  score: number
  evidence: FieldEvidence[]
}

export type ImportLineResult =
  | { line: number; status: "created"; planned: number }
  | {
      line: number
      status: "matched"
      contact_id: string
      score: number
      /** external_id: the CRM's own id; identical: a line with nothing to match on but itself. */
      by: "external_id" | "score" | "identical"
    }
  | {
      line: number
      status: "duplicate"
      duplicate_of_line: number
      planned: number
      score: number
    }
  | {
      line: number
      status: "review"
      planned: number
      candidates: number
      best_score: number
    }

export interface ImportPlan {
  contacts: PlannedContact[]
  additions: ContactAddition[]
  candidates: PlannedCandidate[]
  lines: ImportLineResult[]
}

const keyOf = (k: BlockingKey) => `${k.kind}\u0000${k.value}`

const union = <T>(base: T[], more: T[], id: (v: T) => string = String) => {
  const seen = new Set(base.map(id))
  const out = [...base]
  for (const v of more) {
    if (!seen.has(id(v))) {
      seen.add(id(v))
      out.push(v)
    }
  }
  return out
}

const addressId = (a: ContactAddress) =>
  [a.address_1, a.city, a.postal_code, a.country_code]
    .map((v) => (v ?? "").trim().toLowerCase())
    .join("|")

/**
 * Decides, line by line, what an import does: match an existing contact
 * (then its new phones, emails and addresses are added to it), fold into an
 * earlier line of the same file, create a contact, or create one and ask a
 * person about its possible duplicates. Lines are taken in order, so the
 * first line of a person creates the contact and later ones fold into it.
 *
 * `existing` holds the contacts sharing a key with any line; the planner
 * never reads the database, so it is the same for a file of ten lines and
 * for one chunk of a file of 100,000.
 */
export function planContactImport(input: {
  lines: ImportLine[]
  existing: ExistingContact[]
  matcher: Pick<CrmMatcherStrategy, "score" | "blockingKeys">
  thresholds: MatchThresholds
}): ImportPlan {
  const { matcher, thresholds } = input
  const existingByKey = new Map<string, ExistingContact[]>()
  const existingByExternalId = new Map<string, ExistingContact>()
  for (const contact of input.existing) {
    for (const id of [
      contact.external_id,
      ...(contact.external_id_aliases ?? []),
    ]) {
      if (id) {
        existingByExternalId.set(id, contact)
      }
    }
    // The keys a stored contact has are those its normalised form yields.
    for (const k of matcher.blockingKeys(contact.normalized)) {
      const list = existingByKey.get(keyOf(k)) ?? []
      list.push(contact)
      existingByKey.set(keyOf(k), list)
    }
  }
  const plannedByKey = new Map<string, number[]>()
  const plannedByExternalId = new Map<string, number>()
  const contacts: PlannedContact[] = []
  const additions = new Map<string, ContactAddition>()
  const candidates: PlannedCandidate[] = []
  const lines: ImportLineResult[] = []

  const keysOfExisting = (lineKeys: BlockingKey[]) => {
    const found = new Map<string, ExistingContact>()
    for (const k of lineKeys) {
      for (const c of existingByKey.get(keyOf(k)) ?? []) {
        found.set(c.id, c)
      }
    }
    return [...found.values()]
  }
  const plannedSharing = (lineKeys: BlockingKey[]) => {
    const found = new Set<number>()
    for (const k of lineKeys) {
      for (const i of plannedByKey.get(keyOf(k)) ?? []) {
        found.add(i)
      }
    }
    return [...found]
  }
  const indexPlanned = (i: number, keys: BlockingKey[]) => {
    for (const k of keys) {
      const list = plannedByKey.get(keyOf(k)) ?? []
      if (!list.includes(i)) {
        list.push(i)
        plannedByKey.set(keyOf(k), list)
      }
    }
  }
  const addTo = (contact: ExistingContact, line: ImportLine) => {
    const addition = additions.get(contact.id) ?? {
      contact_id: contact.id,
      phones: [],
      emails: [],
      addresses: [],
      external_id: null,
    }
    addition.phones = union(addition.phones, line.record.phones)
    addition.emails = union(addition.emails, line.record.emails)
    addition.addresses = union(
      addition.addresses,
      line.record.addresses,
      addressId
    )
    if (!contact.external_id && !addition.external_id && line.external_id) {
      addition.external_id = line.external_id
    }
    additions.set(contact.id, addition)
  }
  const foldInto = (i: number, line: ImportLine) => {
    const planned = contacts[i]
    planned.record = {
      ...planned.record,
      phones: union(planned.record.phones, line.record.phones),
      emails: union(planned.record.emails, line.record.emails),
      addresses: union(
        planned.record.addresses,
        line.record.addresses,
        addressId
      ),
    }
    planned.external_id = planned.external_id ?? line.external_id
    planned.folded = true
    const fresh = line.keys.filter(
      (k) => !planned.keys.some((p) => keyOf(p) === keyOf(k))
    )
    planned.keys = [...planned.keys, ...fresh]
    indexPlanned(i, fresh)
  }
  const create = (line: ImportLine) => {
    contacts.push({
      line: line.line,
      record: line.record,
      external_id: line.external_id,
      normalized: line.normalized,
      keys: line.keys,
    })
    const i = contacts.length - 1
    indexPlanned(i, line.keys)
    if (line.external_id) {
      plannedByExternalId.set(line.external_id, i)
    }
    return i
  }

  for (const line of input.lines) {
    // The enterprise's own id settles it: a re-import never duplicates.
    if (line.external_id) {
      const known = existingByExternalId.get(line.external_id)
      if (known) {
        addTo(known, line)
        lines.push({
          line: line.line,
          status: "matched",
          contact_id: known.id,
          score: 1,
          by: "external_id",
        })
        continue
      }
      const earlier = plannedByExternalId.get(line.external_id)
      if (earlier !== undefined) {
        foldInto(earlier, line)
        lines.push({
          line: line.line,
          status: "duplicate",
          duplicate_of_line: contacts[earlier].line,
          planned: earlier,
          score: 1,
        })
        continue
      }
    }
    // A line with only its record key (a name, perhaps an address) scores
    // too low against anything to be linked, yet must not be created twice.
    if (line.keys.length && line.keys.every((k) => k.kind === "record")) {
      const [same] = keysOfExisting(line.keys)
      if (same) {
        lines.push({
          line: line.line,
          status: "matched",
          contact_id: same.id,
          score: 1,
          by: "identical",
        })
        continue
      }
      const [earlier] = plannedSharing(line.keys)
      if (earlier !== undefined) {
        foldInto(earlier, line)
        lines.push({
          line: line.line,
          status: "duplicate",
          duplicate_of_line: contacts[earlier].line,
          planned: earlier,
          score: 1,
        })
        continue
      }
    }
    type Option =
      | { kind: "existing"; contact: ExistingContact; n: NormalizedContact }
      | { kind: "planned"; index: number; n: NormalizedContact }
    const options: Option[] = [
      ...keysOfExisting(line.keys).map((contact): Option => ({
        kind: "existing",
        contact,
        n: contact.normalized,
      })),
      ...plannedSharing(line.keys).map((index): Option => ({
        kind: "planned",
        index,
        n: contacts[index].normalized,
      })),
    ]
    const ranked = rankCandidates(
      matcher,
      line.normalized,
      options,
      (o) => o.n,
      thresholds
    )
    const best = ranked[0]
    if (best?.outcome === "auto_link") {
      const o = best.candidate
      if (o.kind === "existing") {
        addTo(o.contact, line)
        lines.push({
          line: line.line,
          status: "matched",
          contact_id: o.contact.id,
          score: best.score,
          by: "score",
        })
      } else {
        foldInto(o.index, line)
        lines.push({
          line: line.line,
          status: "duplicate",
          duplicate_of_line: contacts[o.index].line,
          planned: o.index,
          score: best.score,
        })
      }
      continue
    }
    const planned = create(line)
    const review = ranked.filter((r) => r.outcome === "review")
    for (const r of review) {
      candidates.push({
        subject: planned,
        contact:
          r.candidate.kind === "existing"
            ? { id: r.candidate.contact.id }
            : { planned: r.candidate.index },
        score: r.score,
        evidence: r.evidence,
      })
    }
    lines.push(
      review.length
        ? {
            line: line.line,
            status: "review",
            planned,
            candidates: review.length,
            best_score: review[0].score,
          }
        : { line: line.line, status: "created", planned }
    )
  }
  return { contacts, additions: [...additions.values()], candidates, lines }
}
