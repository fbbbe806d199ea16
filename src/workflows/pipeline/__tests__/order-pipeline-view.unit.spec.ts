import { buildOrderPipeline } from "../utils/order-pipeline-view"
import type { PipelineOrder } from "../utils/pipeline-order"

const order: PipelineOrder = {
  id: "order_1",
  display_id: 4,
  email: null,
  currency_code: "cny",
  total: 100,
  created_at: "2026-03-01T10:00:00.000Z",
  payments: [{ id: "pay_1", provider_id: "pp_system_default", amount: 100 }],
  session_provider_ids: [],
  shippable: true,
}

describe("buildOrderPipeline", () => {
  it("lists gates in pipeline order, flags overdue ones and sorts the timeline", () => {
    const pipeline = buildOrderPipeline({
      order,
      gates: [
        {
          id: "gate_r",
          kind: "routing",
          department: "warehouse",
          status: "passed",
          required: true,
          decided_by: "user_2",
          decided_at: new Date("2026-03-01T11:00:00.000Z"),
          due_at: new Date("2026-03-01T14:00:00.000Z"),
        },
        {
          id: "gate_p",
          kind: "payment",
          department: "finance",
          status: "pending",
          required: true,
          due_at: new Date("2026-03-02T10:00:00.000Z"),
        },
      ],
      audit_entries: [
        {
          id: "audit_2",
          order_id: "order_1",
          entity_type: "release_gate",
          entity_id: "gate_r",
          action: "gate.passed",
          actor_id: "user_2",
          department: "warehouse",
          created_at: new Date("2026-03-01T11:00:00.000Z"),
        },
        {
          id: "audit_1",
          order_id: "order_1",
          entity_type: "order",
          entity_id: "order_1",
          action: "pipeline.opened",
          created_at: new Date("2026-03-01T10:00:01.000Z"),
        },
      ],
      now: new Date("2026-03-03T00:00:00.000Z"),
    })
    expect(pipeline).toEqual({
      order_id: "order_1",
      display_id: 4,
      payment_method: "prepaid",
      releasable: false,
      gates: [
        expect.objectContaining({
          id: "gate_p",
          overdue: true,
          decided_at: null,
        }),
        expect.objectContaining({
          id: "gate_r",
          overdue: false,
          decided_by: "user_2",
          decided_at: "2026-03-01T11:00:00.000Z",
        }),
      ],
      timeline: [
        expect.objectContaining({
          action: "order.placed",
          entity_id: "order_1",
        }),
        expect.objectContaining({ id: "audit_1", action: "pipeline.opened" }),
        expect.objectContaining({ id: "audit_2", action: "gate.passed" }),
      ],
    })
  })

  it("shows an order placed before the plugin: no gates, releasable", () => {
    const pipeline = buildOrderPipeline({
      order: { ...order, payments: [], session_provider_ids: [] },
      gates: [],
      audit_entries: [],
      now: new Date(),
    })
    expect(pipeline).toEqual(
      expect.objectContaining({
        payment_method: null,
        releasable: true,
        gates: [],
        timeline: [expect.objectContaining({ action: "order.placed" })],
      })
    )
  })
})
