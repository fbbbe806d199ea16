import {
  validateAndTransformQuery,
  type MiddlewareRoute,
} from "@medusajs/framework/http"
import { AdminGetLogisticsCostsParams } from "./validators"
import { MallPolicy } from "../../../../../policies/mall"

export const adminLogisticsCostMiddlewares: MiddlewareRoute[] = [
  {
    method: ["GET"],
    matcher: "/admin/mall/finance/logistics-costs",
    policies: [MallPolicy.readLogisticsCosts],
    middlewares: [validateAndTransformQuery(AdminGetLogisticsCostsParams, {})],
  },
]
