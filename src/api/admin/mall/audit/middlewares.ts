import {
  validateAndTransformQuery,
  type MiddlewareRoute,
} from "@medusajs/framework/http"
import { MallPolicy } from "../../../../policies/mall"
import { AdminGetAuditEntriesParams } from "./validators"

export const adminAuditMiddlewares: MiddlewareRoute[] = [
  {
    method: ["GET"],
    matcher: "/admin/mall/audit",
    middlewares: [validateAndTransformQuery(AdminGetAuditEntriesParams, {})],
    policies: [MallPolicy.readAuditEntries],
  },
]
