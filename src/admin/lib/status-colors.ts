import type { ContactImportStatus, MatchCandidateStatus } from "./crm-types"
import type {
  CodReceivableStatus,
  PaymentConfirmationStatus,
  RemittanceLineOutcome,
  RemittanceStatus,
} from "./finance-types"
import type { GateStatus } from "./pipeline-types"
import type { RoutingStatus, TraceVerdict } from "./routing-types"

export type StatusColor =
  "green" | "red" | "blue" | "orange" | "grey" | "purple"

export const GATE_STATUS_COLORS: Record<GateStatus, StatusColor> = {
  pending: "orange",
  passed: "green",
  failed: "red",
  waived: "purple",
}

export const CONFIRMATION_STATUS_COLORS: Record<
  PaymentConfirmationStatus,
  StatusColor
> = {
  pending: "orange",
  confirmed: "green",
  rejected: "red",
}

export const RECEIVABLE_STATUS_COLORS: Record<
  CodReceivableStatus,
  StatusColor
> = {
  open: "blue",
  due: "orange",
  settled: "green",
  disputed: "red",
  refused: "grey",
}

export const OUTCOME_COLORS: Record<RemittanceLineOutcome, StatusColor> = {
  matched: "green",
  short: "orange",
  excess: "purple",
  unknown: "grey",
  duplicate: "blue",
  invalid: "red",
}

export const REMITTANCE_STATUS_COLORS: Record<RemittanceStatus, StatusColor> = {
  imported: "orange",
  confirmed: "green",
}

export const ROUTING_STATUS_COLORS: Record<RoutingStatus, StatusColor> = {
  allocated: "green",
  partial: "orange",
  unallocated: "red",
}

export const TRACE_VERDICT_COLORS: Record<TraceVerdict, StatusColor> = {
  chosen: "green",
  fallback: "purple",
  considered: "blue",
  excluded: "grey",
  info: "grey",
}

export const CONTACT_IMPORT_STATUS_COLORS: Record<
  ContactImportStatus,
  StatusColor
> = {
  created: "green",
  matched: "blue",
  duplicate: "grey",
  review: "orange",
  rejected: "red",
}

export const MATCH_CANDIDATE_STATUS_COLORS: Record<
  MatchCandidateStatus,
  StatusColor
> = {
  pending: "orange",
  accepted: "green",
  rejected: "grey",
}
