import { FetchError } from "@medusajs/js-sdk"

/**
 * The message to show for a failed request: the server's own message (the
 * plugin's routes explain every 400 and 403), else the error's.
 */
export const errorMessage = (error: unknown): string => {
  if (error instanceof FetchError) {
    return error.message || error.statusText || String(error.status ?? "")
  }
  if (error instanceof Error) {
    return error.message
  }
  return String(error)
}
