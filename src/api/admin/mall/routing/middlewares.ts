import {
  validateAndTransformBody,
  validateAndTransformQuery,
  type MiddlewareRoute,
} from "@medusajs/framework/http"
import { MallPolicy } from "../../../../policies/mall"
import { parseGeoCentroidCsv } from "../../../../workflows/routing"
import { receiveCsvUpload } from "../../../middlewares/receive-csv-upload"
import { AdminRerouteOrder } from "../orders/[id]/reroute/validators"
import {
  AdminGetGeoCentroidsParams,
  AdminGetRoutingQueueParams,
  AdminImportGeoCentroids,
  AdminSimulateRouting,
  AdminUpdateRoutingRules,
} from "./validators"

export const adminRoutingMiddlewares: MiddlewareRoute[] = [
  {
    method: ["GET"],
    matcher: "/admin/mall/routing/rules",
    policies: [MallPolicy.readRouting],
  },
  {
    method: ["POST"],
    matcher: "/admin/mall/routing/rules",
    policies: [MallPolicy.manageRouting],
    middlewares: [validateAndTransformBody(AdminUpdateRoutingRules)],
  },
  {
    method: ["POST"],
    matcher: "/admin/mall/routing/simulate",
    policies: [MallPolicy.readRouting],
    middlewares: [validateAndTransformBody(AdminSimulateRouting)],
  },
  {
    method: ["GET"],
    matcher: "/admin/mall/routing/queue",
    policies: [MallPolicy.readRouting],
    middlewares: [validateAndTransformQuery(AdminGetRoutingQueueParams, {})],
  },
  {
    method: ["GET"],
    matcher: "/admin/mall/routing/centroids",
    policies: [MallPolicy.readRouting],
    middlewares: [validateAndTransformQuery(AdminGetGeoCentroidsParams, {})],
  },
  {
    method: ["POST"],
    matcher: "/admin/mall/routing/centroids",
    policies: [MallPolicy.manageRouting],
    bodyParser: { sizeLimit: "16mb" },
    middlewares: [
      receiveCsvUpload({
        validateJson: validateAndTransformBody(AdminImportGeoCentroids),
        // The header is line 1 of the file, so its first row is line 2.
        parse: (file) => ({
          centroids: parseGeoCentroidCsv(file),
          first_line: 2,
        }),
        maxBytes: 16 * 1024 * 1024,
        what: "centroid table",
      }),
    ],
  },
  {
    method: ["GET"],
    matcher: "/admin/mall/orders/:id/routing",
    policies: [MallPolicy.readRouting],
  },
  {
    method: ["POST"],
    matcher: "/admin/mall/orders/:id/reroute",
    policies: [MallPolicy.rerouteOrders],
    middlewares: [validateAndTransformBody(AdminRerouteOrder)],
  },
]
