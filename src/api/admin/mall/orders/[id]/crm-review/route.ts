import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import type MallCrmModuleService from "../../../../../../modules/crm/service"
import type { AdminOrderCrmReviewResponse } from "../../../../../../types/http/crm-order-review"
import { MALL_CRM_MODULE } from "../../../../../../types/modules"
import type {
  OrderReviewRow,
  SyncJobRow,
} from "../../../../../../workflows/crm"
import {
  SYNC_JOB_FIELDS,
  toAdminOrderReviews,
  toAdminSyncJobs,
} from "../../../crm/order-reviews/helpers"

/**
 * The order's customer review and its deliveries to the CRM, for the order
 * page's widget. An order without a review (placed before the plugin, or
 * not yet reviewed) answers `review: null` rather than 404.
 */
export const GET = async (
  req: AuthenticatedMedusaRequest,
  res: MedusaResponse<AdminOrderCrmReviewResponse>
) => {
  const crm = req.scope.resolve<MallCrmModuleService>(MALL_CRM_MODULE)
  const [[review], jobs] = await Promise.all([
    crm.listCrmOrderReviews({ order_id: req.params.id }, { take: 1 }),
    crm.listCrmSyncJobs(
      { order_id: req.params.id },
      { select: SYNC_JOB_FIELDS, order: { created_at: "DESC" } }
    ),
  ])
  const [view] = review
    ? await toAdminOrderReviews(req.scope, [
        review as unknown as OrderReviewRow,
      ])
    : [null]
  res.json({
    review: view,
    sync_jobs: await toAdminSyncJobs(
      req.scope,
      jobs as unknown as SyncJobRow[]
    ),
  })
}
