import { model } from "@medusajs/framework/utils"
import { CONTACT_KINDS, CONTACT_SOURCES } from "../../../types/crm"

/**
 * A golden record of a customer, online or offline. Customers link to it;
 * it is never deleted by a merge: the merged contact points at the survivor
 * so that orders, links and reviews that named it can still be followed.
 */
export const CrmContact = model
  .define(
    { name: "crm_contact", tableName: "mall_crm_contact" },
    {
      id: model.id({ prefix: "crmct" }).primaryKey(),
      kind: model.enum([...CONTACT_KINDS]),
      first_name: model.text().nullable(),
      last_name: model.text().nullable(),
      full_name: model.text().nullable(),
      display_name: model.text(),
      phones: model.json(),
      emails: model.json(),
      company_name: model.text().nullable(),
      tax_id: model.text().nullable(),
      addresses: model.json(),
      source: model.enum([...CONTACT_SOURCES]),
      /** The enterprise CRM's id: an import upserts by it. */
      external_id: model.text().nullable(),
      /** The matcher's normalised form, stored so scoring never recomputes it. */
      normalized: model.json(),
      merged_into_id: model.text().nullable(),
      metadata: model.json().nullable(),
    }
  )
  .indexes([
    {
      name: "IDX_mall_crm_contact_external_id_unique",
      on: ["external_id"],
      unique: true,
      where: "external_id IS NOT NULL",
    },
    {
      name: "IDX_mall_crm_contact_merged_into",
      on: ["merged_into_id"],
      where: "merged_into_id IS NOT NULL",
    },
  ])
