import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import type {
  AdminWarehouseListResponse,
  AdminWarehouseResponse,
} from "../../../../types/http/routing"
import { saveWarehouseProfileWorkflow } from "../../../../workflows/routing"
import { listAdminWarehouses, retrieveAdminWarehouse } from "./helpers"
import type { AdminCreateWarehouseType } from "./validators"

/** Every stock location, with its routing profile or `null`. */
export const GET = async (
  req: AuthenticatedMedusaRequest,
  res: MedusaResponse<AdminWarehouseListResponse>
) => {
  const warehouses = await listAdminWarehouses(req.scope)
  res.json({ warehouses, count: warehouses.length })
}

/** Gives a stock location its routing profile. */
export const POST = async (
  req: AuthenticatedMedusaRequest<AdminCreateWarehouseType>,
  res: MedusaResponse<AdminWarehouseResponse>
) => {
  const { additional_data, ...data } = req.validatedBody
  // 404 for an unknown location before anything is written.
  await retrieveAdminWarehouse(req.scope, data.stock_location_id)
  const { result } = await saveWarehouseProfileWorkflow(req.scope).run({
    input: { data, actor_id: req.auth_context.actor_id, additional_data },
  })
  res.json({
    warehouse: await retrieveAdminWarehouse(
      req.scope,
      result.stock_location_id
    ),
  })
}
