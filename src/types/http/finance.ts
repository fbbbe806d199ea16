import type {
  AgingBucket,
  AmountsByCurrency,
  CodReceivableStatus,
  LogisticsCostKind,
  ReceivablesAging,
  RemittanceReport,
} from "../cod-collection"
import type { CostBearer } from "../pipeline"

/** A COD receivable as the admin API shows it, aged as of the request. */
export interface AdminCodReceivable {
  id: string
  order_id: string
  display_id: number | null
  payment_id: string | null
  fulfillment_id: string | null
  carrier: string | null
  tracking_number: string | null
  currency_code: string
  amount_to_collect: number
  status: CodReceivableStatus
  shipped_at: string | null
  delivered_at: string | null
  settled_at: string | null
  closed_reason: string | null
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

export interface AdminReceivablesAgingResponse {
  aging: ReceivablesAging
}

/** The report of a statement, with one page of its lines. */
export interface AdminRemittanceResponse {
  remittance: RemittanceReport
  /** Lines matching the line filters (all of them are in `summary`). */
  lines_count: number
  lines_offset: number
  lines_limit: number
}

export interface AdminImportRemittanceResponse extends AdminRemittanceResponse {
  /** True when this statement (carrier + reference) was imported before: nothing changed. */
  already_imported: boolean
}

export interface AdminConfirmRemittanceResponse extends AdminRemittanceResponse {
  /** True when it was confirmed before: nothing changed, nothing captured twice. */
  already_confirmed: boolean
  settlement: {
    /** Receivables settled now. */
    settled: number
    /** Receivables put in dispute now. */
    disputed: number
    /** Payments captured now, and for how much per currency. */
    captured: { count: number; amounts: AmountsByCurrency }
  }
}

/** Statements without their lines. */
export interface AdminRemittanceListResponse {
  remittances: Omit<RemittanceReport, "lines">[]
  count: number
  offset: number
  limit: number
}

export interface AdminLogisticsCost {
  id: string
  order_id: string
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
