import { z } from "@medusajs/framework/zod"
import { SYNC_JOB_STATUSES } from "../../../../../types/crm"
import {
  additionalData,
  oneOf,
  optionalText,
  paginationParams,
} from "../../utils/validators"

export const AdminGetSyncJobsParams = z.strictObject({
  status: oneOf(
    SYNC_JOB_STATUSES,
    (v) => `status must be one of ${SYNC_JOB_STATUSES.join(", ")}, not "${v}"`
  ).optional(),
  order_id: optionalText("order_id"),
  ...paginationParams,
})
export type AdminGetSyncJobsParamsType = z.infer<typeof AdminGetSyncJobsParams>

export const AdminRetrySyncJob = z.strictObject({
  additional_data: additionalData,
})
export type AdminRetrySyncJobType = z.infer<typeof AdminRetrySyncJob>
