import { model } from "@medusajs/framework/utils"
import { ROUTING_SOURCES, ROUTING_STATUSES } from "../../../types/routing"

/**
 * Which warehouse ships each line of an order, and why. Every re-route adds
 * a version; exactly one version per order is current.
 */
export const RoutingDecision = model
  .define(
    { name: "routing_decision", tableName: "mall_routing_decision" },
    {
      id: model.id({ prefix: "rdec" }).primaryKey(),
      order_id: model.text(),
      version: model.number(),
      source: model.enum([...ROUTING_SOURCES]),
      status: model.enum([...ROUTING_STATUSES]),
      is_current: model.boolean().default(true),
      allocations: model.json(),
      unallocated: model.json(),
      trace: model.json(),
      summary: model.text(),
      geocode: model.json().nullable(),
      reason: model.text().nullable(),
      created_by: model.text().nullable(),
    }
  )
  .indexes([
    {
      name: "IDX_mall_routing_decision_order_version_unique",
      on: ["order_id", "version"],
      unique: true,
    },
    // Two instances routing the same order at once: one insert fails here.
    {
      name: "IDX_mall_routing_decision_order_current_unique",
      on: ["order_id"],
      unique: true,
      where: "is_current = true",
    },
    {
      name: "IDX_mall_routing_decision_current_status",
      on: ["status", "created_at"],
      where: "is_current = true",
    },
  ])
