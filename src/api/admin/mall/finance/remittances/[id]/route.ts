import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import type { AdminRemittanceResponse } from "../../../../../../types/http/finance"
import { retrieveRemittanceReport } from "../helpers"
import type { AdminGetRemittanceParamsType } from "../validators"

/** The statement's report: the preview before confirming, the record after. */
export const GET = async (
  req: AuthenticatedMedusaRequest<unknown, AdminGetRemittanceParamsType>,
  res: MedusaResponse<AdminRemittanceResponse>
) => {
  res.json(
    await retrieveRemittanceReport(req.scope, req.params.id, req.validatedQuery)
  )
}
