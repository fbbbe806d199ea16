import {
  validateAndTransformBody,
  type MiddlewareRoute,
} from "@medusajs/framework/http"
import { AdminRecordCodRefusal } from "./validators"

export const adminCodRefusalMiddlewares: MiddlewareRoute[] = [
  {
    method: ["POST"],
    matcher: "/admin/mall/orders/:id/cod-refused",
    middlewares: [validateAndTransformBody(AdminRecordCodRefusal)],
  },
]
