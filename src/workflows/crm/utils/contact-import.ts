import type MallCrmModuleService from "../../../modules/crm/service"
import type { ContactRewrite } from "../../../modules/crm/utils/contact-store"
import type {
  ContactAddress,
  ContactImportLineReport,
  ContactRecord,
  CrmMatcherStrategy,
} from "../../../types/crm"
import type { StoredContact } from "../../../types/crm-module"
import type {
  ImportLine,
  ImportPlan,
  PlannedContact,
} from "../../../utils/crm/import-plan"
import type { CheckedContactLine } from "./contact-lines"
import { withDistinctValues } from "./customer-record"

/** What an import wrote, for its compensation. */
export type ContactImportUndo = {
  created: string[]
  candidates: string[]
  restored: { id: string; record: StoredContact }[]
}

type Matcher = Pick<CrmMatcherStrategy, "normalize" | "blockingKeys">

/** Lines normalised between two yields to the event loop. */
const SLICE = 250

/**
 * Normalises and keys a chunk of lines, yielding to the event loop every
 * few hundred lines: the import normalises the next chunk while the
 * database writes the current one, and the writes' round trips must not
 * wait for the whole chunk.
 */
export async function prepareImportLines(
  chunk: CheckedContactLine[],
  matcher: Matcher
): Promise<ImportLine[]> {
  const lines: ImportLine[] = []
  for (let i = 0; i < chunk.length; i++) {
    if (i > 0 && i % SLICE === 0) {
      await new Promise((resolve) => setImmediate(resolve))
    }
    const l = chunk[i]
    const normalized = matcher.normalize(l.record)
    lines.push({
      line: l.line,
      record: l.record,
      external_id: l.external_id,
      normalized,
      keys: matcher.blockingKeys(normalized),
    })
  }
  return lines
}

const addressId = (a: ContactAddress) =>
  [a.address_1, a.city, a.postal_code, a.country_code]
    .map((v) => (v ?? "").trim().toLowerCase())
    .join("|")

const unionBy = <T>(a: T[], b: T[], id: (v: T) => string) => {
  const seen = new Set(a.map(id))
  return [...a, ...b.filter((v) => !seen.has(id(v)) && seen.add(id(v)))]
}

const recordOf = (c: StoredContact): ContactRecord => ({
  kind: c.kind,
  first_name: c.first_name,
  last_name: c.last_name,
  full_name: c.full_name,
  phones: c.phones,
  emails: c.emails,
  company_name: c.company_name,
  tax_id: c.tax_id,
  addresses: c.addresses,
})

/** Every phone and email cell of the record is one value, none repeated. */
const hasDistinctValues = (c: PlannedContact) =>
  c.normalized.phones.length === c.record.phones.length &&
  c.normalized.emails.length === c.record.emails.length

function toNewContact(c: PlannedContact, matcher: Matcher) {
  const contact = {
    source: "offline_import" as const,
    external_id: c.external_id,
  }
  // A line alone, each phone and email written once: its own normalised
  // form and keys stand (normalising is the costly part of an import).
  if (!c.folded && hasDistinctValues(c)) {
    return {
      contact: { ...c.record, ...contact, normalized: c.normalized },
      keys: c.keys,
    }
  }
  // Folded lines added phones and emails: each once, then normalise the whole.
  const record = withDistinctValues(c.record, matcher)
  const normalized = matcher.normalize(record)
  return {
    contact: { ...record, ...contact, normalized },
    keys: matcher.blockingKeys(normalized),
  }
}

/** The existing contacts the plan adds phones, emails or addresses to. */
function rewritesOf(
  plan: ImportPlan,
  existing: Map<string, StoredContact>,
  matcher: Matcher,
  undo: ContactImportUndo
): ContactRewrite[] {
  const rewrites: ContactRewrite[] = []
  for (const addition of plan.additions) {
    const contact = existing.get(addition.contact_id)!
    const record = recordOf(contact)
    // Another spelling of a phone the contact has is not a new phone.
    const next = withDistinctValues(
      {
        ...record,
        phones: unionBy(record.phones, addition.phones, String),
        emails: unionBy(record.emails, addition.emails, String),
        addresses: unionBy(record.addresses, addition.addresses, addressId),
      },
      matcher
    )
    const external_id = contact.external_id ?? addition.external_id
    const changed =
      next.phones.length !== record.phones.length ||
      next.emails.length !== record.emails.length ||
      next.addresses.length !== record.addresses.length ||
      external_id !== contact.external_id
    if (!changed) {
      continue
    }
    undo.restored.push({ id: contact.id, record: contact })
    const normalized = matcher.normalize(next)
    rewrites.push({
      id: contact.id,
      fields: {
        phones: next.phones,
        emails: next.emails,
        addresses: next.addresses,
        external_id,
        normalized,
      },
      keys: matcher.blockingKeys(normalized),
    })
  }
  return rewrites
}

