import {
  validateAndTransformQuery,
  type MiddlewareRoute,
} from "@medusajs/framework/http"
import {
  AdminExportReceivablesParams,
  AdminGetReceivablesAgingParams,
  AdminGetReceivablesParams,
} from "./validators"
import { MallPolicy } from "../../../../../policies/mall"

export const adminReceivableMiddlewares: MiddlewareRoute[] = [
  {
    method: ["GET"],
    matcher: "/admin/mall/finance/receivables",
    policies: [MallPolicy.readCodReceivables],
    middlewares: [validateAndTransformQuery(AdminGetReceivablesParams, {})],
  },
  {
    method: ["GET"],
    matcher: "/admin/mall/finance/receivables/aging",
    policies: [MallPolicy.readCodReceivables],
    middlewares: [
      validateAndTransformQuery(AdminGetReceivablesAgingParams, {}),
    ],
  },
  {
    method: ["GET"],
    matcher: "/admin/mall/finance/receivables/export",
    policies: [MallPolicy.readCodReceivables],
    middlewares: [validateAndTransformQuery(AdminExportReceivablesParams, {})],
  },
]
