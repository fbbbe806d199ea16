/**
 * A failed delivery to the CRM. The sync job records `message` for the
 * back office and retries with backoff unless `retryable` is false: a
 * request the CRM refuses as malformed will be refused again, so retrying it
 * only hides the problem.
 */
export class CrmDeliveryError extends Error {
  readonly retryable: boolean
  /** The HTTP status the CRM answered, when it answered one. */
  readonly status?: number
  /** How long the CRM asked us to wait (its `Retry-After`), when it said. */
  readonly retry_after_ms?: number
  /** The underlying error (network, file system), for logs. */
  readonly cause?: unknown

  constructor(
    message: string,
    options: {
      retryable: boolean
      status?: number
      retry_after_ms?: number
      cause?: unknown
    }
  ) {
    // The target (ES2021) has no Error(message, { cause }) in its typings.
    super(message)
    this.name = "CrmDeliveryError"
    this.retryable = options.retryable
    if (options.cause !== undefined) {
      this.cause = options.cause
    }
    if (options.status !== undefined) {
      this.status = options.status
    }
    if (options.retry_after_ms !== undefined) {
      this.retry_after_ms = options.retry_after_ms
    }
  }
}

/** Whether a failure is worth another attempt; anything unknown is. */
export const isRetryableCrmError = (error: unknown): boolean =>
  !(error instanceof CrmDeliveryError) || error.retryable
