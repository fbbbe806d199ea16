import { MedusaError } from "@medusajs/framework/utils"
import type { Department, GateKind, GateStatus } from "../../../types/pipeline"
import type { AuditEntryInput } from "../steps/record-audit-entries"

/** Statuses that let an order ship. */
export const CLEARED_GATE_STATUSES: readonly GateStatus[] = ["passed", "waived"]

export interface GateLike {
  kind: GateKind
  department: Department
  status: GateStatus
  required: boolean
  due_at?: Date | string | null
  decided_at?: Date | string | null
}

/** The gates that stop an order from being fulfilled: required and not passed or waived. */
export function blockingGates<T extends GateLike>(gates: T[]): T[] {
  return gates.filter(
    (gate) => gate.required && !CLEARED_GATE_STATUSES.includes(gate.status)
  )
}

/** An order can be released when no gate blocks it; an order without gates always can. */
export function isReleasable(gates: GateLike[]): boolean {
  return blockingGates(gates).length === 0
}

const joinList = (parts: string[]) =>
  parts.length <= 1
    ? (parts[0] ?? "")
    : `${parts.slice(0, -1).join(", ")} and ${parts[parts.length - 1]}`

/**
 * Why an order cannot be fulfilled yet, e.g. "Order #12 cannot be fulfilled
 * yet: the payment gate (finance) is pending."
 */
export function describeBlockingGates(
  orderLabel: string,
  gates: GateLike[]
): string {
  const parts = gates.map(
    (gate) =>
      `the ${gate.kind} gate (${gate.department}) ${
        gate.status === "failed" ? "has failed" : "is pending"
      }`
  )
  const label = orderLabel.charAt(0).toUpperCase() + orderLabel.slice(1)
  return `${label} cannot be fulfilled yet: ${joinList(parts)}.`
}

const HOUR_MS = 60 * 60 * 1000

/** When a gate opened at `openedAt` is due, given its SLA in hours. */
export function gateDueAt(openedAt: Date, slaHours: number): Date {
  return new Date(openedAt.getTime() + Math.round(slaHours * HOUR_MS))
}

/** A required gate still pending after its due time. */
export function isGateOverdue(gate: GateLike, now: Date): boolean {
  if (!gate.required || gate.status !== "pending" || !gate.due_at) {
    return false
  }
  return new Date(gate.due_at).getTime() < now.getTime()
}

/** What a department may do to a gate. */
export type GateDecision = "passed" | "failed" | "waived"

const pastTense: Record<GateStatus, string> = {
  pending: "is pending",
  passed: "has already passed",
  failed: "has already failed",
  waived: "has already been waived",
}

/**
 * Throws when a gate cannot take the decision: a department decides a
 * pending gate once; an owner may waive a pending or failed gate.
 */
export function assertGateDecidable(
  gate: GateLike,
  decision: GateDecision,
  orderLabel: string
): void {
  const subject = `The ${gate.kind} gate of ${orderLabel}`
  if (decision === "waived") {
    if (gate.status === "pending" || gate.status === "failed") {
      return
    }
    throw new MedusaError(
      MedusaError.Types.NOT_ALLOWED,
      `${subject} ${pastTense[gate.status]}; only a pending or failed gate can be waived.`
    )
  }
  if (gate.status === "pending") {
    return
  }
  const hint =
    gate.status === "failed"
      ? ` An owner of the ${gate.department} department may still waive it.`
      : ""
  throw new MedusaError(
    MedusaError.Types.NOT_ALLOWED,
    `${subject} ${pastTense[gate.status]}; a decision cannot be changed.${hint}`
  )
}

/** A gate as it stood before the decision. */
export interface DecidedGate {
  id: string
  kind: GateKind
  department: Department
  status: GateStatus
}

export interface GateChange {
  order_id: string
  to: GateStatus
  /** Null when the plugin decided by itself (e.g. an order approved by the review rules). */
  actor_id: string | null
  reason?: string | null
}

/**
 * The audit entry of a gate's decision, whichever workflow took it (the
 * gate's own department, or the record the gate stands for), so the order's
 * timeline reads them alike.
 */
export function gateAuditEntry(
  gate: DecidedGate,
  change: GateChange
): AuditEntryInput {
  return {
    order_id: change.order_id,
    entity_type: "release_gate",
    entity_id: gate.id,
    action: `gate.${change.to}`,
    actor_id: change.actor_id,
    department: gate.department,
    reason: change.reason ?? null,
    data: { kind: gate.kind, from: gate.status, to: change.to },
  }
}

/** The data of `mall.release_gate.decided`. */
export function gateDecidedEventData(
  gate: DecidedGate,
  change: Omit<GateChange, "reason">
) {
  return {
    id: gate.id,
    order_id: change.order_id,
    kind: gate.kind,
    department: gate.department,
    status: change.to,
    actor_id: change.actor_id,
  }
}
