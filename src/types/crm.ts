/**
 * CRM: contacts (the enterprise's golden records of customers), matching of
 * new records against them, order reviews and outbound sync to the CRM.
 */

export const CONTACT_KINDS = ["person", "company"] as const
export type ContactKind = (typeof CONTACT_KINDS)[number]

export const CONTACT_SOURCES = ["offline_import", "online"] as const
export type ContactSource = (typeof CONTACT_SOURCES)[number]

export interface ContactAddress {
  address_1?: string | null
  address_2?: string | null
  city?: string | null
  province?: string | null
  postal_code?: string | null
  /** ISO 3166-1 alpha-2, lower case. */
  country_code?: string | null
}

/** A customer record as the matcher sees it: an import row, a contact or a Medusa customer. */
export interface ContactRecord {
  kind: ContactKind
  /** Given name (名) for a person. */
  first_name?: string | null
  /** Family name (姓) for a person. */
  last_name?: string | null
  /** The whole name as written, when the source does not split it. */
  full_name?: string | null
  phones: string[]
  emails: string[]
  company_name?: string | null
  tax_id?: string | null
  addresses: ContactAddress[]
}

/**
 * A record after normalisation: what blocking and scoring compare. Stored on
 * each contact so that scoring a candidate never normalises it again.
 */
export interface NormalizedContact {
  kind: ContactKind
  /** Name tokens: lower case, half-width, punctuation removed, sorted so order does not matter. */
  name_tokens: string[]
  /** The name with all spaces removed, in its written order (for CJK names). */
  name_compact: string | null
  /** Toneless pinyin of a CJK name, tokens sorted (e.g. ["san", "zhang"]); empty for other scripts. */
  name_pinyin: string[]
  /** E.164 phones, e.g. "+8613800138000". Invalid phones are dropped. */
  phones: string[]
  /** Canonical emails: lower case, plus-tag removed; gmail dots removed. */
  emails: string[]
  /** Company name without legal suffixes (有限公司, Co., Ltd., GmbH...), compact. */
  company: string | null
  /** Tax id, upper case, separators removed. */
  tax_id: string | null
  /** First three characters of each postal code. */
  postal_prefixes: string[]
  /** Normalised "city address_1" strings for address comparison. */
  addresses: string[]
}

export const BLOCKING_KEY_KINDS = [
  "phone",
  "email",
  "tax_id",
  "company",
  "name_postal",
  "pinyin_postal",
  // The whole record, for a record with none of the keys above: importing
  // it again must find it.
  "record",
] as const
export type BlockingKeyKind = (typeof BLOCKING_KEY_KINDS)[number]

/** A key that puts records in the same block: only records sharing a key are scored. */
export interface BlockingKey {
  kind: BlockingKeyKind
  value: string
}

export const EVIDENCE_FIELDS = [
  "phone",
  "email",
  "name",
  "company",
  "tax_id",
  "address",
] as const
export type EvidenceField = (typeof EVIDENCE_FIELDS)[number]

/** How one field compared, explained. */
export interface FieldEvidence {
  field: EvidenceField
  /** A stable code the admin translates, e.g. "exact", "pinyin", "typo", "swapped", "differs", "missing". */
  code: string
  /** Similarity of the field, 0..1. */
  similarity: number
  /** Points this field added to (or, when negative, removed from) the score. */
  points: number
  /** The two values compared (normalised), for the side-by-side view. */
  left: string | null
  right: string | null
  /** A sentence in English for logs and API consumers. */
  detail: string
}

export interface MatchScore {
  /** 0..1 */
  score: number
  evidence: FieldEvidence[]
}

export const MATCH_OUTCOMES = ["auto_link", "review", "new"] as const
export type MatchOutcome = (typeof MATCH_OUTCOMES)[number]

export interface MatchThresholds {
  /** At or above: link automatically. */
  auto_link: number
  /** At or above (and below auto_link): a candidate for review. Below: a new contact. */
  review: number
}

export interface NormalizeOptions {
  /** ISO 3166-1 alpha-2 country for phones written without a country code, e.g. "CN". */
  default_country: string
}

/**
 * Decides whether two records are the same customer. Replace it through the
 * plugin option `crm.matcher` to change how records are compared.
 */
export interface CrmMatcherStrategy {
  normalize(record: ContactRecord): NormalizedContact
  blockingKeys(contact: NormalizedContact): BlockingKey[]
  score(left: NormalizedContact, right: NormalizedContact): MatchScore
}

export const MATCH_CANDIDATE_STATUSES = [
  "pending",
  "accepted",
  "rejected",
] as const
export type MatchCandidateStatus = (typeof MATCH_CANDIDATE_STATUSES)[number]

/** How the review queue can be sorted; a leading - sorts descending. */
export const MATCH_CANDIDATE_ORDERS = [
  "created_at",
  "-created_at",
  "score",
  "-score",
] as const
export type MatchCandidateOrder = (typeof MATCH_CANDIDATE_ORDERS)[number]

export const ORDER_REVIEW_STATUSES = [
  "pending",
  "approved",
  "rejected",
] as const
export type OrderReviewStatus = (typeof ORDER_REVIEW_STATUSES)[number]

export const SYNC_JOB_STATUSES = [
  "pending",
  "in_progress",
  "succeeded",
  "failed",
] as const
export type SyncJobStatus = (typeof SYNC_JOB_STATUSES)[number]

/** What a connector sends to the CRM for one approved order. */
export interface CrmOrderPayload {
  /** Stable per order: the CRM can drop a repeat. */
  idempotency_key: string
  event: "order.approved"
  order: Record<string, unknown>
  contact: Record<string, unknown> | null
  review: Record<string, unknown>
  sent_at: string
}

export interface CrmDeliveryResult {
  /** The CRM's own id for the order, when it answered one. */
  external_id?: string | null
  /** A short human-readable summary, e.g. "HTTP 200" or the file written. */
  detail: string
}

/**
 * Delivers approved orders to the enterprise CRM. Throw to fail an attempt:
 * the sync job records the error and retries with backoff. A
 * `CrmDeliveryError` with `retryable: false` stops the retries.
 */
export interface CrmConnectorStrategy {
  readonly id: string
  deliver(payload: CrmOrderPayload): Promise<CrmDeliveryResult>
}

/**
 * The columns of a contact import in CSV (`POST /admin/mall/crm/contacts/import`),
 * in the order of the downloadable template.
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

export const CONTACT_IMPORT_STATUSES = [
  "created",
  "matched",
  "duplicate",
  "review",
  "rejected",
] as const
export type ContactImportStatus = (typeof CONTACT_IMPORT_STATUSES)[number]

/** How one import line ended. `line` is the line in the file (the header is line 1), or the place in the JSON list. */
export type ContactImportLineReport =
  | { line: number; status: "created"; contact_id: string }
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
      contact_id: string
      /** The earlier line of the same person. */
      duplicate_of_line: number
      score: number
    }
  | {
      line: number
      status: "review"
      contact_id: string
      /** How many possible duplicates wait for a person, and the best score. */
      candidates: number
      best_score: number
    }
  | { line: number; status: "rejected"; reason: string }

/** An import's report: a line for every line of the file. */
export interface ContactImportResult {
  summary: Record<ContactImportStatus, number> & { total: number }
  lines: ContactImportLineReport[]
}
