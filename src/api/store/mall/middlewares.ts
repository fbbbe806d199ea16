import {
  validateAndTransformQuery,
  type MiddlewareRoute,
} from "@medusajs/framework/http"
import { StoreGetCodEligibilityParams } from "./cod-eligibility/validators"

export const storeMallMiddlewares: MiddlewareRoute[] = [
  {
    method: ["GET"],
    matcher: "/store/mall/cod-eligibility",
    middlewares: [validateAndTransformQuery(StoreGetCodEligibilityParams, {})],
  },
]
