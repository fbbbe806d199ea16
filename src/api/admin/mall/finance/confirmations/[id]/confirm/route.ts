import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import type { AdminPaymentConfirmationResponse } from "../../../../../../../types/http/pipeline"
import { confirmPaymentWorkflow } from "../../../../../../../workflows/pipeline"
import { retrieveAdminPaymentConfirmation } from "../../helpers"
import type { AdminConfirmPaymentType } from "../../validators"

/** Finance confirms a prepaid payment arrived; the payment gate passes. */
export const POST = async (
  req: AuthenticatedMedusaRequest<AdminConfirmPaymentType>,
  res: MedusaResponse<AdminPaymentConfirmationResponse>
) => {
  const { additional_data, ...body } = req.validatedBody
  await confirmPaymentWorkflow(req.scope).run({
    input: {
      ...body,
      id: req.params.id,
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
