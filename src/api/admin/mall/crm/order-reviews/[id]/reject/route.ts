import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import type { AdminCrmOrderReviewResponse } from "../../../../../../../types/http/crm-order-review"
import { rejectOrderReviewWorkflow } from "../../../../../../../workflows/crm"
import { retrieveAdminOrderReview } from "../../helpers"
import type { AdminRejectOrderReviewType } from "../../validators"

/**
 * Reject a pending order review with a reason, as a member of sales_ops:
 * the order's customer_review gate fails, which holds the order, and the
 * order is canceled when `crm.order_review.on_reject` is "cancel".
 */
export const POST = async (
  req: AuthenticatedMedusaRequest<AdminRejectOrderReviewType>,
  res: MedusaResponse<AdminCrmOrderReviewResponse>
) => {
  const { reason, additional_data } = req.validatedBody
  await rejectOrderReviewWorkflow(req.scope).run({
    input: {
      id: req.params.id,
      reason,
      actor_id: req.auth_context.actor_id,
      additional_data,
    },
  })
  res.json({
    order_review: await retrieveAdminOrderReview(req.scope, req.params.id),
  })
}
