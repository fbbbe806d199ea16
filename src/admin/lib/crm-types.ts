/**
 * Shapes of the CRM admin HTTP API (`/admin/mall/crm`) as the dashboard
 * receives them: dates arrive as ISO strings. The matching contract and its
 * constants are the server's own (`src/types/crm`), so the two cannot drift.
 */
import type {
  ContactAddress,
  ContactKind,
  ContactRecord,
  ContactSource,
  FieldEvidence,
  MatchCandidateStatus,
} from "../../types/crm"

export {
  CONTACT_KINDS,
  CONTACT_SOURCES,
  EVIDENCE_FIELDS,
  MATCH_CANDIDATE_STATUSES,
} from "../../types/crm"
export type { AdminCrmMergeContactsResponse } from "../../types/http/crm-matching"
export type {
  ContactAddress,
  ContactKind,
  ContactRecord,
  ContactSource,
  EvidenceField,
  FieldEvidence,
  MatchCandidateStatus,
} from "../../types/crm"

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

/** A CRM contact: the enterprise's golden record of a customer. */
export interface AdminCrmContact {
  id: string
  kind: ContactKind
  first_name: string | null
  last_name: string | null
  full_name: string | null
  display_name: string
  phones: string[]
  emails: string[]
  company_name: string | null
  tax_id: string | null
  addresses: ContactAddress[]
  source: ContactSource
  external_id: string | null
  /** Set when this contact was merged into another: the one that stays. */
  merged_into_id: string | null
  metadata: Record<string, unknown> | null
  created_at: string
  updated_at: string
}

/** `GET /admin/mall/crm/contacts`. */
export interface AdminCrmContactQuery {
  /** A phone or email however it is written, or a name, company or external id. */
  q?: string
  source?: ContactSource
  kind?: ContactKind
  limit?: number
  offset?: number
}

export interface AdminCrmContactListResponse {
  contacts: AdminCrmContact[]
  count: number
  offset: number
  limit: number
}

/** How a customer came to be linked to a contact. */
export type AdminCustomerLinkSource = "auto" | "review" | "admin"

/** A Medusa customer linked to a contact (one contact, many customers). */
export interface AdminCrmCustomerLink {
  id: string
  customer_id: string
  contact_id: string
  linked_by: AdminCustomerLinkSource
  score: number | null
  match_candidate_id: string | null
  created_at: string
  updated_at: string
}

/** A contact folded into another by a merge; kept, pointing at it. */
export interface AdminCrmMergedContact {
  id: string
  display_name: string
  source: ContactSource
  external_id: string | null
  updated_at: string
}

/**
 * "This customer (or contact) may be that contact": a score between the
 * review and auto-link thresholds, with the evidence field by field.
 */
export interface AdminCrmMatchCandidate {
  id: string
  subject_type: "customer" | "contact"
  /** The customer id or contact id compared. */
  subject_id: string
  /** The subject as it was compared. */
  subject: ContactRecord
  /** The existing contact the subject may be. */
  contact_id: string
  /** 0..1 */
  score: number
  evidence: FieldEvidence[]
  status: MatchCandidateStatus
  decided_by: string | null
  decided_at: string | null
  reason: string | null
  created_at: string
  updated_at: string
}

/** `GET /admin/mall/crm/contacts/:id`. */
export interface AdminCrmContactResponse {
  contact: AdminCrmContact
  customer_links: AdminCrmCustomerLink[]
  merged_contacts: AdminCrmMergedContact[]
  match_candidates: AdminCrmMatchCandidate[]
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
