import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import type { AdminWarehouseResponse } from "../../../../../types/http/routing"
import { saveWarehouseProfileWorkflow } from "../../../../../workflows/routing"
import { retrieveAdminWarehouse } from "../helpers"
import type { AdminUpdateWarehouseType } from "../validators"

/** Updates a warehouse profile (`:id` is the profile's id). */
export const POST = async (
  req: AuthenticatedMedusaRequest<AdminUpdateWarehouseType>,
  res: MedusaResponse<AdminWarehouseResponse>
) => {
  const { additional_data, ...data } = req.validatedBody
  const { result } = await saveWarehouseProfileWorkflow(req.scope).run({
    input: {
      id: req.params.id,
      data,
      actor_id: req.auth_context.actor_id,
      additional_data,
    },
  })
  res.json({
    warehouse: await retrieveAdminWarehouse(
      req.scope,
      result.stock_location_id
    ),
  })
}
