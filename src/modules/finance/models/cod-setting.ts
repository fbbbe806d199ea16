import { model } from "@medusajs/framework/utils"

/**
 * The store's COD rules as an admin last saved them. One row per scope; until
 * an admin saves, the plugin options are in force.
 */
export const CodSetting = model.define(
  { name: "cod_setting", tableName: "mall_cod_setting" },
  {
    id: model.id({ prefix: "codset" }).primaryKey(),
    scope: model.text().unique("IDX_mall_cod_setting_scope_unique"),
    enabled: model.boolean().default(true),
    max_order_total: model.json(),
    allowed_countries: model.array(),
    allowed_provinces: model.array(),
    allowed_postal_prefixes: model.array(),
    excluded_product_tags: model.array(),
    excluded_product_ids: model.array(),
    max_refused_deliveries: model.number().nullable(),
    fee: model.json(),
    updated_by: model.text().nullable(),
  }
)
