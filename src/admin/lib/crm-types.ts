/**
 * Shapes of the CRM admin HTTP API (`/admin/mall/crm`) as the dashboard
 * receives them: the server's own types (`src/types/crm`,
 * `src/types/http/crm-matching`), so the two cannot drift. Only what the
 * server does not describe is declared here.
 */
import type { ContactKind, ContactSource } from "../../types/crm"

export {
  CONTACT_KINDS,
  CONTACT_SOURCES,
  EVIDENCE_FIELDS,
  MATCH_CANDIDATE_STATUSES,
} from "../../types/crm"
export type {
  ContactAddress,
  ContactKind,
  ContactRecord,
  ContactSource,
  EvidenceField,
  FieldEvidence,
  MatchCandidateStatus,
} from "../../types/crm"
export type { CustomerLinkSource as AdminCustomerLinkSource } from "../../types/crm-module"
export type {
  AdminCrmContact,
  AdminCrmContactListResponse,
  AdminCrmContactResponse,
  AdminCrmCustomerLink,
  AdminCrmMergeContactsResponse,
  AdminCrmMergedContact,
} from "../../types/http/crm-matching"
// The contact page's candidates, without the records side by side; the
// review queue's (`AdminCrmMatchCandidate` of `types/http/crm-matching`) have them.
export type { AdminCrmContactMatchCandidate as AdminCrmMatchCandidate } from "../../types/http/crm-matching"

/**
 * The columns of a contact import in CSV (`POST /admin/mall/crm/contacts/import`),
 * in the order of the downloadable template. The server's list is
 * `CONTACT_CSV_COLUMNS` in `src/workflows/crm/utils/contact-lines.ts`; it is
 * repeated here because that module is server code.
 */
export const CONTACT_CSV_COLUMNS = [
  "external_id",
  "kind",
  "name",
  "first_name",
  "last_name",
  "phones",
  "emails",
  "company_name",
  "tax_id",
  "address_1",
  "address_2",
  "city",
  "province",
  "postal_code",
  "country_code",
] as const

/** `GET /admin/mall/crm/contacts`. */
export interface AdminCrmContactQuery {
  /** A phone or email however it is written, or a name, company or external id. */
  q?: string
  source?: ContactSource
  kind?: ContactKind
  limit?: number
  offset?: number
}

export const CONTACT_IMPORT_STATUSES = [
  "created",
  "matched",
  "duplicate",
  "review",
  "rejected",
] as const
export type ContactImportStatus = (typeof CONTACT_IMPORT_STATUSES)[number]

/** How one line of a contact import ended. */
export interface AdminContactImportLine {
  /** The line in the file (the header is line 1), or the place in the JSON list. */
  line: number
  status: ContactImportStatus
  contact_id?: string
  /** rejected: every problem of the line. */
  reason?: string
  /** matched: by the external id, or by score. */
  by?: "external_id" | "score"
  /** duplicate: the earlier line of the same person. */
  duplicate_of_line?: number
  /** matched, duplicate: 0..1 */
  score?: number
  /** review: how many possible duplicates, and the best score. */
  candidates?: number
  best_score?: number
}

/** `POST /admin/mall/crm/contacts/import`: a report for every line. */
export interface AdminContactImportResponse {
  summary: Record<ContactImportStatus, number> & { total: number }
  lines: AdminContactImportLine[]
}

/** `POST /admin/mall/crm/contacts/:id/merge`: folds `contact_id` into `:id`. */
export interface AdminMergeCrmContacts {
  contact_id: string
  reason: string
}
