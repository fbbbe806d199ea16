/**
 * Shapes of the finance admin HTTP API (payment confirmations, COD
 * receivables, courier remittances, logistics costs) as the dashboard
 * receives them. Amounts are in the currency's main unit.
 */
import type { CostBearer } from "./pipeline-types"

/** Amounts per lower-case ISO 4217 code. */
export type AmountsByCurrency = Record<string, number>

export const CONFIRMATION_STATUSES = [
  "pending",
  "confirmed",
  "rejected",
] as const
export type PaymentConfirmationStatus = (typeof CONFIRMATION_STATUSES)[number]

export interface AdminPaymentConfirmation {
  id: string
  order_id: string
  display_id: number | null
  customer_email: string | null
  payment_id: string | null
  provider_id: string
  currency_code: string
  expected_amount: number
  received_amount: number | null
  reference: string | null
  status: PaymentConfirmationStatus
  mismatch_accepted: boolean
  decided_by: string | null
  decided_at: string | null
  reason: string | null
  created_at: string
}

export interface AdminPaymentConfirmationListResponse {
  payment_confirmations: AdminPaymentConfirmation[]
  count: number
  offset: number
  limit: number
}

export interface AdminPaymentConfirmationResponse {
  payment_confirmation: AdminPaymentConfirmation
}

export interface AdminConfirmPayment {
  reference: string
  received_amount: number
  accept_mismatch?: boolean
}

export interface AdminRejectPayment {
  reason: string
}

export const RECEIVABLE_STATUSES = [
  "open",
  "due",
  "settled",
  "disputed",
  "refused",
] as const
export type CodReceivableStatus = (typeof RECEIVABLE_STATUSES)[number]

export interface AdminCodReceivable {
  id: string
  order_id: string
  display_id: number | null
  carrier: string | null
  tracking_number: string | null
  currency_code: string
  amount_to_collect: number
  status: CodReceivableStatus
  shipped_at: string | null
  delivered_at: string | null
  settled_at: string | null
  closed_reason: string | null
  payment_id: string | null
  fulfillment_id: string | null
  /** Whole days since delivery, while the courier still owes the money. */
  days_since_delivery: number | null
  aging_bucket: AgingBucket | null
  created_at: string
  updated_at: string
}

export interface AdminCodReceivableListResponse {
  cod_receivables: AdminCodReceivable[]
  count: number
  offset: number
  limit: number
}

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
  carrier: string | null
  due: Record<AgingBucket, AgingCell>
  due_total: AgingCell
  not_delivered: AgingCell
  disputed: AgingCell
}

export interface ReceivablesAging {
  as_of: string
  carriers: CarrierAging[]
  totals: Omit<CarrierAging, "carrier">
}

export const REMITTANCE_LINE_OUTCOMES = [
  "matched",
  "short",
  "excess",
  "unknown",
  "duplicate",
  "invalid",
] as const
export type RemittanceLineOutcome = (typeof REMITTANCE_LINE_OUTCOMES)[number]

export type RemittanceLineStatus = "open" | "settled" | "disputed"
export type RemittanceStatus = "imported" | "confirmed"

export type RemittanceSummary = Record<RemittanceLineOutcome, number> & {
  total_amount: AmountsByCurrency
  matched_amount: AmountsByCurrency
}

export interface AdminRemittanceLine {
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

export interface AdminRemittance {
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
  /** Present on a single statement; a list may leave the lines out. */
  lines?: AdminRemittanceLine[]
}

export interface AdminRemittanceResponse {
  remittance: AdminRemittance
  /** True when this statement had been imported before: nothing changed. */
  already_imported?: boolean
  /** Lines matching the line filters; `summary` counts all of them. */
  lines_count?: number
  lines_offset?: number
  lines_limit?: number
}

export interface AdminConfirmRemittanceResponse extends AdminRemittanceResponse {
  /** True when it was confirmed before: nothing changed. */
  already_confirmed: boolean
  settlement: {
    settled: number
    disputed: number
    captured: { count: number; amounts: AmountsByCurrency }
  }
}

export interface AdminRemittanceListResponse {
  remittances: AdminRemittance[]
  count: number
  offset: number
  limit: number
}

/** One statement line as sent in a JSON import. */
export interface AdminRemittanceLineInput {
  tracking_number?: string
  order_display_id?: number
  amount: number
  currency_code?: string
  collected_at: string
}

export interface AdminImportRemittance {
  carrier: string
  statement_reference: string
  bank_reference?: string
  currency_code?: string
  lines: AdminRemittanceLineInput[]
}

export const LOGISTICS_COST_KINDS = [
  "return_to_origin",
  "redelivery",
  "other",
] as const
export type LogisticsCostKind = (typeof LOGISTICS_COST_KINDS)[number]

export interface AdminLogisticsCost {
  id: string
  order_id: string
  display_id?: number | null
  kind: LogisticsCostKind
  currency_code: string
  amount: number
  bearer: CostBearer
  reason: string | null
  recorded_by: string | null
  created_at: string
}

export interface AdminLogisticsCostListResponse {
  logistics_costs: AdminLogisticsCost[]
  count: number
  offset: number
  limit: number
}

export interface AdminRefuseCodDelivery {
  reason: string
  logistics_cost: number
  bearer?: CostBearer
}
