import { model } from "@medusajs/framework/utils"
import { BLOCKING_KEY_KINDS } from "../../../types/crm"

/**
 * The blocking index: one row per key of a contact. Finding the contacts
 * that share any key with a new record is one indexed query, whatever the
 * number of contacts.
 */
export const CrmContactKey = model
  .define(
    { name: "crm_contact_key", tableName: "mall_crm_contact_key" },
    {
      id: model.id({ prefix: "crmkey" }).primaryKey(),
      contact_id: model.text(),
      kind: model.enum([...BLOCKING_KEY_KINDS]),
      value: model.text(),
    }
  )
  .indexes([
    // contact_id last: the lookup reads the index only, never the table.
    {
      name: "IDX_mall_crm_contact_key_lookup",
      on: ["kind", "value", "contact_id"],
    },
    // Also the index by contact (replacing and moving a contact's keys).
    {
      name: "IDX_mall_crm_contact_key_contact_unique",
      on: ["contact_id", "kind", "value"],
      unique: true,
    },
  ])
