import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type MallCrmModuleService from "../../../modules/crm/service"
import type { SyncJobStatus } from "../../../types/crm"
import type { SyncJob } from "../../../types/crm-module"
import { MALL_CRM_MODULE } from "../../../types/modules"

export const requeueCrmSyncJobStepId = "mall-requeue-crm-sync-job"

export interface RequeueCrmSyncJobStepInput {
  id: string
}

type Snapshot = {
  id: string
  status: SyncJobStatus
  next_attempt_at: Date | null
  max_attempts: number
}

/**
 * Sends a failed job again now, with one more attempt allowed: 404 for an
 * unknown job, 400 for one that has not failed. Compensation puts the job
 * back as it was.
 */
export const requeueCrmSyncJobStep = createStep(
  requeueCrmSyncJobStepId,
  async (input: RequeueCrmSyncJobStepInput, { container }) => {
    const crm = container.resolve<MallCrmModuleService>(MALL_CRM_MODULE)
    const [before] = await crm.listCrmSyncJobs(
      { id: input.id },
      { select: ["id", "status", "next_attempt_at", "max_attempts"], take: 1 }
    )
    // retrySyncJob answers 404 for an unknown job and 400 for one not failed.
    const job = await crm.retrySyncJob(input.id, new Date())
    return new StepResponse<SyncJob, Snapshot>(job, {
      id: before.id,
      status: before.status as SyncJobStatus,
      next_attempt_at: before.next_attempt_at
        ? new Date(before.next_attempt_at)
        : null,
      max_attempts: Number(before.max_attempts),
    })
  },
  async (previous, { container }) => {
    if (!previous) {
      return
    }
    const crm = container.resolve<MallCrmModuleService>(MALL_CRM_MODULE)
    await crm.updateCrmSyncJobs(previous)
  }
)
