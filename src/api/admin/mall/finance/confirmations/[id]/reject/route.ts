import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import type { AdminPaymentConfirmationResponse } from "../../../../../../../types/http/pipeline"
import { rejectPaymentWorkflow } from "../../../../../../../workflows/pipeline"
import { retrieveAdminPaymentConfirmation } from "../../helpers"
import type { AdminRejectPaymentType } from "../../validators"

/** Finance rejects a prepaid payment; the payment gate fails. */
export const POST = async (
  req: AuthenticatedMedusaRequest<AdminRejectPaymentType>,
  res: MedusaResponse<AdminPaymentConfirmationResponse>
) => {
  const { reason, additional_data } = req.validatedBody
  await rejectPaymentWorkflow(req.scope).run({
    input: {
      id: req.params.id,
      reason,
      actor_id: req.auth_context.actor_id,
      additional_data,
    },
  })
  res.json({
    payment_confirmation: await retrieveAdminPaymentConfirmation(
      req.scope,
      req.params.id
    ),
  })
}
