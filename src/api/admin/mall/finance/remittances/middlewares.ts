import {
  validateAndTransformBody,
  validateAndTransformQuery,
  type MiddlewareRoute,
} from "@medusajs/framework/http"
import { receiveCsvUpload } from "../../../../middlewares/receive-csv-upload"
import { parseRemittanceCsv } from "../../../../../workflows/finance/utils/parse-remittance-csv"
import {
  AdminAcceptRemittanceLine,
  AdminConfirmRemittance,
  AdminGetRemittanceParams,
  AdminGetRemittancesParams,
  AdminImportRemittance,
  AdminImportRemittanceCsvFields,
} from "./validators"
import { MallPolicy } from "../../../../../policies/mall"

export const adminRemittanceMiddlewares: MiddlewareRoute[] = [
  {
    method: ["GET"],
    matcher: "/admin/mall/finance/remittances",
    policies: [MallPolicy.readRemittances],
    middlewares: [validateAndTransformQuery(AdminGetRemittancesParams, {})],
  },
  {
    method: ["POST"],
    matcher: "/admin/mall/finance/remittances",
    policies: [MallPolicy.importRemittances],
    // A JSON statement of 100,000 lines is about 12 MB.
    bodyParser: { sizeLimit: "64mb" },
    middlewares: [
      // A CSV upload carries the statement's carrier, statement_reference,
      // bank_reference and currency_code as form fields.
      receiveCsvUpload({
        validateJson: validateAndTransformBody(AdminImportRemittance),
        validateFields: validateAndTransformBody(
          AdminImportRemittanceCsvFields
        ),
        parse: (file) => ({ lines: parseRemittanceCsv(file) }),
        // A CSV statement of 200,000 lines is about 15 MB.
        maxBytes: 32 * 1024 * 1024,
        what: "statement",
      }),
    ],
  },
  {
    method: ["GET"],
    matcher: "/admin/mall/finance/remittances/:id",
    policies: [MallPolicy.readRemittances],
    middlewares: [validateAndTransformQuery(AdminGetRemittanceParams, {})],
  },
  {
    method: ["POST"],
    matcher: "/admin/mall/finance/remittances/:id/confirm",
    policies: [MallPolicy.confirmRemittances],
    middlewares: [validateAndTransformBody(AdminConfirmRemittance)],
  },
  {
    method: ["POST"],
    matcher: "/admin/mall/finance/remittances/:id/lines/:line_id/accept",
    policies: [MallPolicy.confirmRemittances],
    middlewares: [validateAndTransformBody(AdminAcceptRemittanceLine)],
  },
]
