import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type MallCrmModuleService from "../../../modules/crm/service"
import type { CrmOrderPayload } from "../../../types/crm"
import type { SyncJob } from "../../../types/crm-module"
import { MALL_CRM_MODULE } from "../../../types/modules"

export const enqueueCrmSyncJobStepId = "mall-enqueue-crm-sync-job"

export interface EnqueueCrmSyncJobStepInput {
  order_id: string
  /** `null` when no connector is configured: nothing is queued. */
  payload: CrmOrderPayload | null
}

/**
 * Queues the order's delivery to the CRM, once per order: its idempotency
 * key is the order's, so a second approval path or a redelivered event
 * finds the job already there. Compensation deletes the job only if this
 * run queued it.
 */
export const enqueueCrmSyncJobStep = createStep(
  enqueueCrmSyncJobStepId,
  async (input: EnqueueCrmSyncJobStepInput, { container }) => {
    const crm = container.resolve<MallCrmModuleService>(MALL_CRM_MODULE)
    const connector = crm.getConnector()
    if (!connector || !input.payload) {
      return new StepResponse<SyncJob | null, string | null>(null, null)
    }
    const key = input.payload.idempotency_key
    const [existing] = await crm.listCrmSyncJobs(
      { idempotency_key: key },
      { select: ["id"], take: 1 }
    )
    const job = await crm.createSyncJobIfAbsent({
      order_id: input.order_id,
      connector: connector.id,
      idempotency_key: key,
      payload: { ...input.payload },
      max_attempts: crm.getSyncOptions().max_attempts,
    })
    return new StepResponse<SyncJob | null, string | null>(
      job,
      existing ? null : job.id
    )
  },
  async (createdId, { container }) => {
    if (!createdId) {
      return
    }
    const crm = container.resolve<MallCrmModuleService>(MALL_CRM_MODULE)
    await crm.deleteCrmSyncJobs(createdId)
  }
)
