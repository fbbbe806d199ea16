/**
 * Shapes of the finance admin HTTP API (payment confirmations, COD
 * receivables, courier remittances, logistics costs) as the dashboard
 * receives them: the server's own types where `src/types` has them, so the
 * two cannot drift. Amounts are in the currency's main unit.
 */
import type {
  RemittanceLineReport,
  RemittanceReport,
} from "../../types/cod-collection"
import type {
  AdminConfirmRemittanceResponse as ServerConfirmRemittanceResponse,
  AdminImportRemittanceResponse,
  AdminLogisticsCost as ServerLogisticsCost,
  AdminLogisticsCostListResponse as ServerLogisticsCostListResponse,
  AdminRemittanceListResponse as ServerRemittanceListResponse,
} from "../../types/http/finance"
import type { CostBearer } from "./pipeline-types"

export {
  AGING_BUCKETS,
  COD_RECEIVABLE_STATUSES as RECEIVABLE_STATUSES,
  LOGISTICS_COST_KINDS,
  REMITTANCE_LINE_OUTCOMES,
} from "../../types/cod-collection"
export type {
  AgingBucket,
  AgingCell,
  AmountsByCurrency,
  CarrierAging,
  CodReceivableStatus,
  LogisticsCostKind,
  ReceivablesAging,
  RemittanceLineOutcome,
  RemittanceLineStatus,
  RemittanceStatus,
  RemittanceSummary,
} from "../../types/cod-collection"
export { PAYMENT_CONFIRMATION_STATUSES as CONFIRMATION_STATUSES } from "../../types/pipeline"
export type { PaymentConfirmationStatus } from "../../types/pipeline"
export type {
  AdminCodReceivable,
  AdminCodReceivableListResponse,
} from "../../types/http/finance"
export type {
  AdminPaymentConfirmation,
  AdminPaymentConfirmationListResponse,
  AdminPaymentConfirmationResponse,
} from "../../types/http/pipeline"

export interface AdminConfirmPayment {
  reference: string
  received_amount: number
  accept_mismatch?: boolean
}

export interface AdminRejectPayment {
  reason: string
}

export type AdminRemittanceLine = RemittanceLineReport

/** A statement; a list leaves its lines out. */
export interface AdminRemittance extends Omit<RemittanceReport, "lines"> {
  lines?: RemittanceLineReport[]
}

/**
 * `GET /admin/mall/finance/remittances/:id`, and the import's answer
 * (`already_imported`), in one shape for the screens that show either.
 */
export interface AdminRemittanceResponse extends Partial<
  Omit<AdminImportRemittanceResponse, "remittance">
> {
  remittance: AdminRemittance
}

export interface AdminConfirmRemittanceResponse
  extends
    AdminRemittanceResponse,
    Pick<ServerConfirmRemittanceResponse, "already_confirmed" | "settlement"> {}

export interface AdminRemittanceListResponse extends Omit<
  ServerRemittanceListResponse,
  "remittances"
> {
  remittances: AdminRemittance[]
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

/** The order's display id is not sent yet; the screen falls back to the order id. */
export interface AdminLogisticsCost extends ServerLogisticsCost {
  display_id?: number | null
}

export interface AdminLogisticsCostListResponse extends Omit<
  ServerLogisticsCostListResponse,
  "logistics_costs"
> {
  logistics_costs: AdminLogisticsCost[]
}

export interface AdminRefuseCodDelivery {
  reason: string
  logistics_cost: number
  bearer?: CostBearer
}
