import {
  assertGateDecidable,
  blockingGates,
  describeBlockingGates,
  gateAuditEntry,
  gateDecidedEventData,
  gateDueAt,
  isGateOverdue,
  isReleasable,
  type GateLike,
} from "../utils/gates"

const gate = (overrides: Partial<GateLike> = {}): GateLike => ({
  kind: "payment",
  department: "finance",
  status: "pending",
  required: true,
  ...overrides,
})

describe("blockingGates", () => {
  it("blocks on required gates that are pending or failed", () => {
    const pending = gate()
    const failed = gate({
      kind: "routing",
      department: "warehouse",
      status: "failed",
    })
    const passed = gate({ kind: "customer_review", status: "passed" })
    const waived = gate({ status: "waived" })
    const optional = gate({ required: false })
    expect(blockingGates([pending, failed, passed, waived, optional])).toEqual([
      pending,
      failed,
    ])
  })

  it("lets an order without gates, or with cleared ones, ship", () => {
    expect(isReleasable([])).toBe(true)
    expect(
      isReleasable([gate({ status: "passed" }), gate({ required: false })])
    ).toBe(true)
    expect(isReleasable([gate()])).toBe(false)
  })
})

describe("describeBlockingGates", () => {
  it("names one gate", () => {
    expect(describeBlockingGates("order #12", [gate()])).toEqual(
      "Order #12 cannot be fulfilled yet: the payment gate (finance) is pending."
    )
  })

  it("names every gate and says which failed", () => {
    expect(
      describeBlockingGates("order #3", [
        gate(),
        gate({ kind: "customer_review", department: "sales_ops" }),
        gate({ kind: "routing", department: "warehouse", status: "failed" }),
      ])
    ).toEqual(
      "Order #3 cannot be fulfilled yet: the payment gate (finance) is pending, the customer_review gate (sales_ops) is pending and the routing gate (warehouse) has failed."
    )
  })
})

describe("SLA", () => {
  const openedAt = new Date("2026-01-01T08:00:00.000Z")

  it("is due the SLA hours after opening, fractions included", () => {
    expect(gateDueAt(openedAt, 24).toISOString()).toEqual(
      "2026-01-02T08:00:00.000Z"
    )
    expect(gateDueAt(openedAt, 0.5).toISOString()).toEqual(
      "2026-01-01T08:30:00.000Z"
    )
  })

  it("is overdue only when required, pending and past due", () => {
    const due_at = "2026-01-01T09:00:00.000Z"
    const before = new Date("2026-01-01T08:59:59.000Z")
    const after = new Date("2026-01-01T09:00:01.000Z")
    expect(isGateOverdue(gate({ due_at }), before)).toBe(false)
    expect(isGateOverdue(gate({ due_at }), after)).toBe(true)
    expect(isGateOverdue(gate({ due_at, required: false }), after)).toBe(false)
    expect(isGateOverdue(gate({ due_at, status: "passed" }), after)).toBe(false)
    expect(isGateOverdue(gate({ due_at: null }), after)).toBe(false)
  })
})

describe("assertGateDecidable", () => {
  it("lets a department decide a pending gate once", () => {
    expect(() =>
      assertGateDecidable(gate(), "passed", "order #1")
    ).not.toThrow()
    expect(() =>
      assertGateDecidable(gate(), "failed", "order #1")
    ).not.toThrow()
    expect(() =>
      assertGateDecidable(gate({ status: "passed" }), "failed", "order #1")
    ).toThrow(
      "The payment gate of order #1 has already passed; a decision cannot be changed."
    )
    expect(() =>
      assertGateDecidable(gate({ status: "failed" }), "passed", "order #1")
    ).toThrow(
      /has already failed.*An owner of the finance department may still waive it/
    )
  })

  it("lets an owner waive a pending or failed gate, nothing else", () => {
    expect(() =>
      assertGateDecidable(gate(), "waived", "order #1")
    ).not.toThrow()
    expect(() =>
      assertGateDecidable(gate({ status: "failed" }), "waived", "order #1")
    ).not.toThrow()
    expect(() =>
      assertGateDecidable(gate({ status: "passed" }), "waived", "order #1")
    ).toThrow(/has already passed; only a pending or failed gate can be waived/)
    expect(() =>
      assertGateDecidable(gate({ status: "waived" }), "waived", "order #1")
    ).toThrow(/has already been waived/)
  })

  it("refuses with a NOT_ALLOWED MedusaError (HTTP 400)", () => {
    try {
      assertGateDecidable(gate({ status: "passed" }), "passed", "order #1")
    } catch (e) {
      expect((e as { type: string }).type).toEqual("not_allowed")
      return
    }
    throw new Error("expected a throw")
  })
})

describe("a gate's decision", () => {
  const decided = {
    id: "rgate_1",
    kind: "customer_review" as const,
    department: "sales_ops" as const,
    status: "failed" as const,
  }

  it("is audited with the status it had and the one it takes", () => {
    expect(
      gateAuditEntry(decided, {
        order_id: "order_1",
        to: "passed",
        actor_id: "user_1",
        reason: "Called the buyer back",
      })
    ).toEqual({
      order_id: "order_1",
      entity_type: "release_gate",
      entity_id: "rgate_1",
      action: "gate.passed",
      actor_id: "user_1",
      department: "sales_ops",
      reason: "Called the buyer back",
      data: { kind: "customer_review", from: "failed", to: "passed" },
    })
    expect(
      gateAuditEntry(decided, {
        order_id: "order_1",
        to: "waived",
        actor_id: null,
      }).reason
    ).toBeNull()
  })

  it("is announced with the gate's kind and department", () => {
    expect(
      gateDecidedEventData(decided, {
        order_id: "order_1",
        to: "passed",
        actor_id: null,
      })
    ).toEqual({
      id: "rgate_1",
      order_id: "order_1",
      kind: "customer_review",
      department: "sales_ops",
      status: "passed",
      actor_id: null,
    })
  })
})
