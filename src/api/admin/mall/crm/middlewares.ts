import type { MiddlewareRoute } from "@medusajs/framework/http"
import { adminCrmContactMiddlewares } from "./contacts/middlewares"

export const adminCrmMiddlewares: MiddlewareRoute[] = [
  ...adminCrmContactMiddlewares,
]
