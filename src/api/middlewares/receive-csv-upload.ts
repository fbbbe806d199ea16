import type {
  MedusaNextFunction,
  MedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import multer from "multer"

export interface ReceiveCsvUploadOptions {
  /** Validates a JSON body (the non-upload way in). */
  validateJson: (
    req: MedusaRequest,
    res: MedusaResponse,
    next: MedusaNextFunction
  ) => unknown
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
    limits: { fileSize: options.maxBytes, files: 1, fields: 5 },
  }).single("file")
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
        const code = (error as { code?: string }).code
        return next(
          new MedusaError(
            MedusaError.Types.INVALID_DATA,
            code === "LIMIT_FILE_SIZE"
              ? `The CSV file is larger than ${options.maxBytes / 1024 / 1024} MB; split the ${options.what}`
              : `Upload the ${options.what} as one CSV file in the form field "file"`
          )
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
      try {
        req.validatedBody = options.parse(file.buffer)
        next()
      } catch (e) {
        next(e)
      }
    })
  }
}
