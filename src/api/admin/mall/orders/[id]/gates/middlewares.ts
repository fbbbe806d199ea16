import {
  validateAndTransformBody,
  type MiddlewareRoute,
} from "@medusajs/framework/http"
import { MallPolicy } from "../../../../../../policies/mall"
import { AdminDecideGate, AdminWaiveGate } from "./validators"

export const adminOrderGateMiddlewares: MiddlewareRoute[] = [
  {
    method: ["GET"],
    matcher: "/admin/mall/orders/:id/pipeline",
    policies: [MallPolicy.readReleaseGates],
  },
  {
    method: ["POST"],
    matcher: "/admin/mall/orders/:id/gates/:kind",
    middlewares: [validateAndTransformBody(AdminDecideGate)],
    policies: [MallPolicy.decideReleaseGates],
  },
  {
    method: ["POST"],
    matcher: "/admin/mall/orders/:id/gates/:kind/waive",
    middlewares: [validateAndTransformBody(AdminWaiveGate)],
    policies: [MallPolicy.waiveReleaseGates],
  },
]
