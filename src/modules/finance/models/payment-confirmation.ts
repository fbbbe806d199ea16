import { model } from "@medusajs/framework/utils"

/** Finance's confirmation that a prepaid order's money really arrived. */
export const PaymentConfirmation = model
  .define(
    { name: "payment_confirmation", tableName: "mall_payment_confirmation" },
    {
      id: model.id({ prefix: "paycf" }).primaryKey(),
      order_id: model.text(),
      display_id: model.number().nullable(),
      payment_id: model.text().nullable(),
      provider_id: model.text(),
      currency_code: model.text(),
      expected_amount: model.bigNumber(),
      received_amount: model.bigNumber().nullable(),
      /** Bank transfer or payment-provider reference finance saw the money under. */
      reference: model.text().nullable(),
      status: model
        .enum(["pending", "confirmed", "rejected"])
        .default("pending"),
      /** Set when finance accepted a received amount that differs from the expected one. */
      mismatch_accepted: model.boolean().default(false),
      decided_by: model.text().nullable(),
      decided_at: model.dateTime().nullable(),
      reason: model.text().nullable(),
    }
  )
  .indexes([
    {
      name: "IDX_mall_payment_confirmation_order_unique",
      on: ["order_id"],
      unique: true,
    },
    { name: "IDX_mall_payment_confirmation_status", on: ["status"] },
  ])
