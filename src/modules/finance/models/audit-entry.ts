import { model } from "@medusajs/framework/utils"

/** Append-only trail of every decision: who did what to which record, and why. */
export const AuditEntry = model
  .define(
    { name: "audit_entry", tableName: "mall_audit_entry" },
    {
      id: model.id({ prefix: "audit" }).primaryKey(),
      order_id: model.text().nullable(),
      entity_type: model.text(),
      entity_id: model.text(),
      action: model.text(),
      actor_id: model.text().nullable(),
      department: model.text().nullable(),
      reason: model.text().nullable(),
      data: model.json().nullable(),
    }
  )
  .indexes([
    { name: "IDX_mall_audit_entry_order_id", on: ["order_id"] },
    { name: "IDX_mall_audit_entry_entity", on: ["entity_type", "entity_id"] },
  ])
