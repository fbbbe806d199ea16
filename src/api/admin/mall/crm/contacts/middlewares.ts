import {
  validateAndTransformBody,
  validateAndTransformQuery,
  type MiddlewareRoute,
} from "@medusajs/framework/http"
import { MallPolicy } from "../../../../../policies/mall"
import { parseContactCsv } from "../../../../../workflows/crm"
import { receiveCsvUpload } from "../../../../middlewares/receive-csv-upload"
import {
  AdminGetContactsParams,
  AdminImportContacts,
  AdminMergeContacts,
} from "./validators"

export const adminCrmContactMiddlewares: MiddlewareRoute[] = [
  {
    method: ["GET"],
    matcher: "/admin/mall/crm/contacts",
    policies: [MallPolicy.readCrm],
    middlewares: [validateAndTransformQuery(AdminGetContactsParams, {})],
  },
  {
    method: ["GET"],
    matcher: "/admin/mall/crm/contacts/:id",
    policies: [MallPolicy.readCrm],
  },
  {
    method: ["POST"],
    matcher: "/admin/mall/crm/contacts/import",
    policies: [MallPolicy.importCrmContacts],
    // 100,000 contacts of a few hundred bytes each.
    bodyParser: { sizeLimit: "64mb" },
    middlewares: [
      receiveCsvUpload({
        validateJson: validateAndTransformBody(AdminImportContacts),
        parse: (file) => ({ rows: parseContactCsv(file), contacts: [] }),
        maxBytes: 64 * 1024 * 1024,
        what: "contact import",
      }),
    ],
  },
  {
    method: ["POST"],
    matcher: "/admin/mall/crm/contacts/:id/merge",
    policies: [MallPolicy.manageCrmContacts],
    middlewares: [validateAndTransformBody(AdminMergeContacts)],
  },
]
