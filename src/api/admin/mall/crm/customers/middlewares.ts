import type { MiddlewareRoute } from "@medusajs/framework/http"
import { MallPolicy } from "../../../../../policies/mall"

export const adminCrmCustomerMiddlewares: MiddlewareRoute[] = [
  {
    method: ["GET"],
    matcher: "/admin/mall/crm/customers/:id",
    policies: [MallPolicy.readCrm],
  },
]
