import {
  validateAndTransformBody,
  validateAndTransformQuery,
  type MiddlewareRoute,
} from "@medusajs/framework/http"
import { MallPolicy } from "../../../../policies/mall"
import { parseMovementCsv } from "../../../../workflows/channel-inventory"
import { receiveCsvUpload } from "../../../middlewares/receive-csv-upload"
import {
  AdminApplyMovements,
  AdminGetChannelMovementsParams,
  AdminGetChannelPositionsParams,
  AdminGetChannelSuggestionsParams,
  AdminTransferChannelStock,
  AdminUpdateChannelAllocations,
} from "./validators"

export const adminChannelInventoryMiddlewares: MiddlewareRoute[] = [
  {
    method: ["GET"],
    matcher: "/admin/mall/channel-inventory",
    policies: [MallPolicy.readChannelInventory],
    middlewares: [
      validateAndTransformQuery(AdminGetChannelPositionsParams, {}),
    ],
  },
  {
    method: ["GET"],
    matcher: "/admin/mall/channel-inventory/movements",
    policies: [MallPolicy.readChannelInventory],
    middlewares: [
      validateAndTransformQuery(AdminGetChannelMovementsParams, {}),
    ],
  },
  {
    method: ["GET"],
    matcher: "/admin/mall/channel-inventory/suggestions",
    policies: [MallPolicy.readChannelInventory],
    middlewares: [
      validateAndTransformQuery(AdminGetChannelSuggestionsParams, {}),
    ],
  },
  {
    method: ["POST"],
    matcher: "/admin/mall/channel-inventory/movements",
    policies: [MallPolicy.syncChannelMovements],
    // A JSON batch of 100,000 movements is about 15 MB.
    bodyParser: { sizeLimit: "64mb" },
    middlewares: [
      receiveCsvUpload({
        validateJson: validateAndTransformBody(AdminApplyMovements),
        parse: (file) => ({ lines: parseMovementCsv(file), movements: [] }),
        maxBytes: 32 * 1024 * 1024,
        what: "movement batch",
      }),
    ],
  },
  {
    method: ["POST"],
    matcher: "/admin/mall/channel-inventory/transfers",
    policies: [MallPolicy.manageChannelInventory],
    middlewares: [validateAndTransformBody(AdminTransferChannelStock)],
  },
  {
    method: ["POST"],
    matcher: "/admin/mall/channel-inventory/allocations",
    policies: [MallPolicy.manageChannelInventory],
    middlewares: [validateAndTransformBody(AdminUpdateChannelAllocations)],
  },
]
