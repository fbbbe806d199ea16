import type {
  ContactAddress,
  ContactKind,
  ContactRecord,
  ContactSource,
  FieldEvidence,
  MatchCandidateStatus,
} from "../crm"
import type {
  CustomerLink,
  MatchCandidate,
  MatchSubjectType,
  MergeContactsResult,
} from "../crm-module"

/** A contact as the review screens show it (no normalised form). */
export interface AdminCrmContactView {
  id: string
  kind: ContactKind
  display_name: string
  first_name: string | null
  last_name: string | null
  full_name: string | null
  phones: string[]
  emails: string[]
  company_name: string | null
  tax_id: string | null
  addresses: ContactAddress[]
  source: ContactSource
  external_id: string | null
  /** Set when the contact was merged into another: that one stands for it now. */
  merged_into_id: string | null
  created_at: string | Date
  updated_at: string | Date
}

/** A contact as its own screens show it: the review view and its metadata. */
export interface AdminCrmContact extends AdminCrmContactView {
  metadata: Record<string, unknown> | null
}

export interface AdminCrmContactListResponse {
  contacts: AdminCrmContact[]
  count: number
  offset: number
  limit: number
}

/** A Medusa customer linked to a contact (one contact, many customers). */
export interface AdminCrmCustomerLink extends Omit<
  CustomerLink,
  "created_at" | "updated_at"
> {
  created_at: string | Date
  updated_at: string | Date
}

/** A contact folded into another by a merge; kept, pointing at it. */
export type AdminCrmMergedContact = Pick<
  AdminCrmContactView,
  "id" | "display_name" | "source" | "external_id" | "updated_at"
>

/**
 * A match candidate as a contact's page lists it: the stored row, without
 * the records side by side (`AdminCrmMatchCandidate` has them).
 */
export interface AdminCrmContactMatchCandidate extends Omit<
  MatchCandidate,
  "subject_normalized" | "decided_at" | "created_at" | "updated_at"
> {
  decided_at: string | Date | null
  created_at: string | Date
  updated_at: string | Date
}

/** One contact with everything attached to it. */
export interface AdminCrmContactResponse {
  contact: AdminCrmContact
  customer_links: AdminCrmCustomerLink[]
  merged_contacts: AdminCrmMergedContact[]
  match_candidates: AdminCrmContactMatchCandidate[]
}

/** A Medusa customer next to its CRM data. */
export interface AdminCrmCustomerView {
  id: string
  email: string | null
  first_name: string | null
  last_name: string | null
  phone: string | null
  has_account: boolean
}

/**
 * One candidate with both records side by side: the subject as it was
 * compared, the existing contact as it is now, and the evidence per field.
 */
export interface AdminCrmMatchCandidate {
  id: string
  status: MatchCandidateStatus
  score: number
  evidence: FieldEvidence[]
  subject_type: MatchSubjectType
  subject_id: string
  /** The subject as compared (a snapshot). */
  subject: ContactRecord
  /** A customer subject as it is now. */
  customer: AdminCrmCustomerView | null
  /** A contact subject (an imported line) as it is now. */
  subject_contact: AdminCrmContactView | null
  /** The existing contact the subject may be, as it is now; `null` once deleted. */
  contact: AdminCrmContactView | null
  /** That contact's id, also once it is deleted. */
  contact_id: string
  /**
   * Set when that contact was merged into another (deleted since or not):
   * the surviving contact, which stands for it now. A decided candidate
   * keeps pointing at the merged contact; a pending one moves to the
   * survivor with the merge.
   */
  contact_merged_into_id: string | null
  decided_by: string | null
  decided_at: string | Date | null
  reason: string | null
  created_at: string | Date
  updated_at: string | Date
}

export interface AdminCrmMatchCandidateListResponse {
  match_candidates: AdminCrmMatchCandidate[]
  count: number
  offset: number
  limit: number
}

export interface AdminCrmMatchCandidateResponse {
  match_candidate: AdminCrmMatchCandidate
}

export interface AdminCrmAcceptMatchResponse {
  match_candidate: AdminCrmMatchCandidate
  /** The contact the subject is now. */
  contact: AdminCrmContactView
  /** The contact folded into it, when there was one. */
  merged_contact_id: string | null
  moved: MergeContactsResult["moved"] | null
  /** The customer's link (customer subjects). */
  link: AdminCrmCustomerLink | null
  /** Other pending candidates of the subject, rejected by this decision. */
  rejected_candidate_ids: string[]
}

export interface AdminCrmMergeContactsResponse {
  contact: AdminCrmContactView
  merged_contact: AdminCrmContactView
  moved: MergeContactsResult["moved"]
}

/** What the admin's customer widget shows. */
export interface AdminCrmCustomerResponse {
  customer: AdminCrmCustomerView
  link: AdminCrmCustomerLink | null
  contact: AdminCrmContactView | null
  /** The other customers linked to the same contact. */
  other_customers: Omit<AdminCrmCustomerView, "phone">[]
  pending_candidates: AdminCrmMatchCandidate[]
}
