import {
  validateAndTransformBody,
  type MiddlewareRoute,
} from "@medusajs/framework/http"
import { adminAuditMiddlewares } from "./audit/middlewares"
import { adminChannelInventoryMiddlewares } from "./channel-inventory/middlewares"
import { adminCrmMiddlewares } from "./crm/middlewares"
import { AdminUpdateCodSettings } from "./cod-settings/validators"
import { adminDepartmentMiddlewares } from "./departments/middlewares"
import { adminPaymentConfirmationMiddlewares } from "./finance/confirmations/middlewares"
import { adminOrderGateMiddlewares } from "./orders/[id]/gates/middlewares"
import { adminPipelineSettingsMiddlewares } from "./pipeline-settings/middlewares"
import { adminRoutingMiddlewares } from "./routing/middlewares"
import { adminWarehouseMiddlewares } from "./warehouses/middlewares"

export const adminMallMiddlewares: MiddlewareRoute[] = [
  {
    method: ["POST"],
    matcher: "/admin/mall/cod-settings",
    middlewares: [validateAndTransformBody(AdminUpdateCodSettings)],
  },
  ...adminOrderGateMiddlewares,
  ...adminDepartmentMiddlewares,
  ...adminPipelineSettingsMiddlewares,
  ...adminAuditMiddlewares,
  ...adminPaymentConfirmationMiddlewares,
  ...adminRoutingMiddlewares,
  ...adminWarehouseMiddlewares,
  ...adminChannelInventoryMiddlewares,
  ...adminCrmMiddlewares,
]
