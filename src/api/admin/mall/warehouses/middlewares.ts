import {
  validateAndTransformBody,
  type MiddlewareRoute,
} from "@medusajs/framework/http"
import { MallPolicy } from "../../../../policies/mall"
import { AdminCreateWarehouse, AdminUpdateWarehouse } from "./validators"

export const adminWarehouseMiddlewares: MiddlewareRoute[] = [
  {
    method: ["GET"],
    matcher: "/admin/mall/warehouses",
    policies: [MallPolicy.readRouting],
  },
  {
    method: ["POST"],
    matcher: "/admin/mall/warehouses",
    policies: [MallPolicy.manageRouting],
    middlewares: [validateAndTransformBody(AdminCreateWarehouse)],
  },
  {
    method: ["POST"],
    matcher: "/admin/mall/warehouses/:id",
    policies: [MallPolicy.manageRouting],
    middlewares: [validateAndTransformBody(AdminUpdateWarehouse)],
  },
]
