import {
  validateAndTransformQuery,
  type MiddlewareRoute,
} from "@medusajs/framework/http"
import { AdminGetLogisticsCostsParams } from "./validators"

export const adminLogisticsCostMiddlewares: MiddlewareRoute[] = [
  {
    method: ["GET"],
    matcher: "/admin/mall/finance/logistics-costs",
    middlewares: [validateAndTransformQuery(AdminGetLogisticsCostsParams, {})],
  },
]
