import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import type { AdminCrmSyncJobResponse } from "../../../../../../../types/http/crm-order-review"
import { retryCrmSyncJobWorkflow } from "../../../../../../../workflows/crm"
import { retrieveAdminSyncJob } from "../../../order-reviews/helpers"
import type { AdminRetrySyncJobType } from "../../validators"

/**
 * Send a failed delivery again, now. Answers with the job after the
 * attempt: succeeded, or pending/failed again with the new error.
 */
export const POST = async (
  req: AuthenticatedMedusaRequest<AdminRetrySyncJobType>,
  res: MedusaResponse<AdminCrmSyncJobResponse>
) => {
  await retryCrmSyncJobWorkflow(req.scope).run({
    input: {
      id: req.params.id,
      actor_id: req.auth_context.actor_id,
      additional_data: req.validatedBody?.additional_data,
    },
  })
  res.json({ sync_job: await retrieveAdminSyncJob(req.scope, req.params.id) })
}
