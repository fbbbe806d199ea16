import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type MallCrmModuleService from "../../../modules/crm/service"
import type { ContactAddress, ContactRecord } from "../../../types/crm"
import type { StoredContact } from "../../../types/crm-module"
import type { ContactRewrite } from "../../../modules/crm/utils/contact-store"
import { MALL_CRM_MODULE } from "../../../types/modules"
import {
  planContactImport,
  type ImportLine,
} from "../../../utils/crm/import-plan"
import type { CheckedContactLine } from "../utils/contact-lines"
import { withDistinctValues } from "../utils/customer-record"

export const importContactsStepId = "mall-import-crm-contacts"

/** How one import line ended. */
export type ContactImportLineReport =
  | { line: number; status: "created"; contact_id: string }
  | {
      line: number
      status: "matched"
      contact_id: string
      score: number
      by: "external_id" | "score"
    }
  | {
      line: number
      status: "duplicate"
      contact_id: string
      duplicate_of_line: number
      score: number
    }
  | {
      line: number
      status: "review"
      contact_id: string
      candidates: number
      best_score: number
    }
  | { line: number; status: "rejected"; reason: string }

export interface ImportContactsStepInput {
  lines: CheckedContactLine[]
  /** Lines refused by their own checks, reported as they are. */
  rejected: { line: number; reason: string }[]
}

export interface ImportContactsResult {
  summary: Record<ContactImportLineReport["status"], number> & {
    total: number
  }
  lines: ContactImportLineReport[]
}

/** Lines planned and written together: large enough to be fast, small enough to keep memory flat. */
const CHUNK = 2_000

type Undo = {
  created: string[]
  candidates: string[]
  restored: { id: string; record: StoredContact }[]
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

/**
 * Imports offline customers in chunks: each chunk is normalised, looked up
 * by its blocking keys in one query, planned (match, fold, create or
 * review) and written. Contacts created by earlier chunks are found by later
 * ones, so a person split across the file still ends as one contact.
 * Compensation removes what the import created and restores the contacts it
 * added to.
 */
export const importContactsStep = createStep(
  importContactsStepId,
  async (input: ImportContactsStepInput, { container }) => {
    const crm = container.resolve<MallCrmModuleService>(MALL_CRM_MODULE)
    const matcher = crm.getMatcher()
    const thresholds = crm.getMatchThresholds()
    const undo: Undo = { created: [], candidates: [], restored: [] }
    const reports: ContactImportLineReport[] = input.rejected.map((r) => ({
      ...r,
      status: "rejected" as const,
    }))

    for (let start = 0; start < input.lines.length; start += CHUNK) {
      const chunk = input.lines.slice(start, start + CHUNK)
      const lines: ImportLine[] = chunk.map((l) => {
        const normalized = matcher.normalize(l.record)
        return {
          line: l.line,
          record: l.record,
          external_id: l.external_id,
          normalized,
          keys: matcher.blockingKeys(normalized),
        }
      })
      const existing = await findExisting(crm, lines)
      const plan = planContactImport({
        lines,
        existing: [...existing.values()],
        matcher,
        thresholds,
      })

      const created = await crm.createContactsWithKeys(
        plan.contacts.map((c) => {
          // Folded lines added phones and emails: each once, then normalise the whole.
          const record = withDistinctValues(c.record, matcher)
          const normalized = matcher.normalize(record)
          return {
            contact: {
              ...record,
              source: "offline_import" as const,
              external_id: c.external_id,
              normalized,
            },
            keys: matcher.blockingKeys(normalized),
          }
        })
      )
      const ids = created.map((c) => c.id)
      undo.created.push(...ids)

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
      await crm.updateContactsWithKeys(rewrites)

      const candidates = await crm.upsertMatchCandidates(
        plan.candidates.map((c) => {
          const subject = plan.contacts[c.subject]
          return {
            subject_type: "contact" as const,
            subject_id: ids[c.subject],
            subject: subject.record,
            subject_normalized: subject.normalized,
            contact_id:
              "id" in c.contact ? c.contact.id : ids[c.contact.planned],
            score: c.score,
            evidence: c.evidence,
          }
        })
      )
      undo.candidates.push(...candidates.map((c) => c.id))

      for (const l of plan.lines) {
        switch (l.status) {
          case "created":
            reports.push({ ...l, contact_id: ids[l.planned] })
            break
          case "matched":
            reports.push(l)
            break
          case "duplicate":
            reports.push({
              line: l.line,
              status: "duplicate",
              contact_id: ids[l.planned],
              duplicate_of_line: l.duplicate_of_line,
              score: l.score,
            })
            break
          case "review":
            reports.push({
              line: l.line,
              status: "review",
              contact_id: ids[l.planned],
              candidates: l.candidates,
              best_score: l.best_score,
            })
            break
        }
      }
    }

    reports.sort((a, b) => a.line - b.line)
    const summary = {
      total: reports.length,
      created: 0,
      matched: 0,
      duplicate: 0,
      review: 0,
      rejected: 0,
    }
    for (const r of reports) {
      summary[r.status]++
    }
    return new StepResponse<ImportContactsResult, Undo>(
      { summary, lines: reports },
      undo
    )
  },
  async (undo, { container }) => {
    if (!undo) {
      return
    }
    const crm = container.resolve<MallCrmModuleService>(MALL_CRM_MODULE)
    if (undo.candidates.length) {
      await crm.deleteCrmMatchCandidates(undo.candidates)
    }
    // A contact matched in several chunks goes back to its first snapshot.
    const originals = new Map<string, StoredContact>()
    for (const { id, record } of undo.restored) {
      if (!originals.has(id)) {
        originals.set(id, record)
      }
    }
    await crm.updateContactsWithKeys(
      [...originals].map(([id, record]) => ({
        id,
        fields: {
          phones: record.phones,
          emails: record.emails,
          addresses: record.addresses,
          external_id: record.external_id,
          normalized: record.normalized,
        },
        keys: crm.getMatcher().blockingKeys(record.normalized),
      }))
    )
    if (undo.created.length) {
      await crm.deleteCrmContacts(undo.created)
    }
  }
)

/**
 * The live contacts the chunk could be: those sharing a blocking key, and
 * those holding one of its external ids (a merged contact is followed to
 * the contact it was merged into).
 */
type Found = StoredContact & { external_id_aliases?: string[] }

async function findExisting(
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
