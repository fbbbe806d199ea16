import { model } from "@medusajs/framework/utils"
import { COST_BEARERS } from "../../../types/pipeline"

/** A logistics cost (e.g. a refused parcel's return trip) and who bears it. */
export const LogisticsCost = model
  .define(
    { name: "logistics_cost", tableName: "mall_logistics_cost" },
    {
      id: model.id({ prefix: "lgcost" }).primaryKey(),
      order_id: model.text(),
      kind: model.enum(["return_to_origin", "redelivery", "other"]),
      currency_code: model.text(),
      amount: model.bigNumber(),
      bearer: model.enum([...COST_BEARERS]),
      reason: model.text().nullable(),
      recorded_by: model.text().nullable(),
    }
  )
  .indexes([
    {
      name: "IDX_mall_logistics_cost_order_kind_unique",
      on: ["order_id", "kind"],
      unique: true,
    },
  ])
