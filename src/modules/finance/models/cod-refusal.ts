import { model } from "@medusajs/framework/utils"

/**
 * One refused COD delivery. Append-only: the count per buyer feeds COD
 * eligibility. One row per order, so recording a refusal twice is harmless.
 */
export const CodRefusal = model
  .define(
    { name: "cod_refusal", tableName: "mall_cod_refusal" },
    {
      id: model.id({ prefix: "codref" }).primaryKey(),
      order_id: model.text(),
      customer_id: model.text().nullable(),
      email: model.text().nullable(),
      reason: model.text().nullable(),
    }
  )
  .indexes([
    {
      name: "IDX_mall_cod_refusal_order_id_unique",
      on: ["order_id"],
      unique: true,
    },
    { name: "IDX_mall_cod_refusal_customer_id", on: ["customer_id"] },
    { name: "IDX_mall_cod_refusal_email", on: ["email"] },
  ])
