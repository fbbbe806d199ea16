import { model } from "@medusajs/framework/utils"
import { CUSTOMER_LINK_SOURCES } from "../../../types/crm-module"

/**
 * Which contact a Medusa customer is. A contact has many customers (a guest
 * and a registered account, several emails); customers are never merged.
 */
export const CrmCustomerLink = model
  .define(
    { name: "crm_customer_link", tableName: "mall_crm_customer_link" },
    {
      id: model.id({ prefix: "crmlnk" }).primaryKey(),
      customer_id: model
        .text()
        .unique("IDX_mall_crm_customer_link_customer_unique"),
      contact_id: model.text(),
      linked_by: model.enum([...CUSTOMER_LINK_SOURCES]),
      score: model.float().nullable(),
      match_candidate_id: model.text().nullable(),
    }
  )
  .indexes([{ name: "IDX_mall_crm_customer_link_contact", on: ["contact_id"] }])
