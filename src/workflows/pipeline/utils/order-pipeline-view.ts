import type {
  AdminAuditEntry,
  AdminOrderPipeline,
  AdminPipelineTimelineEntry,
  AdminReleaseGate,
} from "../../../types/http/pipeline"
import {
  GATE_KINDS,
  type Department,
  type GateKind,
  type GateStatus,
} from "../../../types/pipeline"
import { isGateOverdue, isReleasable } from "./gates"
import { orderPaymentMethod, type PipelineOrder } from "./pipeline-order"

type DateLike = Date | string | null | undefined

/** A release gate row as the finance module returns it. */
export interface ReleaseGateRow {
  id: string
  order_id?: string
  kind: GateKind
  department: Department
  status: GateStatus
  required: boolean
  decided_by?: string | null
  decided_at?: DateLike
  reason?: string | null
  due_at?: DateLike
}

/** An audit entry row as the finance module returns it. */
export interface AuditEntryRow {
  id: string
  order_id?: string | null
  entity_type: string
  entity_id: string
  action: string
  actor_id?: string | null
  department?: string | null
  reason?: string | null
  data?: Record<string, unknown> | null
  created_at: DateLike
}

const iso = (d: DateLike) => (d ? new Date(d).toISOString() : null)

export function toAdminReleaseGate(
  gate: ReleaseGateRow,
  now: Date
): AdminReleaseGate {
  const view = {
    id: gate.id,
    kind: gate.kind,
    department: gate.department,
    status: gate.status,
    required: gate.required,
    decided_by: gate.decided_by ?? null,
    decided_at: iso(gate.decided_at),
    reason: gate.reason ?? null,
    due_at: iso(gate.due_at),
  }
  return { ...view, overdue: isGateOverdue(view, now) }
}

export function toAdminAuditEntry(entry: AuditEntryRow): AdminAuditEntry {
  return {
    id: entry.id,
    order_id: entry.order_id ?? null,
    entity_type: entry.entity_type,
    entity_id: entry.entity_id,
    action: entry.action,
    actor_id: entry.actor_id ?? null,
    department: entry.department ?? null,
    reason: entry.reason ?? null,
    data: entry.data ?? null,
    created_at: iso(entry.created_at) ?? new Date(0).toISOString(),
  }
}

const kindRank = (kind: GateKind) => {
  const rank = GATE_KINDS.indexOf(kind)
  return rank === -1 ? GATE_KINDS.length : rank
}

/**
 * An order's pipeline: its gates (in pipeline order), whether it may ship,
 * and its timeline, oldest first, starting with its placement.
 */
export function buildOrderPipeline(input: {
  order: PipelineOrder
  gates: ReleaseGateRow[]
  audit_entries: AuditEntryRow[]
  now: Date
}): AdminOrderPipeline {
  const { order, now } = input
  const gates = [...input.gates]
    .sort((a, b) => kindRank(a.kind) - kindRank(b.kind))
    .map((gate) => toAdminReleaseGate(gate, now))

  const placed: AdminPipelineTimelineEntry[] = order.created_at
    ? [
        {
          id: `placed_${order.id}`,
          action: "order.placed",
          entity_type: "order",
          entity_id: order.id,
          actor_id: null,
          department: null,
          reason: null,
          data: { display_id: order.display_id },
          created_at: order.created_at,
        },
      ]
    : []
  const entries = input.audit_entries.map((entry) => {
    const { order_id: _orderId, ...rest } = toAdminAuditEntry(entry)
    return rest
  })
  // A stable sort keeps the placement first when times are equal.
  const timeline = [...placed, ...entries].sort(
    (a, b) =>
      new Date(a.created_at).getTime() - new Date(b.created_at).getTime()
  )

  return {
    order_id: order.id,
    display_id: order.display_id,
    payment_method: orderPaymentMethod(order),
    releasable: isReleasable(gates),
    gates,
    timeline,
  }
}
