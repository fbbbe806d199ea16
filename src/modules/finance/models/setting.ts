import { model } from "@medusajs/framework/utils"

/** An admin-edited settings document (e.g. the pipeline rules), by key. */
export const Setting = model.define(
  { name: "setting", tableName: "mall_setting" },
  {
    id: model.id({ prefix: "mset" }).primaryKey(),
    key: model.text().unique("IDX_mall_setting_key_unique"),
    value: model.json(),
    updated_by: model.text().nullable(),
  }
)
