import { model } from "@medusajs/framework/utils"
import { Remittance } from "./remittance"

/** One parcel on a courier statement, and how it matched a receivable. */
export const RemittanceLine = model
  .define(
    { name: "remittance_line", tableName: "mall_remittance_line" },
    {
      id: model.id({ prefix: "remln" }).primaryKey(),
      line_number: model.number(),
      tracking_number: model.text().nullable(),
      order_display_id: model.number().nullable(),
      currency_code: model.text().nullable(),
      amount: model.bigNumber().nullable(),
      collected_at: model.dateTime().nullable(),
      receivable_id: model.text().nullable(),
      outcome: model.enum([
        "matched",
        "short",
        "excess",
        "unknown",
        "duplicate",
        "invalid",
      ]),
      status: model.enum(["open", "settled", "disputed"]).default("open"),
      reason: model.text().nullable(),
      remittance: model.belongsTo(() => Remittance, { mappedBy: "lines" }),
    }
  )
  .indexes([
    { name: "IDX_mall_remittance_line_receivable", on: ["receivable_id"] },
  ])
