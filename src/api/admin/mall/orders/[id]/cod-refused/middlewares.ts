import {
  validateAndTransformBody,
  type MiddlewareRoute,
} from "@medusajs/framework/http"
import { AdminRecordCodRefusal } from "./validators"
import { MallPolicy } from "../../../../../../policies/mall"

export const adminCodRefusalMiddlewares: MiddlewareRoute[] = [
  {
    method: ["POST"],
    matcher: "/admin/mall/orders/:id/cod-refused",
    policies: [MallPolicy.recordCodRefusals],
    middlewares: [validateAndTransformBody(AdminRecordCodRefusal)],
  },
]
