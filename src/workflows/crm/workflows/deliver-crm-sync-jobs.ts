import { emitEventStep } from "@medusajs/medusa/core-flows"
import {
  createWorkflow,
  transform,
  WorkflowResponse,
  type ReturnWorkflow,
} from "@medusajs/framework/workflows-sdk"
import { MallEvents } from "../../../types/modules"
import {
  deliverCrmSyncJobsStep,
  type DeliverCrmSyncJobsResult,
} from "../steps/deliver-crm-sync-jobs"

export const deliverCrmSyncJobsWorkflowId = "mall-deliver-crm-sync-jobs"

export interface DeliverCrmSyncJobsWorkflowInput {
  /** The most jobs to send in this run (50 by default). */
  limit?: number
}

/**
 * Sends the CRM sync jobs that are due through the configured connector,
 * and emits `mall.crm_sync_job.succeeded` or `mall.crm_sync_job.failed`
 * for each. The scheduled job runs it every minute, and approvals run it
 * right away; several instances may run it at once, since each job is
 * claimed by one of them only. Does nothing when no connector is
 * configured.
 *
 * @example
 * await deliverCrmSyncJobsWorkflow(container).run({ input: { limit: 100 } })
 *
 * @summary
 * Deliver due orders to the CRM.
 */
export const deliverCrmSyncJobsWorkflow: ReturnWorkflow<
  DeliverCrmSyncJobsWorkflowInput,
  DeliverCrmSyncJobsResult,
  []
> = createWorkflow(
  deliverCrmSyncJobsWorkflowId,
  (input: DeliverCrmSyncJobsWorkflowInput) => {
    const result = deliverCrmSyncJobsStep({ limit: input.limit })
    emitEventStep({
      eventName: MallEvents.CRM_SYNC_JOB_SUCCEEDED,
      data: transform({ result }, ({ result }) => result.succeeded),
    }).config({ name: "mall-emit-crm-sync-jobs-succeeded" })
    emitEventStep({
      eventName: MallEvents.CRM_SYNC_JOB_FAILED,
      data: transform({ result }, ({ result }) => result.failed),
    }).config({ name: "mall-emit-crm-sync-jobs-failed" })
    return new WorkflowResponse(result)
  }
)
