import { model } from "@medusajs/framework/utils"
import { DEPARTMENTS, GATE_KINDS, GATE_STATUSES } from "../../../types/pipeline"

/**
 * One release gate of an order's pipeline: a department's sign-off that
 * fulfilment waits for. One per order and kind.
 */
export const ReleaseGate = model
  .define(
    { name: "release_gate", tableName: "mall_release_gate" },
    {
      id: model.id({ prefix: "gate" }).primaryKey(),
      order_id: model.text(),
      kind: model.enum([...GATE_KINDS]),
      department: model.enum([...DEPARTMENTS]),
      status: model.enum([...GATE_STATUSES]).default("pending"),
      /** A gate that is not required is shown but does not block fulfilment. */
      required: model.boolean().default(true),
      decided_by: model.text().nullable(),
      decided_at: model.dateTime().nullable(),
      reason: model.text().nullable(),
      due_at: model.dateTime().nullable(),
      metadata: model.json().nullable(),
    }
  )
  .indexes([
    {
      name: "IDX_mall_release_gate_order_kind_unique",
      on: ["order_id", "kind"],
      unique: true,
    },
    { name: "IDX_mall_release_gate_status", on: ["status", "department"] },
  ])
