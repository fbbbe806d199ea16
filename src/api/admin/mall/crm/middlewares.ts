import type { MiddlewareRoute } from "@medusajs/framework/http"
import { adminCrmContactMiddlewares } from "./contacts/middlewares"
import { adminCrmCustomerMiddlewares } from "./customers/middlewares"
import { adminCrmMatchMiddlewares } from "./matches/middlewares"
import { adminCrmOrderReviewMiddlewares } from "./order-reviews/middlewares"

export const adminCrmMiddlewares: MiddlewareRoute[] = [
  ...adminCrmContactMiddlewares,
  ...adminCrmMatchMiddlewares,
  ...adminCrmCustomerMiddlewares,
  ...adminCrmOrderReviewMiddlewares,
]
