import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import type { AdminOrderRoutingResponse } from "../../../../../../types/http/routing"
import { retrieveAdminOrderRouting } from "../../../routing/helpers"

/** The order's routing decision, its trace and its earlier versions. */
export const GET = async (
  req: AuthenticatedMedusaRequest,
  res: MedusaResponse<AdminOrderRoutingResponse>
) => {
  res.json({
    routing: await retrieveAdminOrderRouting(req.scope, req.params.id),
  })
}
