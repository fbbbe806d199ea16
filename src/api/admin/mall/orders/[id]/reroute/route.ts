import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import type { AdminOrderRoutingResponse } from "../../../../../../types/http/routing"
import { routeOrderWorkflow } from "../../../../../../workflows/routing"
import { retrieveAdminOrderRouting } from "../../../routing/helpers"
import type { AdminRerouteOrderType } from "./validators"

/**
 * Routes the order again from current stock, or, with `allocations`, to
 * the warehouses an admin names. Either way a new decision version is
 * recorded and audited.
 */
export const POST = async (
  req: AuthenticatedMedusaRequest<AdminRerouteOrderType>,
  res: MedusaResponse<AdminOrderRoutingResponse>
) => {
  const { allocations, reason, additional_data } = req.validatedBody
  await routeOrderWorkflow(req.scope).run({
    input: {
      order_id: req.params.id,
      source: allocations ? "override" : "reroute",
      allocations: allocations ?? null,
      reason: reason || null,
      actor_id: req.auth_context.actor_id,
      additional_data,
    },
  })
  res.json({
    routing: await retrieveAdminOrderRouting(req.scope, req.params.id),
  })
}
