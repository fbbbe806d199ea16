import { model } from "@medusajs/framework/utils"
import { RemittanceLine } from "./remittance-line"

/** A courier's statement of the COD cash it collected and transferred. */
export const Remittance = model
  .define(
    { name: "remittance", tableName: "mall_remittance" },
    {
      id: model.id({ prefix: "remit" }).primaryKey(),
      carrier: model.text(),
      statement_reference: model.text(),
      bank_reference: model.text().nullable(),
      status: model.enum(["imported", "confirmed"]).default("imported"),
      line_count: model.number().default(0),
      confirmed_by: model.text().nullable(),
      confirmed_at: model.dateTime().nullable(),
      imported_by: model.text().nullable(),
      lines: model.hasMany(() => RemittanceLine, { mappedBy: "remittance" }),
    }
  )
  .indexes([
    {
      name: "IDX_mall_remittance_statement_unique",
      on: ["carrier", "statement_reference"],
      unique: true,
    },
  ])
  .cascades({ delete: ["lines"] })
