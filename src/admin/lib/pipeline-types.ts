/**
 * Shapes of the order pipeline's admin HTTP API as the dashboard receives
 * them: the server's own types, so the two cannot drift. Only what the
 * server does not describe is declared here.
 */
import type { PaymentMethodKind } from "../../types/pipeline"

export {
  COST_BEARERS,
  DEPARTMENT_ROLES,
  DEPARTMENTS,
  GATE_KINDS,
} from "../../types/pipeline"
export type {
  CostBearer,
  Department,
  DepartmentRole,
  GateKind,
  GateStatus,
  PaymentMethodKind,
} from "../../types/pipeline"
export type {
  AdminDepartment,
  AdminDepartmentListResponse,
  AdminDepartmentMember,
  AdminDepartmentMemberResponse,
  AdminMyDepartmentsResponse,
  AdminOrderPipeline,
  AdminOrderPipelineResponse,
  AdminPipelineSettingsResponse,
  AdminPipelineTimelineEntry,
  AdminReleaseGate,
} from "../../types/http/pipeline"

import type { AdminPipelineSettingsResponse } from "../../types/http/pipeline"

export const PAYMENT_METHOD_KINDS: readonly PaymentMethodKind[] = [
  "prepaid",
  "cod",
]

export type AdminPipelineSettings =
  AdminPipelineSettingsResponse["pipeline_settings"]

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
