import { model } from "@medusajs/framework/utils"
import { SYNC_JOB_STATUSES } from "../../../types/crm"

/**
 * One delivery of an approved order to the enterprise CRM, retried with
 * backoff until it succeeds or runs out of attempts. Claimed with row locks
 * so that several server instances never send the same job at once.
 */
export const CrmSyncJob = model
  .define(
    { name: "crm_sync_job", tableName: "mall_crm_sync_job" },
    {
      id: model.id({ prefix: "crmsync" }).primaryKey(),
      order_id: model.text(),
      connector: model.text(),
      /** Stable per order and event: the CRM can drop a repeat. */
      idempotency_key: model
        .text()
        .unique("IDX_mall_crm_sync_job_idempotency_key_unique"),
      status: model.enum([...SYNC_JOB_STATUSES]).default("pending"),
      attempts: model.number().default(0),
      max_attempts: model.number().default(8),
      next_attempt_at: model.dateTime().nullable(),
      last_attempt_at: model.dateTime().nullable(),
      last_error: model.text().nullable(),
      succeeded_at: model.dateTime().nullable(),
      external_id: model.text().nullable(),
      result_detail: model.text().nullable(),
      payload: model.json(),
    }
  )
  .indexes([
    { name: "IDX_mall_crm_sync_job_due", on: ["status", "next_attempt_at"] },
    { name: "IDX_mall_crm_sync_job_order", on: ["order_id"] },
  ])
