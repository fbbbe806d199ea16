import { model } from "@medusajs/framework/utils"

/** An admin-edited channel inventory settings document (the defaults), by key. */
export const ChannelSetting = model.define(
  { name: "channel_setting", tableName: "mall_channel_setting" },
  {
    id: model.id({ prefix: "chset" }).primaryKey(),
    key: model.text().unique("IDX_mall_channel_setting_key_unique"),
    value: model.json(),
    updated_by: model.text().nullable(),
  }
)
