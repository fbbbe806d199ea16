import type {
  CrmConnectorStrategy,
  CrmDeliveryResult,
  CrmOrderPayload,
} from "../../types/crm"
import {
  parseCrmConnectorOptions,
  type WebhookCrmConnectorOptions,
} from "../../utils/crm-connector-options"
import { CrmDeliveryError } from "./errors"
import { CRM_SIGNATURE_HEADER, signCrmPayload } from "./signature"

/** `{ url, secret, timeout_ms?, headers? }`; `type` may be given or left out. */
export type WebhookCrmConnectorInput = Omit<
  WebhookCrmConnectorOptions,
  "type" | "timeout_ms"
> & { type?: "webhook"; timeout_ms?: number }

export const CRM_USER_AGENT = "medusa-plugin-enterprise-mall"

/** Statuses that say "later" rather than "never": timeouts, too early, rate limits. */
const RETRYABLE_STATUSES = new Set([408, 425, 429])

/** What to do about a refusal, for the statuses whose cause is usually the configuration. */
const HINTS: Record<number, string> = {
  401: "check that the CRM expects the same secret as the connector's `secret` option",
  403: "check that the CRM expects the same secret as the connector's `secret` option",
  404: "check the connector's `url` option",
  405: "check the connector's `url` option: the endpoint must accept POST",
  413: "the CRM refused the payload's size",
  415: "the CRM must accept application/json",
}

const BODY_EXCERPT_CHARS = 200

/** Query strings often carry tokens; error messages end up in the admin. */
const displayUrl = (raw: string): string => {
  const url = new URL(raw)
  return `${url.origin}${url.pathname}${url.search ? "?…" : ""}`
}

const excerpt = (body: string): string => {
  const text = body.replace(/\s+/g, " ").trim()
  if (!text) {
    return "(empty body)"
  }
  return text.length > BODY_EXCERPT_CHARS
    ? `${text.slice(0, BODY_EXCERPT_CHARS)}…`
    : text
}

/** `Retry-After` is seconds or an HTTP date. */
const retryAfterMs = (
  value: string | null,
  now: number
): number | undefined => {
  if (!value) {
    return undefined
  }
  if (/^\d+$/.test(value.trim())) {
    return Number(value.trim()) * 1000
  }
  const date = Date.parse(value)
  return Number.isNaN(date) ? undefined : Math.max(0, date - now)
}

/** The CRM's own id, from `{ id }` or `{ external_id }`; anything else is no id. */
const externalId = (body: string): string | null => {
  try {
    const json = JSON.parse(body) as unknown
    if (typeof json === "object" && json !== null) {
      const { id, external_id } = json as Record<string, unknown>
      for (const value of [external_id, id]) {
        if (
          (typeof value === "string" && value) ||
          (typeof value === "number" && Number.isFinite(value))
        ) {
          return String(value)
        }
      }
    }
  } catch {
    // A CRM may answer "OK" or nothing: the status alone says it was received.
  }
  return null
}

const networkCause = (error: unknown): string => {
  const cause = (error as { cause?: { code?: string; message?: string } })
    ?.cause
  const message = cause?.message ?? (error as Error)?.message ?? String(error)
  return cause?.code && !message.includes(cause.code)
    ? `${cause.code}: ${message}`
    : message
}

/**
 * Sends each approved order as a signed JSON POST. The receiver checks the
 * `X-Mall-Signature` header with `verifyCrmSignature` and drops repeats by
 * the `Idempotency-Key` header (the payload's `idempotency_key`): a delivery
 * whose answer was lost is sent again.
 */
export class WebhookCrmConnector implements CrmConnectorStrategy {
  readonly id: string = "webhook"
  protected readonly url_: string
  protected readonly secret_: string
  protected readonly timeoutMs_: number
  protected readonly headers_: Record<string, string>

  constructor(options: WebhookCrmConnectorInput) {
    const parsed = parseCrmConnectorOptions({
      ...options,
      type: "webhook",
    }) as WebhookCrmConnectorOptions
    this.url_ = parsed.url
    this.secret_ = parsed.secret
    this.timeoutMs_ = parsed.timeout_ms
    this.headers_ = parsed.headers ?? {}
  }

  async deliver(payload: CrmOrderPayload): Promise<CrmDeliveryResult> {
    const where = `CRM webhook ${displayUrl(this.url_)}`
    // Headers carry printable ASCII only; fetch would throw a bare TypeError.
    if (!/^[\x21-\x7e]{1,255}$/.test(payload.idempotency_key ?? "")) {
      throw new CrmDeliveryError(
        `${where} was not called: the idempotency_key "${payload.idempotency_key}" must be 1 to 255 printable ASCII characters without spaces to travel in the Idempotency-Key header`,
        { retryable: false }
      )
    }
    const body = JSON.stringify(payload)
    const headers = new Headers(this.headers_)
    // Set last, so a custom header of the same name cannot replace them.
    headers.set("Content-Type", "application/json")
    headers.set("User-Agent", CRM_USER_AGENT)
    headers.set("Idempotency-Key", payload.idempotency_key)
    headers.set(CRM_SIGNATURE_HEADER, signCrmPayload(body, this.secret_))

    const controller = new AbortController()
    let timedOut = false
    const timer = setTimeout(() => {
      timedOut = true
      controller.abort()
    }, this.timeoutMs_)

    let status: number | undefined
    let text: string
    let response: Response
    try {
      response = await fetch(this.url_, {
        method: "POST",
        headers,
        body,
        signal: controller.signal,
        // Following a redirect would resend the signed order to another address.
        redirect: "manual",
      })
      status = response.status
      text = await response.text()
    } catch (error) {
      if (timedOut) {
        throw new CrmDeliveryError(
          `${where} did not answer within ${this.timeoutMs_} ms`,
          { retryable: true, status, cause: error }
        )
      }
      if (status !== undefined) {
        // The CRM may have taken the order; resending is safe, it drops repeats by key.
        throw new CrmDeliveryError(
          `${where} answered HTTP ${status} but the connection broke while reading its answer (${networkCause(error)})`,
          { retryable: true, status, cause: error }
        )
      }
      throw new CrmDeliveryError(
        `${where} could not be reached (${networkCause(error)})`,
        { retryable: true, cause: error }
      )
    } finally {
      clearTimeout(timer)
    }

    if (status >= 200 && status < 300) {
      const id = externalId(text)
      return {
        external_id: id,
        detail: id ? `HTTP ${status}, CRM id ${id}` : `HTTP ${status}`,
      }
    }

    if (status >= 300 && status < 400) {
      const location = response.headers.get("location")
      throw new CrmDeliveryError(
        `${where} answered HTTP ${status}, a redirect${location ? ` to ${location}` : ""}; set the connector's \`url\` option to the final address`,
        { retryable: false, status }
      )
    }

    const retryable = RETRYABLE_STATUSES.has(status) || status >= 500
    const hint = HINTS[status] ? ` (${HINTS[status]})` : ""
    throw new CrmDeliveryError(
      `${where} answered HTTP ${status}: ${excerpt(text)}${hint}`,
      {
        retryable,
        status,
        retry_after_ms: retryable
          ? retryAfterMs(response.headers.get("retry-after"), Date.now())
          : undefined,
      }
    )
  }
}
