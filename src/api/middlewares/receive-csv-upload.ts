import type {
  MedusaNextFunction,
  MedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import multer from "multer"

type Middleware = (
  req: MedusaRequest,
  res: MedusaResponse,
  next: MedusaNextFunction
) => unknown

/** Form fields besides the file; an import needs a handful at most. */
const MAX_FIELDS = 10

export interface ReceiveCsvUploadOptions {
  /** Validates a JSON body (the non-upload way in). */
  validateJson: Middleware
  /**
   * Validates the form fields sent along with the file (e.g. the statement
   * a courier file belongs to); they join the parsed file in
   * `req.validatedBody`. Without it, form fields are ignored.
   */
  validateFields?: Middleware
  /** Turns the uploaded file into the validated body. */
  parse: (file: Buffer) => Record<string, unknown>
  maxBytes: number
  /** What the file holds, for messages ("centroid table"). */
  what: string
}

/**
 * Takes an import either as JSON or as a CSV file uploaded in the form
 * field `file`; either way the route gets `req.validatedBody`.
 */
export function receiveCsvUpload(options: ReceiveCsvUploadOptions) {
  const upload = multer({
    storage: multer.memoryStorage(),
    limits: { fileSize: options.maxBytes, files: 1, fields: MAX_FIELDS },
  }).single("file")
  const uploadError = (error: unknown) => {
    const { code, message } = error as { code?: string; message?: string }
    switch (code) {
      case "LIMIT_FILE_SIZE":
        return `The CSV file is larger than ${options.maxBytes / 1024 / 1024} MB; split the ${options.what}`
      case "LIMIT_FIELD_COUNT":
        return `Too many form fields: send the file in "file" and at most ${MAX_FIELDS} others`
      case undefined:
        // Not a limit: the multipart body itself is broken.
        return `The upload cannot be read: ${message}`
      default:
        return `Upload the ${options.what} as one CSV file in the form field "file"`
    }
  }
  return (
    req: MedusaRequest,
    res: MedusaResponse,
    next: MedusaNextFunction
  ) => {
    if (!req.is("multipart/form-data")) {
      return options.validateJson(req, res, next)
    }
    upload(req, res, (error: unknown) => {
      if (error) {
        return next(
          new MedusaError(MedusaError.Types.INVALID_DATA, uploadError(error))
        )
      }
      const file = (req as MedusaRequest & { file?: Express.Multer.File }).file
      if (!file) {
        return next(
          new MedusaError(
            MedusaError.Types.INVALID_DATA,
            `Upload the ${options.what} as a CSV file in the form field "file", or send it as JSON`
          )
        )
      }
      const readFile = (fields: Record<string, unknown> = {}) => {
        try {
          req.validatedBody = { ...fields, ...options.parse(file.buffer) }
          next()
        } catch (e) {
          next(e)
        }
      }
      if (!options.validateFields) {
        return readFile()
      }
      // multer's body is a null-prototype object; the validator gets a plain one.
      req.body = { ...(req.body as Record<string, unknown>) }
      void options.validateFields(req, res, (fieldsError?: unknown) =>
        fieldsError
          ? next(fieldsError)
          : readFile(req.validatedBody as Record<string, unknown>)
      )
    })
  }
}
