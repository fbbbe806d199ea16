import type { MedusaContainer } from "@medusajs/framework/types"
import { deliverCrmSyncJobsWorkflow } from "../workflows/crm"

/**
 * Every minute, sends the approved orders whose delivery to the CRM is due:
 * retries after a failure (with backoff) and orders approved while the CRM
 * was down. Safe on several instances at once: each job is claimed by one
 * of them only (`FOR UPDATE SKIP LOCKED`).
 */
export default async function deliverCrmSyncJobsJob(
  container: MedusaContainer
) {
  await deliverCrmSyncJobsWorkflow(container).run({ input: { limit: 100 } })
}

export const config = {
  name: "mall-deliver-crm-sync-jobs",
  schedule: "* * * * *",
}
