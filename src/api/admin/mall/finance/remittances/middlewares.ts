import {
  validateAndTransformBody,
  validateAndTransformQuery,
  type MedusaNextFunction,
  type MedusaRequest,
  type MedusaResponse,
  type MiddlewareRoute,
} from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import multer from "multer"
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

/** A CSV statement of 200,000 lines is about 15 MB. */
const MAX_CSV_BYTES = 32 * 1024 * 1024

// Memory storage, as Medusa's own upload routes: the file is parsed at once.
const upload = multer({
  storage: multer.memoryStorage(),
  limits: { fileSize: MAX_CSV_BYTES, files: 1, fields: 10 },
}).single("file")

const validateJson = validateAndTransformBody(AdminImportRemittance)
const validateCsvFields = validateAndTransformBody(
  AdminImportRemittanceCsvFields
)

const MULTER_MESSAGES: Record<string, string> = {
  LIMIT_FILE_SIZE: `The CSV file is larger than ${MAX_CSV_BYTES / 1024 / 1024} MB; split the statement`,
  LIMIT_FILE_COUNT: 'Upload one CSV file, in the form field "file"',
  LIMIT_UNEXPECTED_FILE: 'Upload the CSV file in the form field "file"',
  LIMIT_FIELD_COUNT:
    "Too many form fields: send carrier, statement_reference, bank_reference and currency_code",
}

/**
 * Takes a courier statement either as JSON (`lines`) or as a CSV upload:
 * `multipart/form-data` with the file in `file` and the statement's
 * carrier, statement_reference, bank_reference and currency_code as form
 * fields. Either way the route gets `req.validatedBody` with `lines`.
 */
export function receiveRemittanceStatement(
  req: MedusaRequest,
  res: MedusaResponse,
  next: MedusaNextFunction
) {
  if (!req.is("multipart/form-data")) {
    return validateJson(req, res, next)
  }
  upload(req, res, (error: unknown) => {
    if (error) {
      const code = (error as { code?: string }).code ?? ""
      return next(
        new MedusaError(
          MedusaError.Types.INVALID_DATA,
          MULTER_MESSAGES[code] ??
            `The upload cannot be read: ${(error as Error).message}`
        )
      )
    }
    const file = (req as MedusaRequest & { file?: Express.Multer.File }).file
    if (!file) {
      return next(
        new MedusaError(
          MedusaError.Types.INVALID_DATA,
          'Upload the statement as a CSV file in the form field "file", or send it as JSON with "lines"'
        )
      )
    }
    req.body = { ...(req.body as Record<string, unknown>) }
    void validateCsvFields(req, res, (fieldsError?: unknown) => {
      if (fieldsError) {
        return next(fieldsError)
      }
      try {
        req.validatedBody = {
          ...(req.validatedBody as Record<string, unknown>),
          lines: parseRemittanceCsv(file.buffer),
        }
        next()
      } catch (e) {
        next(e)
      }
    })
  })
}

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
    middlewares: [receiveRemittanceStatement],
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
