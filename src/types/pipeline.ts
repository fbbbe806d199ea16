export const GATE_KINDS = ["payment", "customer_review", "routing"] as const
export type GateKind = (typeof GATE_KINDS)[number]

export const GATE_STATUSES = ["pending", "passed", "failed", "waived"] as const
export type GateStatus = (typeof GATE_STATUSES)[number]

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

/** The department that owns each kind of gate. */
export const GATE_DEPARTMENT: Record<GateKind, Department> = {
  payment: "finance",
  customer_review: "sales_ops",
  routing: "warehouse",
}

export const COST_BEARERS = [
  "enterprise",
  "customer",
  "carrier",
  "branch",
  "agent",
] as const
export type CostBearer = (typeof COST_BEARERS)[number]

/** How orders are paid, as the pipeline rules distinguish them. */
export type PaymentMethodKind = "prepaid" | "cod"

/** Finance's verdict on whether a prepaid order's money arrived. */
export const PAYMENT_CONFIRMATION_STATUSES = [
  "pending",
  "confirmed",
  "rejected",
] as const
export type PaymentConfirmationStatus =
  (typeof PAYMENT_CONFIRMATION_STATUSES)[number]

export interface PipelineSettings {
  /** Gates that must pass before an order may ship, per payment method. */
  required_gates: Record<PaymentMethodKind, GateKind[]>
  /** Hours a department has to decide a gate (its SLA). */
  sla_hours: Record<GateKind, number>
  /** Who bears a refused COD parcel's return trip unless finance says otherwise. */
  refused_delivery_bearer: CostBearer
}
