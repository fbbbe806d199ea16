import { createHmac, timingSafeEqual } from "node:crypto"

/** The header a webhook delivery is signed in. */
export const CRM_SIGNATURE_HEADER = "X-Mall-Signature"

/** Five minutes, as Stripe: enough for clock skew, too short to replay a captured request later. */
export const DEFAULT_SIGNATURE_TOLERANCE_SECONDS = 300

const hmacHex = (secret: string, timestamp: number, rawBody: string) =>
  createHmac("sha256", secret).update(`${timestamp}.${rawBody}`).digest("hex")

/**
 * The `X-Mall-Signature` value for a body: `t=<unix seconds>,v1=<hex>`, where
 * `<hex>` is the HMAC-SHA256, keyed with the shared secret, of
 * `"<t>.<raw body>"`. Signing the timestamp with the body lets a receiver
 * reject an old request replayed by someone who captured it.
 */
export function signCrmPayload(
  rawBody: string,
  secret: string,
  now: Date = new Date()
): string {
  const timestamp = Math.floor(now.getTime() / 1000)
  return `t=${timestamp},v1=${hmacHex(secret, timestamp, rawBody)}`
}

export interface VerifyCrmSignatureOptions {
  /**
   * How far the signed time may be from `now`, in seconds (default 300).
   * `Infinity` skips the check, e.g. to re-verify archived deliveries.
   */
  tolerance_seconds?: number
  /** The receiver's clock (default: the current time). */
  now?: Date
}

/**
 * Checks a CRM webhook delivery on the receiving side. Pass the body exactly
 * as received (the raw bytes as a string, before any JSON parsing: re-encoded
 * JSON will not match), the `X-Mall-Signature` header and the shared secret.
 *
 * Returns true only when one `v1` signature in the header matches and its
 * timestamp is within `tolerance_seconds` of `now`. Never throws: a missing
 * or malformed header is simply false. Comparison is timing-safe, so response
 * times reveal nothing about the expected signature.
 *
 * ```ts
 * import { verifyCrmSignature } from "medusa-plugin-enterprise-mall/strategies/crm-connector"
 *
 * app.post("/mall-orders", express.text({ type: "application/json" }), (req, res) => {
 *   if (!verifyCrmSignature(req.body, req.get("X-Mall-Signature") ?? "", process.env.MALL_SECRET!)) {
 *     return res.sendStatus(401)
 *   }
 *   const payload = JSON.parse(req.body) // drop it if payload.idempotency_key was seen before
 *   res.json({ id: "SO-1001" }) // optional: the CRM's own id, shown in the admin
 * })
 * ```
 */
export function verifyCrmSignature(
  rawBody: string,
  header: string,
  secret: string,
  options: VerifyCrmSignatureOptions = {}
): boolean {
  if (typeof header !== "string" || typeof rawBody !== "string" || !secret) {
    return false
  }
  let timestamp: number | null = null
  const signatures: string[] = []
  for (const part of header.split(",")) {
    const [key, value] = part.trim().split("=", 2)
    if (key === "t" && /^\d{1,12}$/.test(value ?? "")) {
      timestamp = Number(value)
    } else if (key === "v1" && /^[0-9a-f]{64}$/i.test(value ?? "")) {
      signatures.push(value.toLowerCase())
    }
  }
  if (timestamp === null || !signatures.length) {
    return false
  }

  const tolerance =
    options.tolerance_seconds ?? DEFAULT_SIGNATURE_TOLERANCE_SECONDS
  const nowSeconds = Math.floor((options.now ?? new Date()).getTime() / 1000)
  // Future timestamps too: a sender whose clock is far ahead could otherwise
  // mint signatures that stay valid for as long as its lead.
  if (!(Math.abs(nowSeconds - timestamp) <= tolerance)) {
    return false
  }

  const expected = Buffer.from(hmacHex(secret, timestamp, rawBody), "hex")
  // Several v1 entries let a sender sign with an old and a new secret while
  // receivers switch over; check them all so timing does not tell which one matched.
  let valid = false
  for (const signature of signatures) {
    if (timingSafeEqual(expected, Buffer.from(signature, "hex"))) {
      valid = true
    }
  }
  return valid
}
