import type { Logger } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type MallCrmModuleService from "../../../modules/crm/service"
import type { CrmConnectorStrategy, CrmOrderPayload } from "../../../types/crm"
import type { SyncJob } from "../../../types/crm-module"
import { MALL_CRM_MODULE } from "../../../types/modules"
import { crmErrorMessage, nextCrmAttemptAt } from "../utils/crm-sync"

export const deliverCrmSyncJobsStepId = "mall-deliver-crm-sync-jobs"

/** Jobs sent at once: enough to drain a backlog, few enough not to flood the CRM. */
const CONCURRENCY = 4
export const DEFAULT_CRM_DELIVERY_LIMIT = 50

export interface DeliverCrmSyncJobsStepInput {
  /** The most jobs to claim in this run. */
  limit?: number
}

export interface CrmSyncJobSucceeded {
  id: string
  order_id: string
  connector: string
  attempts: number
  external_id: string | null
  detail: string | null
}

export interface CrmSyncJobFailed {
  id: string
  order_id: string
  connector: string
  attempts: number
  error: string
  /** When the next attempt runs; `null` when the job failed for good. */
  retry_at: string | null
  gave_up: boolean
}

export interface DeliverCrmSyncJobsResult {
  claimed: number
  succeeded: CrmSyncJobSucceeded[]
  failed: CrmSyncJobFailed[]
}

/**
 * Claims the jobs that are due (pending and past their time, or abandoned
 * by a server that died mid-send) and sends each through the connector.
 * Claiming uses `FOR UPDATE SKIP LOCKED`, so instances running this at the
 * same time never send the same job. A success completes the job; a
 * failure records the error and, unless the connector says retrying is
 * pointless or the attempts are used up, when to try again (exponential
 * backoff from `crm.sync.base_delay_ms`, spread by the job's id).
 *
 * Never throws: a failed delivery is the job's state, not the workflow's.
 * It has no compensation because a delivery cannot be unsent; workflows
 * therefore run it last.
 */
export const deliverCrmSyncJobsStep = createStep(
  deliverCrmSyncJobsStepId,
  async (input: DeliverCrmSyncJobsStepInput, { container }) => {
    const empty: DeliverCrmSyncJobsResult = {
      claimed: 0,
      succeeded: [],
      failed: [],
    }
    const logger = container.resolve<Logger>(ContainerRegistrationKeys.LOGGER)
    const crm = container.resolve<MallCrmModuleService>(MALL_CRM_MODULE)
    let connector: CrmConnectorStrategy | null
    let jobs: SyncJob[]
    try {
      connector = crm.getConnector()
      if (!connector) {
        return new StepResponse(empty)
      }
      jobs = await crm.claimDueSyncJobs({
        now: new Date(),
        limit: input.limit ?? DEFAULT_CRM_DELIVERY_LIMIT,
      })
    } catch (error) {
      logger.error(
        `CRM sync: could not claim due jobs: ${crmErrorMessage(error)}`
      )
      return new StepResponse(empty)
    }

    const result: DeliverCrmSyncJobsResult = { ...empty, claimed: jobs.length }
    const { base_delay_ms } = crm.getSyncOptions()
    const send = async (job: SyncJob) => {
      try {
        const delivered = await connector!.deliver({
          ...(job.payload as unknown as CrmOrderPayload),
          sent_at: new Date().toISOString(),
        })
        const done = await crm.completeSyncJob(job.id, {
          external_id: delivered?.external_id ?? null,
          detail: delivered?.detail ?? null,
        })
        result.succeeded.push({
          id: done.id,
          order_id: done.order_id,
          connector: done.connector,
          attempts: done.attempts,
          external_id: done.external_id,
          detail: done.result_detail,
        })
      } catch (error) {
        const message = crmErrorMessage(error)
        try {
          const failed = await crm.failSyncJob(job.id, {
            error: message,
            retry_at: nextCrmAttemptAt(job, error, {
              base_delay_ms,
              now: new Date(),
            }),
          })
          const gave_up = failed.status === "failed"
          result.failed.push({
            id: failed.id,
            order_id: failed.order_id,
            connector: failed.connector,
            attempts: failed.attempts,
            error: message,
            retry_at:
              !gave_up && failed.next_attempt_at
                ? failed.next_attempt_at.toISOString()
                : null,
            gave_up,
          })
          const next = gave_up
            ? "failed for good; retry it from the admin once the cause is fixed"
            : `next attempt at ${failed.next_attempt_at?.toISOString()}`
          logger.warn(
            `CRM sync job ${job.id} (order ${job.order_id}) attempt ${failed.attempts} of ${failed.max_attempts} failed: ${message}; ${next}`
          )
        } catch (recordError) {
          // The job stays in progress and is claimed again once stale.
          logger.error(
            `CRM sync job ${job.id}: could not record the failed attempt (${message}): ${crmErrorMessage(recordError)}`
          )
        }
      }
    }

    const queue = [...jobs]
    await Promise.all(
      Array.from({ length: Math.min(CONCURRENCY, queue.length) }, async () => {
        for (let job = queue.shift(); job; job = queue.shift()) {
          await send(job)
        }
      })
    )
    return new StepResponse(result)
  }
)
