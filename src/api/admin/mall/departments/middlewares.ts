import {
  validateAndTransformBody,
  type MiddlewareRoute,
} from "@medusajs/framework/http"
import { MallPolicy } from "../../../../policies/mall"
import { AdminAddDepartmentMember } from "./validators"

export const adminDepartmentMiddlewares: MiddlewareRoute[] = [
  {
    method: ["GET"],
    matcher: "/admin/mall/departments",
    policies: [MallPolicy.readDepartments],
  },
  {
    method: ["POST"],
    matcher: "/admin/mall/departments/:department/members",
    middlewares: [validateAndTransformBody(AdminAddDepartmentMember)],
    policies: [MallPolicy.manageDepartments],
  },
  {
    method: ["DELETE"],
    matcher: "/admin/mall/departments/:department/members/:user_id",
    policies: [MallPolicy.manageDepartments],
  },
]
