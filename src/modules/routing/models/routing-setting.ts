import { model } from "@medusajs/framework/utils"

/** An admin-edited routing settings document (the rule list), by key. */
export const RoutingSetting = model.define(
  { name: "routing_setting", tableName: "mall_routing_setting" },
  {
    id: model.id({ prefix: "rset" }).primaryKey(),
    key: model.text().unique("IDX_mall_routing_setting_key_unique"),
    value: model.json(),
    updated_by: model.text().nullable(),
  }
)
