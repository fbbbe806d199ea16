/**
 * Shapes of the order pipeline's admin HTTP API (release gates, departments,
 * pipeline settings, audit) as the dashboard receives them. Dates are ISO
 * 8601 strings.
 */

export const GATE_KINDS = ["payment", "customer_review", "routing"] as const
export type GateKind = (typeof GATE_KINDS)[number]

export type GateStatus = "pending" | "passed" | "failed" | "waived"

export const DEPARTMENTS = [
  "finance",
  "sales_ops",
  "warehouse",
  "customer_service",
  "agent_manager",
] as const
export type Department = (typeof DEPARTMENTS)[number]

export const DEPARTMENT_ROLES = ["member", "owner"] as const
export type DepartmentRole = (typeof DEPARTMENT_ROLES)[number]

export const COST_BEARERS = [
  "enterprise",
  "customer",
  "carrier",
  "branch",
  "agent",
] as const
export type CostBearer = (typeof COST_BEARERS)[number]

export const PAYMENT_METHOD_KINDS = ["prepaid", "cod"] as const
export type PaymentMethodKind = (typeof PAYMENT_METHOD_KINDS)[number]

export interface AdminReleaseGate {
  id: string
  kind: GateKind
  department: Department
  status: GateStatus
  required: boolean
  decided_by: string | null
  decided_at: string | null
  reason: string | null
  due_at: string | null
  overdue: boolean
}

export interface AdminPipelineTimelineEntry {
  id: string
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
  payment_method: PaymentMethodKind | null
  releasable: boolean
  gates: AdminReleaseGate[]
  timeline: AdminPipelineTimelineEntry[]
}

export interface AdminOrderPipelineResponse {
  pipeline: AdminOrderPipeline
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

export interface AdminMyDepartmentsResponse {
  user_id: string
  departments: { department: Department; role: DepartmentRole }[]
}

export interface AdminPipelineSettings {
  required_gates: Record<PaymentMethodKind, GateKind[]>
  sla_hours: Record<GateKind, number>
  refused_delivery_bearer: CostBearer
  /** `plugin_options`: defaults from medusa-config; `settings`: saved by an admin. */
  source: "settings" | "plugin_options"
}

export interface AdminPipelineSettingsResponse {
  pipeline_settings: AdminPipelineSettings
}

export type AdminUpdatePipelineSettings = Partial<
  Omit<AdminPipelineSettings, "source">
>

/** An admin user as `GET /admin/users` lists it. */
export interface AdminUserSummary {
  id: string
  email: string
  first_name: string | null
  last_name: string | null
}

export interface AdminUserListResponse {
  users: AdminUserSummary[]
  count: number
  offset: number
  limit: number
}
