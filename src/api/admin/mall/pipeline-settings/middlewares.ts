import {
  validateAndTransformBody,
  type MiddlewareRoute,
} from "@medusajs/framework/http"
import { MallPolicy } from "../../../../policies/mall"
import { AdminUpdatePipelineSettings } from "./validators"

export const adminPipelineSettingsMiddlewares: MiddlewareRoute[] = [
  {
    method: ["GET"],
    matcher: "/admin/mall/pipeline-settings",
    policies: [MallPolicy.readPipelineSettings],
  },
  {
    method: ["POST"],
    matcher: "/admin/mall/pipeline-settings",
    middlewares: [validateAndTransformBody(AdminUpdatePipelineSettings)],
    policies: [MallPolicy.updatePipelineSettings],
  },
]
