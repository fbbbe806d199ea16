import { model } from "@medusajs/framework/utils"
import { ORDER_REVIEW_STATUSES } from "../../../types/crm"

/**
 * The customer-review gate of one order: sales operations check the buyer
 * (new, matched, suspicious) before the order goes to the CRM.
 */
export const CrmOrderReview = model
  .define(
    { name: "crm_order_review", tableName: "mall_crm_order_review" },
    {
      id: model.id({ prefix: "crmrev" }).primaryKey(),
      order_id: model.text().unique("IDX_mall_crm_order_review_order_unique"),
      customer_id: model.text().nullable(),
      contact_id: model.text().nullable(),
      status: model.enum([...ORDER_REVIEW_STATUSES]).default("pending"),
      /** Decided by rules, without a person. */
      automatic: model.boolean().default(false),
      /** Why the order needs (or needed no) review, as codes with details. */
      reasons: model.json(),
      decided_by: model.text().nullable(),
      decided_at: model.dateTime().nullable(),
      reason: model.text().nullable(),
      due_at: model.dateTime().nullable(),
      metadata: model.json().nullable(),
    }
  )
  .indexes([
    { name: "IDX_mall_crm_order_review_status", on: ["status", "due_at"] },
    { name: "IDX_mall_crm_order_review_contact", on: ["contact_id"] },
  ])