/**
 * Writes one planned chunk: the new contacts with their keys, what matched
 * lines add to existing contacts, and the match candidates for review.
 * Records what it wrote in `undo` and answers the chunk's line reports.
 */
export async function writeImportChunk(
  crm: MallCrmModuleService,
  plan: ImportPlan,
  existing: Map<string, StoredContact>,
  undo: ContactImportUndo
): Promise<ContactImportLineReport[]> {
  const matcher = crm.getMatcher()
  const created = await crm.createContactsWithKeys(
    plan.contacts.map((c) => toNewContact(c, matcher))
  )
  const ids = created.map((c) => c.id)
  undo.created.push(...ids)

  await crm.updateContactsWithKeys(rewritesOf(plan, existing, matcher, undo))

  const candidates = await crm.upsertMatchCandidates(
    plan.candidates.map((c) => {
      const subject = plan.contacts[c.subject]
      return {
        subject_type: "contact" as const,
        subject_id: ids[c.subject],
        subject: subject.record,
        subject_normalized: subject.normalized,
        contact_id: "id" in c.contact ? c.contact.id : ids[c.contact.planned],
        score: c.score,
        evidence: c.evidence,
      }
    })
  )
  undo.candidates.push(...candidates.map((c) => c.id))

  return plan.lines.map((l): ContactImportLineReport => {
    switch (l.status) {
      case "created":
        return { line: l.line, status: "created", contact_id: ids[l.planned] }
      case "matched":
        return l
      case "duplicate":
        return {
          line: l.line,
          status: "duplicate",
          contact_id: ids[l.planned],
          duplicate_of_line: l.duplicate_of_line,
          score: l.score,
        }
      case "review":
        return {
          line: l.line,
          status: "review",
          contact_id: ids[l.planned],
          candidates: l.candidates,
          best_score: l.best_score,
        }
    }
  })
}

/**
 * The live contacts the chunk could be: those sharing a blocking key, and
 * those holding one of its external ids (a merged contact is followed to
 * the contact it was merged into).
 */
type Found = StoredContact & { external_id_aliases?: string[] }

export async function findExisting(
  crm: MallCrmModuleService,
  lines: ImportLine[]
): Promise<Map<string, Found>> {
  const keys = new Map<string, ImportLine["keys"][number]>()
  for (const l of lines) {
    for (const k of l.keys) {
      keys.set(`${k.kind}\u0000${k.value}`, k)
    }
  }
  const found = new Map<string, Found>()
  if (keys.size) {
    const byKeys = await crm.findContactsByKeys([...keys.values()], {
      limit: keys.size * 4,
    })
    for (const c of byKeys) {
      found.set(c.id, c)
    }
  }
  const externalIds = [
    ...new Set(lines.map((l) => l.external_id).filter((v): v is string => !!v)),
  ]
  if (externalIds.length) {
    const rows = (await crm.listCrmContacts(
      { external_id: externalIds },
      { withDeleted: false, take: null }
    )) as unknown as (StoredContact & { merged_into_id: string | null })[]
    const survivors = rows
      .filter((r) => r.merged_into_id)
      .map((r) => r.merged_into_id!)
    const live = rows.filter((r) => !r.merged_into_id)
    if (survivors.length) {
      const more = (await crm.listCrmContacts(
        { id: survivors, merged_into_id: null },
        { take: null }
      )) as unknown as StoredContact[]
      const byId = new Map(more.map((m) => [m.id, m]))
      for (const r of rows.filter((r) => r.merged_into_id)) {
        const survivor =
          found.get(r.merged_into_id!) ?? byId.get(r.merged_into_id!)
        if (survivor && r.external_id) {
          // The merged contact's external id still names the person.
          found.set(survivor.id, {
            ...survivor,
            external_id_aliases: [
              ...((survivor as Found).external_id_aliases ?? []),
              r.external_id,
            ],
          })
        }
      }
    }
    for (const r of live) {
      found.set(r.id, { ...found.get(r.id), ...r })
    }
  }
  return found
}
