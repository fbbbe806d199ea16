import {
  validateAndTransformBody,
  validateAndTransformQuery,
  type MiddlewareRoute,
} from "@medusajs/framework/http"
import { MallPolicy } from "../../../../../policies/mall"
import {
  AdminGetSyncJobsParams,
  AdminRetrySyncJob,
} from "../sync-jobs/validators"
import {
  AdminApproveOrderReview,
  AdminGetOrderReviewsParams,
  AdminRejectOrderReview,
} from "./validators"

/** Order reviews, CRM sync jobs, and the order page's review widget. */
export const adminCrmOrderReviewMiddlewares: MiddlewareRoute[] = [
  {
    method: ["GET"],
    matcher: "/admin/mall/crm/order-reviews",
    policies: [MallPolicy.readCrm],
    middlewares: [validateAndTransformQuery(AdminGetOrderReviewsParams, {})],
  },
  {
    method: ["GET"],
    matcher: "/admin/mall/crm/order-reviews/:id",
    policies: [MallPolicy.readCrm],
  },
  {
    method: ["POST"],
    matcher: "/admin/mall/crm/order-reviews/:id/approve",
    policies: [MallPolicy.decideOrderReviews],
    middlewares: [validateAndTransformBody(AdminApproveOrderReview)],
  },
  {
    method: ["POST"],
    matcher: "/admin/mall/crm/order-reviews/:id/reject",
    policies: [MallPolicy.decideOrderReviews],
    middlewares: [validateAndTransformBody(AdminRejectOrderReview)],
  },
  {
    method: ["GET"],
    matcher: "/admin/mall/crm/sync-jobs",
    policies: [MallPolicy.readCrm],
    middlewares: [validateAndTransformQuery(AdminGetSyncJobsParams, {})],
  },
  {
    method: ["POST"],
    matcher: "/admin/mall/crm/sync-jobs/:id/retry",
    policies: [MallPolicy.manageCrmSync],
    middlewares: [validateAndTransformBody(AdminRetrySyncJob)],
  },
  {
    method: ["GET"],
    matcher: "/admin/mall/orders/:id/crm-review",
    policies: [MallPolicy.readCrm],
  },
]
