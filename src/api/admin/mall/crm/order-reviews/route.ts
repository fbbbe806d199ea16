import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import type MallCrmModuleService from "../../../../../modules/crm/service"
import type { AdminCrmOrderReviewListResponse } from "../../../../../types/http/crm-order-review"
import { MALL_CRM_MODULE } from "../../../../../types/modules"
import type { OrderReviewRow } from "../../../../../workflows/crm"
import { toAdminOrderReviews } from "./helpers"
import type { AdminGetOrderReviewsParamsType } from "./validators"

/**
 * Order reviews. The pending queue (`status=pending`) is sorted by due
 * time, most urgent first; `overdue=true` keeps the pending reviews past
 * their due time. Other lists are newest first.
 */
export const GET = async (
  req: AuthenticatedMedusaRequest<unknown, AdminGetOrderReviewsParamsType>,
  res: MedusaResponse<AdminCrmOrderReviewListResponse>
) => {
  const { status, overdue, order_id, limit, offset } = req.validatedQuery
  const now = new Date()
  const filters: Record<string, unknown> = {}
  if (status) {
    filters.status = status
  }
  if (order_id) {
    filters.order_id = order_id
  }
  if (overdue === true) {
    filters.$and = [{ status: "pending" }, { due_at: { $lt: now } }]
  } else if (overdue === false) {
    filters.$or = [
      { status: { $ne: "pending" } },
      { due_at: null },
      { due_at: { $gte: now } },
    ]
  }
  const queue = status === "pending" || overdue === true
  const crm = req.scope.resolve<MallCrmModuleService>(MALL_CRM_MODULE)
  const [reviews, count] = await crm.listAndCountCrmOrderReviews(filters, {
    skip: offset,
    take: limit,
    order: queue
      ? { due_at: "ASC", created_at: "ASC", id: "ASC" }
      : { created_at: "DESC", id: "DESC" },
  })
  res.json({
    order_reviews: await toAdminOrderReviews(
      req.scope,
      reviews as unknown as OrderReviewRow[],
      now
    ),
    count,
    offset,
    limit,
  })
}
