import type {
  Department,
  DepartmentRole,
  GateKind,
  GateStatus,
  PaymentConfirmationStatus,
  PaymentMethodKind,
  PipelineSettings,
} from "../pipeline"

/** A release gate as the admin API shows it. Dates are ISO 8601 strings. */
export interface AdminReleaseGate {
  id: string
  kind: GateKind
  department: Department
  status: GateStatus
  /** A gate that is not required is shown but does not block fulfilment. */
  required: boolean
  decided_by: string | null
  decided_at: string | null
  reason: string | null
  due_at: string | null
  /** Required, still pending, and past its SLA due time. */
  overdue: boolean
}

/** One line of an order's timeline: an audit entry, or the order's placement. */
export interface AdminPipelineTimelineEntry {
  id: string
  /** e.g. "order.placed", "pipeline.opened", "gate.passed", "confirmation.confirmed". */
  action: string
  entity_type: string
  entity_id: string
  actor_id: string | null
  department: string | null
  reason: string | null
  data: Record<string, unknown> | null
  created_at: string
}

export interface AdminOrderPipeline {
  order_id: string
  display_id: number | null
  /** `null` when the order has no payment the plugin can classify. */
  payment_method: PaymentMethodKind | null
  /** Whether every required gate has passed or been waived. */
  releasable: boolean
  gates: AdminReleaseGate[]
  /** Oldest first. */
  timeline: AdminPipelineTimelineEntry[]
}

export interface AdminOrderPipelineResponse {
  pipeline: AdminOrderPipeline
}

export interface AdminReleaseGateResponse {
  release_gate: AdminReleaseGate
}

export interface AdminAuditEntry {
  id: string
  order_id: string | null
  entity_type: string
  entity_id: string
  action: string
  actor_id: string | null
  department: string | null
  reason: string | null
  data: Record<string, unknown> | null
  created_at: string
}

export interface AdminAuditEntryListResponse {
  audit_entries: AdminAuditEntry[]
  count: number
  offset: number
  limit: number
}

export interface AdminDepartmentMember {
  id: string
  user_id: string
  department: Department
  role: DepartmentRole
  email: string | null
  first_name: string | null
  last_name: string | null
  created_at: string
}

export interface AdminDepartment {
  department: Department
  members: AdminDepartmentMember[]
}

export interface AdminDepartmentListResponse {
  departments: AdminDepartment[]
}

export interface AdminDepartmentMemberResponse {
  department_member: AdminDepartmentMember
}

export interface AdminDepartmentMemberDeleteResponse {
  id: string
  object: "department_member"
  deleted: true
}

/** The departments of the user making the request. */
export interface AdminMyDepartmentsResponse {
  user_id: string
  departments: { department: Department; role: DepartmentRole }[]
}

export interface AdminPipelineSettingsResponse {
  pipeline_settings: PipelineSettings & {
    source: "settings" | "plugin_options"
  }
}

export interface AdminPaymentConfirmation {
  id: string
  order_id: string
  display_id: number | null
  /** The order's email, for the queue. */
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
