import {
  validateAndTransformQuery,
  type MiddlewareRoute,
} from "@medusajs/framework/http"
import {
  AdminExportReceivablesParams,
  AdminGetReceivablesAgingParams,
  AdminGetReceivablesParams,
} from "./validators"

export const adminReceivableMiddlewares: MiddlewareRoute[] = [
  {
    method: ["GET"],
    matcher: "/admin/mall/finance/receivables",
    middlewares: [validateAndTransformQuery(AdminGetReceivablesParams, {})],
  },
  {
    method: ["GET"],
    matcher: "/admin/mall/finance/receivables/aging",
    middlewares: [
      validateAndTransformQuery(AdminGetReceivablesAgingParams, {}),
    ],
  },
  {
    method: ["GET"],
    matcher: "/admin/mall/finance/receivables/export",
    middlewares: [validateAndTransformQuery(AdminExportReceivablesParams, {})],
  },
]
