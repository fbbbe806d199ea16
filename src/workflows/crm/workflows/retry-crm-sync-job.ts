import {
  createHook,
  createWorkflow,
  transform,
  WorkflowResponse,
  type Hook,
  type ReturnWorkflow,
} from "@medusajs/framework/workflows-sdk"
import type { SyncJob } from "../../../types/crm-module"
import { assertDepartmentMemberStep } from "../../pipeline/steps/assert-department-member"
import { recordAuditEntriesStep } from "../../pipeline/steps/record-audit-entries"
import { requeueCrmSyncJobStep } from "../steps/requeue-crm-sync-job"
import { deliverCrmSyncJobsWorkflow } from "./deliver-crm-sync-jobs"
import { IMMEDIATE_CRM_DELIVERY_LIMIT } from "./open-order-review"

export const retryCrmSyncJobWorkflowId = "mall-retry-crm-sync-job"

export interface RetryCrmSyncJobWorkflowInput {
  /** The failed sync job. */
  id: string
  /** The admin user retrying; must belong to sales_ops. */
  actor_id: string
  /** Extra data for hook handlers. */
  additional_data?: Record<string, unknown>
}

export type RetryCrmSyncJobWorkflowHooks = [
  Hook<
    "syncJobRequeued",
    {
      sync_job: SyncJob
      additional_data: Record<string, unknown> | undefined
    },
    unknown
  >,
]

/**
 * Sends a failed CRM sync job again, once the cause (a wrong URL, a CRM
 * that refused the order) is fixed: the job gets one more attempt, due now,
 * and is sent right away. Only sales_ops members may retry (403), as only
 * they may approve the order that the job delivers; 404 for an unknown job,
 * 400 for one that has not failed. Used by
 * `POST /admin/mall/crm/sync-jobs/:id/retry`.
 *
 * @example
 * await retryCrmSyncJobWorkflow(container).run({
 *   input: { id: "crmsync_123", actor_id: "user_1" },
 * })
 *
 * @summary
 * Retry a failed delivery to the CRM.
 *
 * @property hooks.syncJobRequeued - Runs after the job is queued again, before it is sent.
 */
export const retryCrmSyncJobWorkflow: ReturnWorkflow<
  RetryCrmSyncJobWorkflowInput,
  SyncJob,
  RetryCrmSyncJobWorkflowHooks
> = createWorkflow(
  retryCrmSyncJobWorkflowId,
  (input: RetryCrmSyncJobWorkflowInput) => {
    assertDepartmentMemberStep({
      actor_id: input.actor_id,
      department: "sales_ops",
      action: "retry CRM sync jobs",
    })
    const job = requeueCrmSyncJobStep({ id: input.id })
    recordAuditEntriesStep(
      transform({ input, job }, ({ input, job }) => [
        {
          order_id: job.order_id,
          entity_type: "crm_sync_job",
          entity_id: job.id,
          action: "crm_sync_job.retried",
          actor_id: input.actor_id,
          department: "sales_ops",
          data: {
            connector: job.connector,
            attempts: job.attempts,
            max_attempts: job.max_attempts,
          },
        },
      ])
    )
    const syncJobRequeued = createHook("syncJobRequeued", {
      sync_job: job,
      additional_data: input.additional_data,
    })
    deliverCrmSyncJobsWorkflow.runAsStep({
      input: { limit: IMMEDIATE_CRM_DELIVERY_LIMIT },
    })
    return new WorkflowResponse(job, { hooks: [syncJobRequeued] })
  }
)
