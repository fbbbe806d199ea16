import { model } from "@medusajs/framework/utils"

/**
 * What a courier owes for a COD parcel: opened when the order ships, due
 * when it is delivered, settled by a confirmed remittance, or closed as
 * refused when the buyer refuses the parcel.
 */
export const CodReceivable = model
  .define(
    { name: "cod_receivable", tableName: "mall_cod_receivable" },
    {
      id: model.id({ prefix: "codrcv" }).primaryKey(),
      order_id: model.text(),
      display_id: model.number().nullable(),
      payment_id: model.text().nullable(),
      fulfillment_id: model.text().nullable(),
      carrier: model.text().nullable(),
      tracking_number: model.text().nullable(),
      currency_code: model.text(),
      amount_to_collect: model.bigNumber(),
      status: model
        .enum(["open", "due", "settled", "disputed", "refused"])
        .default("open"),
      shipped_at: model.dateTime().nullable(),
      delivered_at: model.dateTime().nullable(),
      settled_at: model.dateTime().nullable(),
      closed_reason: model.text().nullable(),
    }
  )
  .indexes([
    {
      name: "IDX_mall_cod_receivable_order_unique",
      on: ["order_id"],
      unique: true,
    },
    { name: "IDX_mall_cod_receivable_tracking", on: ["tracking_number"] },
    { name: "IDX_mall_cod_receivable_display_id", on: ["display_id"] },
    {
      name: "IDX_mall_cod_receivable_carrier_status",
      on: ["carrier", "status"],
    },
  ])
