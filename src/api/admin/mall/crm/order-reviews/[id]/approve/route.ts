import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import type { AdminCrmOrderReviewResponse } from "../../../../../../../types/http/crm-order-review"
import { approveOrderReviewWorkflow } from "../../../../../../../workflows/crm"
import { retrieveAdminOrderReview } from "../../helpers"
import type { AdminApproveOrderReviewType } from "../../validators"

/**
 * Approve a pending order review, as a member of sales_ops: the order's
 * customer_review gate passes and the order is sent to the CRM.
 */
export const POST = async (
  req: AuthenticatedMedusaRequest<AdminApproveOrderReviewType>,
  res: MedusaResponse<AdminCrmOrderReviewResponse>
) => {
  const { reason, additional_data } = req.validatedBody
  await approveOrderReviewWorkflow(req.scope).run({
    input: {
      id: req.params.id,
      reason: reason ?? null,
      actor_id: req.auth_context.actor_id,
      additional_data,
    },
  })
  res.json({
    order_review: await retrieveAdminOrderReview(req.scope, req.params.id),
  })
}
