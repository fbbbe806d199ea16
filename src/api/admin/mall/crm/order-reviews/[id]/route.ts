import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import type { AdminCrmOrderReviewResponse } from "../../../../../../types/http/crm-order-review"
import { retrieveAdminOrderReview } from "../helpers"

/** One order review with its order and contact. */
export const GET = async (
  req: AuthenticatedMedusaRequest,
  res: MedusaResponse<AdminCrmOrderReviewResponse>
) => {
  res.json({
    order_review: await retrieveAdminOrderReview(req.scope, req.params.id),
  })
}
