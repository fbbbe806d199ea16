import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import type MallRoutingModuleService from "../../../../../modules/routing/service"
import type {
  AdminGeoCentroidImportResponse,
  AdminGeoCentroidListResponse,
} from "../../../../../types/http/routing"
import { MALL_ROUTING_MODULE } from "../../../../../types/modules"
import {
  checkGeoCentroidRows,
  importGeoCentroidsWorkflow,
} from "../../../../../workflows/routing"
import type {
  AdminGetGeoCentroidsParamsType,
  AdminImportGeoCentroidsType,
} from "../validators"

/** The centroid table the default geocoder places buyers with. */
export const GET = async (
  req: AuthenticatedMedusaRequest<unknown, AdminGetGeoCentroidsParamsType>,
  res: MedusaResponse<AdminGeoCentroidListResponse>
) => {
  const { country_code, q, limit, offset } = req.validatedQuery
  const routing =
    req.scope.resolve<MallRoutingModuleService>(MALL_ROUTING_MODULE)
  const [centroids, count] = await routing.listAndCountGeoCentroidRows(
    { country_code, q },
    { skip: offset, take: limit }
  )
  res.json({ centroids, count, offset, limit })
}

/**
 * Imports centroids (JSON `centroids` or a CSV upload), adding new places
 * and updating known ones. Each bad row is reported; good rows are kept.
 */
export const POST = async (
  req: AuthenticatedMedusaRequest<
    AdminImportGeoCentroidsType & { first_line?: number }
  >,
  res: MedusaResponse<AdminGeoCentroidImportResponse>
) => {
  const { centroids: rows, first_line } = req.validatedBody
  const { centroids, errors } = checkGeoCentroidRows(rows, first_line ?? 1)
  const { result } = await importGeoCentroidsWorkflow(req.scope).run({
    input: { centroids, actor_id: req.auth_context.actor_id },
  })
  res.json({ ...result, errors })
}
