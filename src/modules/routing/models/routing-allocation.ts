import { model } from "@medusajs/framework/utils"

/**
 * The allocations of a decision as rows, written with it: they count the
 * orders a warehouse took today and let the fulfilment guard look up where
 * a line ships without reading every decision's JSON.
 */
export const RoutingAllocation = model
  .define(
    { name: "routing_allocation", tableName: "mall_routing_allocation" },
    {
      id: model.id({ prefix: "ralloc" }).primaryKey(),
      decision_id: model.text(),
      order_id: model.text(),
      line_item_id: model.text(),
      location_id: model.text(),
      quantity: model.number(),
      is_current: model.boolean().default(true),
    }
  )
  .indexes([
    {
      name: "IDX_mall_routing_allocation_location_created",
      on: ["location_id", "created_at"],
    },
    { name: "IDX_mall_routing_allocation_order", on: ["order_id"] },
    { name: "IDX_mall_routing_allocation_decision", on: ["decision_id"] },
  ])
