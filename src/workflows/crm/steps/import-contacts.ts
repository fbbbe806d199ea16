import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type MallCrmModuleService from "../../../modules/crm/service"
import type {
  ContactImportLineReport,
  ContactImportResult,
} from "../../../types/crm"
import type { StoredContact } from "../../../types/crm-module"
import { MALL_CRM_MODULE } from "../../../types/modules"
import { planContactImport } from "../../../utils/crm/import-plan"
import {
  findExisting,
  prepareImportLines,
  writeImportChunk,
  type ContactImportUndo,
} from "../utils/contact-import"
import type { CheckedContactLine } from "../utils/contact-lines"

export type { ContactImportLineReport } from "../../../types/crm"

export const importContactsStepId = "mall-import-crm-contacts"

export interface ImportContactsStepInput {
  lines: CheckedContactLine[]
  /** Lines refused by their own checks, reported as they are. */
  rejected: { line: number; reason: string }[]
}

export type ImportContactsResult = ContactImportResult

/** Lines planned and written together: large enough to be fast, small enough to keep memory flat. */
const CHUNK = 2_000

/**
 * Imports offline customers in chunks: each chunk is normalised, looked up
 * by its blocking keys in one query, planned (match, fold, create or
 * review) and written. Contacts created by earlier chunks are found by later
 * ones, so a person split across the file still ends as one contact. The
 * next chunk is normalised while the database writes the current one.
 * Compensation removes what the import created and restores the contacts it
 * added to.
 */
export const importContactsStep = createStep(
  importContactsStepId,
  async (input: ImportContactsStepInput, { container }) => {
    const crm = container.resolve<MallCrmModuleService>(MALL_CRM_MODULE)
    const matcher = crm.getMatcher()
    const thresholds = crm.getMatchThresholds()
    const undo: ContactImportUndo = {
      created: [],
      candidates: [],
      restored: [],
    }
    const reports: ContactImportLineReport[] = input.rejected.map((r) => ({
      ...r,
      status: "rejected" as const,
    }))

    const chunkAt = (start: number) =>
      prepareImportLines(input.lines.slice(start, start + CHUNK), matcher)
    let next = input.lines.length ? chunkAt(0) : null
    for (let start = 0; next; start += CHUNK) {
      const lines = await next
      const existing = await findExisting(crm, lines)
      const plan = planContactImport({
        lines,
        existing: [...existing.values()],
        matcher,
        thresholds,
      })
      const written = writeImportChunk(crm, plan, existing, undo)
      next = start + CHUNK < input.lines.length ? chunkAt(start + CHUNK) : null
      // Both settle before the next chunk: its lookup must see these contacts.
      const [chunkReports] = await Promise.all([written, next])
      reports.push(...chunkReports)
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
    return new StepResponse<ImportContactsResult, ContactImportUndo>(
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
