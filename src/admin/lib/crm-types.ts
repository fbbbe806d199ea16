/**
 * Shapes of the CRM admin HTTP API (`/admin/mall/crm`) as the dashboard
 * receives them: the server's own types (`src/types/crm`,
 * `src/types/http/crm-matching`), so the two cannot drift. Only what the
 * server does not describe is declared here.
 */
import type {
  ContactImportLineReport,
  ContactImportResult,
  ContactKind,
  ContactSource,
} from "../../types/crm"

export {
  CONTACT_CSV_COLUMNS,
  CONTACT_IMPORT_STATUSES,
  CONTACT_KINDS,
  CONTACT_SOURCES,
  EVIDENCE_FIELDS,
  MATCH_CANDIDATE_ORDERS,
  MATCH_CANDIDATE_STATUSES,
} from "../../types/crm"
export type {
  ContactAddress,
  ContactImportStatus,
  ContactKind,
  ContactRecord,
  ContactSource,
  EvidenceField,
  FieldEvidence,
  MatchCandidateOrder,
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

/** `GET /admin/mall/crm/contacts`. */
export interface AdminCrmContactQuery {
  /** A phone or email however it is written, or a name, company or external id. */
  q?: string
  source?: ContactSource
  kind?: ContactKind
  limit?: number
  offset?: number
}

/** How one line of a contact import ended. */
export type AdminContactImportLine = ContactImportLineReport

/** `POST /admin/mall/crm/contacts/import`: a report for every line. */
export type AdminContactImportResponse = ContactImportResult

/** `POST /admin/mall/crm/contacts/:id/merge`: folds `contact_id` into `:id`. */
export interface AdminMergeCrmContacts {
  contact_id: string
  reason: string
}
