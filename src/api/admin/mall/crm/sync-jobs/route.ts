import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import type MallCrmModuleService from "../../../../../modules/crm/service"
import type { AdminCrmSyncJobListResponse } from "../../../../../types/http/crm-order-review"
import { MALL_CRM_MODULE } from "../../../../../types/modules"
import type { SyncJobRow } from "../../../../../workflows/crm"
import { SYNC_JOB_FIELDS, toAdminSyncJobs } from "../order-reviews/helpers"
import type { AdminGetSyncJobsParamsType } from "./validators"

/** Deliveries of approved orders to the CRM, newest first, without their payloads. */
export const GET = async (
  req: AuthenticatedMedusaRequest<unknown, AdminGetSyncJobsParamsType>,
  res: MedusaResponse<AdminCrmSyncJobListResponse>
) => {
  const { status, order_id, limit, offset } = req.validatedQuery
  const filters: Record<string, unknown> = {}
  if (status) {
    filters.status = status
  }
  if (order_id) {
    filters.order_id = order_id
  }
  const crm = req.scope.resolve<MallCrmModuleService>(MALL_CRM_MODULE)
  const [jobs, count] = await crm.listAndCountCrmSyncJobs(filters, {
    select: SYNC_JOB_FIELDS,
    skip: offset,
    take: limit,
    order: { created_at: "DESC", id: "DESC" },
  })
  res.json({
    sync_jobs: await toAdminSyncJobs(
      req.scope,
      jobs as unknown as SyncJobRow[]
    ),
    count,
    offset,
    limit,
  })
}
