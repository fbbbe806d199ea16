import type { CostBearer } from "./pipeline"

/**
 * A COD receivable's life: `open` when the parcel ships, `due` when it is
 * delivered, `settled` by a confirmed remittance, `disputed` when the
 * courier remitted a different amount, `refused` when the buyer refused it.
 */
export const COD_RECEIVABLE_STATUSES = [
  "open",
  "due",
  "settled",
  "disputed",
  "refused",
] as const
export type CodReceivableStatus = (typeof COD_RECEIVABLE_STATUSES)[number]

/** Receivables a courier may still owe money for. */
export const OUTSTANDING_RECEIVABLE_STATUSES: CodReceivableStatus[] = [
  "open",
  "due",
  "disputed",
]

/** How a courier statement's line compared with what the courier owed. */
export const REMITTANCE_LINE_OUTCOMES = [
  "matched",
  "short",
  "excess",
  "unknown",
  "duplicate",
  "invalid",
] as const
export type RemittanceLineOutcome = (typeof REMITTANCE_LINE_OUTCOMES)[number]

export const REMITTANCE_LINE_STATUSES = ["open", "settled", "disputed"] as const
export type RemittanceLineStatus = (typeof REMITTANCE_LINE_STATUSES)[number]

export const REMITTANCE_STATUSES = ["imported", "confirmed"] as const
export type RemittanceStatus = (typeof REMITTANCE_STATUSES)[number]

export const LOGISTICS_COST_KINDS = [
  "return_to_origin",
  "redelivery",
  "other",
] as const
export type LogisticsCostKind = (typeof LOGISTICS_COST_KINDS)[number]

/**
 * One line of a courier statement as it arrives (JSON body or CSV row):
 * nothing is trusted yet, each value is checked line by line so that a bad
 * line is reported without blocking the others.
 */
export interface RawStatementLine {
  tracking_number?: unknown
  order_display_id?: unknown
  amount?: unknown
  currency_code?: unknown
  collected_at?: unknown
  /** Where the line is in the statement; its position (from 1) when left out. */
  line_number?: number
  /** Set by a reader that could not read the line as a whole (e.g. a CSV row with too few values). */
  read_error?: string
}

/** A statement line once checked; `invalid` carries why it cannot be used. */
export interface NormalizedStatementLine {
  line_number: number
  tracking_number: string | null
  order_display_id: number | null
  /** Decimal string, exact. Null when missing or not a number. */
  amount: string | null
  currency_code: string | null
  /** ISO 8601 (JSON-safe: lines travel between workflow steps). */
  collected_at: string | null
  /** Set when the line cannot be matched, with the reason. */
  invalid: string | null
}

/** What matching needs to know about a receivable. */
export interface MatchableReceivable {
  id: string
  order_id: string
  display_id: number | null
  tracking_number: string | null
  currency_code: string
  /** Decimal string. */
  amount_to_collect: string
  status: CodReceivableStatus
  settled_at: Date | null
}

/** A statement line after matching, as it is stored. */
export interface ClassifiedStatementLine {
  line_number: number
  tracking_number: string | null
  order_display_id: number | null
  amount: string | null
  currency_code: string | null
  /** ISO 8601. */
  collected_at: string | null
  receivable_id: string | null
  outcome: RemittanceLineOutcome
  reason: string | null
}

/** Amounts per lower-case currency code, in the currency's main unit. */
export type AmountsByCurrency = Record<string, number>

export interface RemittanceSummary {
  matched: number
  short: number
  excess: number
  unknown: number
  duplicate: number
  invalid: number
  /** Sum of the amounts of every line that is not invalid, per currency. */
  total_amount: AmountsByCurrency
  /** Sum of the amounts of matched lines, per currency. */
  matched_amount: AmountsByCurrency
}

export interface RemittanceLineReport {
  id: string
  line_number: number
  tracking_number: string | null
  order_display_id: number | null
  currency_code: string | null
  amount: number | null
  collected_at: string | null
  outcome: RemittanceLineOutcome
  status: RemittanceLineStatus
  reason: string | null
  receivable_id: string | null
  /** The receivable the line matched, when it matched one. */
  receivable: {
    id: string
    order_id: string
    display_id: number | null
    tracking_number: string | null
    amount_to_collect: number
    currency_code: string
    status: CodReceivableStatus
  } | null
}

export interface RemittanceReport {
  id: string
  carrier: string
  statement_reference: string
  bank_reference: string | null
  status: RemittanceStatus
  line_count: number
  imported_by: string | null
  confirmed_by: string | null
  confirmed_at: string | null
  created_at: string
  summary: RemittanceSummary
  lines: RemittanceLineReport[]
}

/** The aging buckets, in days since delivery. */
export const AGING_BUCKETS = [
  "days_0_7",
  "days_8_15",
  "days_16_30",
  "days_over_30",
] as const
export type AgingBucket = (typeof AGING_BUCKETS)[number]

export interface AgingCell {
  count: number
  amounts: AmountsByCurrency
}

export interface CarrierAging {
  /** Null for receivables whose carrier is not known. */
  carrier: string | null
  /** Delivered, not yet remitted, by days since delivery. */
  due: Record<AgingBucket, AgingCell>
  /** All due receivables of the carrier. */
  due_total: AgingCell
  /** Shipped, not yet delivered. */
  not_delivered: AgingCell
  /** The courier remitted a different amount; finance has to resolve it. */
  disputed: AgingCell
}

export interface ReceivablesAging {
  as_of: string
  carriers: CarrierAging[]
  totals: Omit<CarrierAging, "carrier">
}

export interface RefuseCodDeliveryInput {
  reason: string
  /** The cost of the parcel's return trip, in the order's currency. */
  logistics_cost: number
  /** Who bears it; the pipeline settings' `refused_delivery_bearer` when left out. */
  bearer?: CostBearer
  /** Where the goods come back; the location the parcel shipped from when left out. */
  location_id?: string
}
