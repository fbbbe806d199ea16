import {
  validateAndTransformBody,
  validateAndTransformQuery,
  type MiddlewareRoute,
} from "@medusajs/framework/http"
import { MallPolicy } from "../../../../../policies/mall"
import {
  AdminConfirmPayment,
  AdminGetPaymentConfirmationsParams,
  AdminRejectPayment,
} from "./validators"

export const adminPaymentConfirmationMiddlewares: MiddlewareRoute[] = [
  {
    method: ["GET"],
    matcher: "/admin/mall/finance/confirmations",
    middlewares: [
      validateAndTransformQuery(AdminGetPaymentConfirmationsParams, {}),
    ],
    policies: [MallPolicy.readPaymentConfirmations],
  },
  {
    method: ["POST"],
    matcher: "/admin/mall/finance/confirmations/:id/confirm",
    middlewares: [validateAndTransformBody(AdminConfirmPayment)],
    policies: [MallPolicy.decidePaymentConfirmations],
  },
  {
    method: ["POST"],
    matcher: "/admin/mall/finance/confirmations/:id/reject",
    middlewares: [validateAndTransformBody(AdminRejectPayment)],
    policies: [MallPolicy.decidePaymentConfirmations],
  },
]
