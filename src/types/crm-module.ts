/**
 * Rows of the CRM module (`mall_crm`) as its service returns them, and the
 * inputs of its custom methods. The matching contract itself is in `./crm`.
 */
import type {
  BlockingKey,
  ContactAddress,
  ContactKind,
  ContactRecord,
  ContactSource,
  FieldEvidence,
  MatchCandidateStatus,
  NormalizedContact,
  OrderReviewStatus,
  SyncJobStatus,
} from "./crm"

/** How a customer came to be linked to a contact. */
export const CUSTOMER_LINK_SOURCES = ["auto", "review", "admin"] as const
export type CustomerLinkSource = (typeof CUSTOMER_LINK_SOURCES)[number]

/** What a match candidate compares with an existing contact. */
export const MATCH_SUBJECT_TYPES = ["customer", "contact"] as const
export type MatchSubjectType = (typeof MATCH_SUBJECT_TYPES)[number]

/** A contact as the matcher reads it: everything scoring needs, nothing more. */
export interface StoredContact {
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
  normalized: NormalizedContact
}

/** A contact with its merge pointer and metadata (what a merge returns). */
export interface CrmContactRow extends StoredContact {
  merged_into_id: string | null
  metadata: Record<string, unknown> | null
  created_at: Date
  updated_at: Date
}

/** The columns of a new contact; `normalized` is the matcher's output for it. */
export interface NewContact {
  kind: ContactKind
  first_name?: string | null
  last_name?: string | null
  full_name?: string | null
  /** Defaults to the full name, else family + given name, else the company, else the first email or phone. */
  display_name?: string | null
  phones: string[]
  emails: string[]
  company_name?: string | null
  tax_id?: string | null
  addresses: ContactAddress[]
  source: ContactSource
  external_id?: string | null
  normalized: NormalizedContact
  metadata?: Record<string, unknown> | null
}

export interface NewContactWithKeys {
  contact: NewContact
  keys: BlockingKey[]
}

export interface CustomerLink {
  id: string
  customer_id: string
  contact_id: string
  linked_by: CustomerLinkSource
  score: number | null
  match_candidate_id: string | null
  created_at: Date
  updated_at: Date
}

export interface LinkCustomerInput {
  customer_id: string
  contact_id: string
  linked_by: CustomerLinkSource
  score?: number | null
  match_candidate_id?: string | null
}

export interface NewMatchCandidate {
  subject_type: MatchSubjectType
  /** The customer id or contact id compared. */
  subject_id: string
  /** The subject as it was when compared, for the side-by-side view. */
  subject: ContactRecord
  subject_normalized: NormalizedContact
  /** The existing contact it may be. */
  contact_id: string
  score: number
  evidence: FieldEvidence[]
}

export interface MatchCandidate extends NewMatchCandidate {
  id: string
  status: MatchCandidateStatus
  decided_by: string | null
  decided_at: Date | null
  reason: string | null
  created_at: Date
  updated_at: Date
}

export interface MergeContactsInput {
  /** The contact that stays. */
  survivor_id: string
  /** The contact folded into the survivor; kept, pointing at it. */
  merged_id: string
}

export interface MergeContactsResult {
  survivor: CrmContactRow
  merged: CrmContactRow
  /** What moved from the merged contact to the survivor. */
  moved: {
    customer_links: number
    keys: number
    match_candidates: number
    /** Pending candidates dropped because the survivor already had them or they would compare it with itself. */
    dropped_match_candidates: number
  }
}

export interface NewOrderReview {
  order_id: string
  customer_id?: string | null
  contact_id?: string | null
  status?: OrderReviewStatus
  /** True when the review was decided by rules, without a person. */
  automatic?: boolean
  reasons?: unknown[]
  decided_by?: string | null
  decided_at?: Date | null
  reason?: string | null
  due_at?: Date | null
  metadata?: Record<string, unknown> | null
}

export interface OrderReview {
  id: string
  order_id: string
  customer_id: string | null
  contact_id: string | null
  status: OrderReviewStatus
  automatic: boolean
  reasons: unknown[]
  decided_by: string | null
  decided_at: Date | null
  reason: string | null
  due_at: Date | null
  metadata: Record<string, unknown> | null
  created_at: Date
  updated_at: Date
}

export interface NewSyncJob {
  order_id: string
  /** The connector's id (`CrmConnectorStrategy.id`). */
  connector: string
  /** Unique: a second job with the same key is never created. */
  idempotency_key: string
  payload: Record<string, unknown>
  max_attempts?: number
  /** When the first attempt is due; now by default. */
  next_attempt_at?: Date
}

export interface SyncJob {
  id: string
  order_id: string
  connector: string
  idempotency_key: string
  status: SyncJobStatus
  attempts: number
  max_attempts: number
  next_attempt_at: Date | null
  last_attempt_at: Date | null
  last_error: string | null
  succeeded_at: Date | null
  external_id: string | null
  /** The connector's summary of the successful delivery, e.g. "HTTP 200". */
  result_detail: string | null
  payload: Record<string, unknown>
  created_at: Date
  updated_at: Date
}

export interface ClaimSyncJobsInput {
  now: Date
  limit: number
  /** An in-progress job whose last attempt is older than this was abandoned (its server died); 10 minutes by default. */
  stale_after_ms?: number
}

export interface SyncJobFailure {
  error: string
  /** When to try again; null gives up for good. */
  retry_at: Date | null
}

export interface SyncJobSuccess {
  external_id?: string | null
  detail?: string | null
}
