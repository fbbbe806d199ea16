import {
  validateAndTransformBody,
  type MiddlewareRoute,
} from "@medusajs/framework/http"
import { AdminUpdateCodSettings } from "./cod-settings/validators"

export const adminMallMiddlewares: MiddlewareRoute[] = [
  {
    method: ["POST"],
    matcher: "/admin/mall/cod-settings",
    middlewares: [validateAndTransformBody(AdminUpdateCodSettings)],
  },
]
