import {
  createServer,
  type IncomingMessage,
  type Server,
  type ServerResponse,
} from "node:http"
import type { AddressInfo } from "node:net"
import type { CrmOrderPayload } from "../../types/crm"
import {
  CrmDeliveryError,
  signCrmPayload,
  verifyCrmSignature,
  WebhookCrmConnector,
} from "../crm-connector"

const SECRET = "whsec_0123456789abcdef0123456789"

const payload = (key = "order_01:approved"): CrmOrderPayload => ({
  idempotency_key: key,
  event: "order.approved",
  order: {
    id: "order_01",
    display_id: 1001,
    total: 199.5,
    currency_code: "cny",
  },
  contact: { id: "contact_01", name: "王芳" },
  review: { decision: "approve", reasons: [] },
  sent_at: "2026-01-05T08:00:00.000Z",
})

interface Received {
  method: string
  url: string
  headers: IncomingMessage["headers"]
  body: string
}

type Handler = (request: Received, res: ServerResponse, index: number) => void

const servers: Server[] = []

/** A real HTTP server on a free port that records what it receives. */
async function startServer(handler: Handler) {
  const received: Received[] = []
  const server = createServer((req, res) => {
    const chunks: Buffer[] = []
    req.on("data", (chunk: Buffer) => chunks.push(chunk))
    req.on("end", () => {
      const request = {
        method: req.method ?? "",
        url: req.url ?? "",
        headers: req.headers,
        body: Buffer.concat(chunks).toString("utf8"),
      }
      received.push(request)
      handler(request, res, received.length - 1)
    })
  })
  servers.push(server)
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve))
  const { port } = server.address() as AddressInfo
  return { url: `http://127.0.0.1:${port}/hooks/orders`, received, server }
}

const stop = (server: Server) =>
  new Promise<void>((resolve) => {
    server.closeAllConnections()
    server.close(() => resolve())
  })

afterEach(async () => {
  await Promise.all(servers.splice(0).map(stop))
})

const reply =
  (status: number, body = "", headers: Record<string, string> = {}): Handler =>
  (_request, res) => {
    res.writeHead(status, headers)
    res.end(body)
  }

/** The rejection of a promise, which must reject with a CrmDeliveryError. */
async function failure(promise: Promise<unknown>): Promise<CrmDeliveryError> {
  try {
    await promise
  } catch (error) {
    expect(error).toBeInstanceOf(CrmDeliveryError)
    return error as CrmDeliveryError
  }
  throw new Error("expected the delivery to fail, it succeeded")
}

describe("WebhookCrmConnector", () => {
  it("POSTs the payload signed, with the idempotency key, and reads the CRM's id", async () => {
    const { url, received } = await startServer((request, res) => {
      // The receiver's side, as the README shows it.
      const valid = verifyCrmSignature(
        request.body,
        String(request.headers["x-mall-signature"] ?? ""),
        SECRET
      )
      res.writeHead(valid ? 201 : 401, { "content-type": "application/json" })
      res.end(
        JSON.stringify(valid ? { id: "SO-1001" } : { error: "bad signature" })
      )
    })
    const connector = new WebhookCrmConnector({
      url,
      secret: SECRET,
      headers: { "X-Tenant": "acme" },
    })

    const before = Math.floor(Date.now() / 1000)
    const result = await connector.deliver(payload())

    expect(connector.id).toBe("webhook")
    expect(result).toEqual({
      external_id: "SO-1001",
      detail: "HTTP 201, CRM id SO-1001",
    })
    expect(received).toHaveLength(1)
    const [request] = received
    expect(request.method).toBe("POST")
    expect(request.url).toBe("/hooks/orders")
    expect(JSON.parse(request.body)).toEqual(payload())
    expect(request.headers["idempotency-key"]).toBe("order_01:approved")
    expect(request.headers["content-type"]).toBe("application/json")
    expect(request.headers["user-agent"]).toBe("medusa-plugin-enterprise-mall")
    expect(request.headers["x-tenant"]).toBe("acme")
    const signature = String(request.headers["x-mall-signature"])
    expect(signature).toMatch(/^t=\d+,v1=[0-9a-f]{64}$/)
    const t = Number(/t=(\d+)/.exec(signature)![1])
    expect(t).toBeGreaterThanOrEqual(before)
    expect(t).toBeLessThanOrEqual(Math.floor(Date.now() / 1000))
  })

  it("prefers external_id, and accepts a numeric id", async () => {
    const { url } = await startServer(
      reply(200, JSON.stringify({ id: "ignored", external_id: 42 }))
    )
    const result = await new WebhookCrmConnector({
      url,
      secret: SECRET,
    }).deliver(payload())
    expect(result).toEqual({ external_id: "42", detail: "HTTP 200, CRM id 42" })
  })

  it.each([
    ["a non-JSON body", 200, "OK"],
    ["an empty body", 204, ""],
    ["JSON without an id", 200, JSON.stringify({ received: true })],
  ])("succeeds on %s, with no CRM id", async (_case, status, body) => {
    const { url } = await startServer(reply(status, body))
    const result = await new WebhookCrmConnector({
      url,
      secret: SECRET,
    }).deliver(payload())
    expect(result).toEqual({ external_id: null, detail: `HTTP ${status}` })
  })

  it("fails a 503 as retryable, then succeeds on the next attempt with the same key", async () => {
    const { url, received } = await startServer((_request, res, index) => {
      if (index === 0) {
        res.writeHead(503)
        res.end("  CRM under\nmaintenance  ")
      } else {
        res.writeHead(200)
        res.end(JSON.stringify({ id: "SO-7" }))
      }
    })
    const connector = new WebhookCrmConnector({ url, secret: SECRET })

    const error = await failure(connector.deliver(payload()))
    expect(error.retryable).toBe(true)
    expect(error.status).toBe(503)
    expect(error.message).toBe(
      `CRM webhook ${url} answered HTTP 503: CRM under maintenance`
    )

    await expect(connector.deliver(payload())).resolves.toEqual({
      external_id: "SO-7",
      detail: "HTTP 200, CRM id SO-7",
    })
    expect(received.map((r) => r.headers["idempotency-key"])).toEqual([
      "order_01:approved",
      "order_01:approved",
    ])
  })

  it.each([408, 425, 429, 500, 502, 504])("retries HTTP %i", async (status) => {
    const { url } = await startServer(reply(status, "later"))
    const error = await failure(
      new WebhookCrmConnector({ url, secret: SECRET }).deliver(payload())
    )
    expect(error).toMatchObject({ retryable: true, status })
  })

  it("passes on the CRM's Retry-After", async () => {
    const { url } = await startServer(
      reply(429, "slow down", { "retry-after": "120" })
    )
    const error = await failure(
      new WebhookCrmConnector({ url, secret: SECRET }).deliver(payload())
    )
    expect(error.retry_after_ms).toBe(120_000)
  })

  it("does not retry a 400, and quotes the first 200 characters of the answer", async () => {
    const body = `{"error":"missing field order.email"}${"x".repeat(400)}`
    const { url } = await startServer(reply(400, body))
    const error = await failure(
      new WebhookCrmConnector({ url, secret: SECRET }).deliver(payload())
    )
    expect(error.retryable).toBe(false)
    expect(error.status).toBe(400)
    expect(error.message).toBe(
      `CRM webhook ${url} answered HTTP 400: ${body.slice(0, 200)}…`
    )
  })

  it.each([
    [401, "secret"],
    [403, "secret"],
    [404, "url"],
  ])("does not retry a %i, and says what to check", async (status, hint) => {
    const { url } = await startServer(reply(status, "no"))
    const error = await failure(
      new WebhookCrmConnector({ url, secret: SECRET }).deliver(payload())
    )
    expect(error.retryable).toBe(false)
    expect(error.message).toContain(`answered HTTP ${status}: no (`)
    expect(error.message).toContain(`\`${hint}\` option`)
  })

  it("does not follow a redirect with the signed order", async () => {
    const target = await startServer(reply(200, "{}"))
    const { url } = await startServer(reply(302, "", { location: target.url }))
    const error = await failure(
      new WebhookCrmConnector({ url, secret: SECRET }).deliver(payload())
    )
    expect(error.retryable).toBe(false)
    expect(error.message).toContain(`HTTP 302, a redirect to ${target.url}`)
    expect(target.received).toHaveLength(0)
  })

  it("gives up on a CRM that never answers after timeout_ms, as retryable", async () => {
    const { url, received } = await startServer(() => {
      // Never answer.
    })
    const started = Date.now()
    const error = await failure(
      new WebhookCrmConnector({ url, secret: SECRET, timeout_ms: 200 }).deliver(
        payload()
      )
    )
    expect(Date.now() - started).toBeLessThan(3_000)
    expect(error.retryable).toBe(true)
    expect(error.status).toBeUndefined()
    expect(error.message).toBe(
      `CRM webhook ${url} did not answer within 200 ms`
    )
    expect(received).toHaveLength(1)
  })

  it("fails an unreachable CRM as retryable, naming the cause", async () => {
    const { url, server } = await startServer(reply(200))
    await stop(server)
    const error = await failure(
      new WebhookCrmConnector({ url, secret: SECRET }).deliver(payload())
    )
    expect(error.retryable).toBe(true)
    expect(error.message).toMatch(
      new RegExp(`^CRM webhook ${url} could not be reached \\(.*ECONNREFUSED`)
    )
  })

  it("keeps a query string's token out of error messages", async () => {
    const { url } = await startServer(reply(500, "boom"))
    const error = await failure(
      new WebhookCrmConnector({
        url: `${url}?token=s3cr3t`,
        secret: SECRET,
      }).deliver(payload())
    )
    expect(error.message).toBe(`CRM webhook ${url}?… answered HTTP 500: boom`)
    expect(error.message).not.toContain("s3cr3t")
  })

  it.each([[""], ["订单 1"]])(
    "refuses the idempotency key %p without calling the CRM or retrying",
    async (key) => {
      const { url, received } = await startServer(reply(200))
      const error = await failure(
        new WebhookCrmConnector({ url, secret: SECRET }).deliver(payload(key))
      )
      expect(error.retryable).toBe(false)
      expect(error.message).toContain("Idempotency-Key header")
      expect(received).toHaveLength(0)
    }
  )

  it("refuses bad options when constructed by hand", () => {
    expect(
      () =>
        new WebhookCrmConnector({ url: "ftp://crm.example", secret: SECRET })
    ).toThrow(/option "url" must be an http\(s\) URL/)
  })
})

describe("verifyCrmSignature", () => {
  const body = JSON.stringify(payload())
  const signedAt = new Date("2026-01-05T08:00:00Z")
  const header = signCrmPayload(body, SECRET, signedAt)

  it("accepts the body as signed, within the tolerance", () => {
    expect(header).toMatch(/^t=1767600000,v1=[0-9a-f]{64}$/)
    expect(verifyCrmSignature(body, header, SECRET, { now: signedAt })).toBe(
      true
    )
    const later = new Date(signedAt.getTime() + 300_000)
    expect(verifyCrmSignature(body, header, SECRET, { now: later })).toBe(true)
  })

  it("rejects a tampered body, a wrong secret and a forged signature", async () => {
    const { url, received } = await startServer(reply(200))
    await new WebhookCrmConnector({ url, secret: SECRET }).deliver(payload())
    const [{ body: raw, headers }] = received
    const sent = String(headers["x-mall-signature"])

    expect(verifyCrmSignature(raw, sent, SECRET)).toBe(true)
    const tampered = raw.replace('"total":199.5', '"total":1.5')
    expect(tampered).not.toBe(raw)
    expect(verifyCrmSignature(tampered, sent, SECRET)).toBe(false)
    expect(verifyCrmSignature(`${raw} `, sent, SECRET)).toBe(false)
    // Re-encoded JSON is not the body that was signed.
    expect(
      verifyCrmSignature(JSON.stringify(JSON.parse(raw), null, 2), sent, SECRET)
    ).toBe(false)
    expect(verifyCrmSignature(raw, sent, `${SECRET}x`)).toBe(false)
    const forged = `${sent.slice(0, -1)}${sent.endsWith("0") ? "1" : "0"}`
    expect(verifyCrmSignature(raw, forged, SECRET)).toBe(false)
  })

  it("rejects an old or a future timestamp outside the tolerance", () => {
    const late = new Date(signedAt.getTime() + 301_000)
    expect(verifyCrmSignature(body, header, SECRET, { now: late })).toBe(false)
    expect(
      verifyCrmSignature(body, header, SECRET, {
        now: late,
        tolerance_seconds: 600,
      })
    ).toBe(true)
    const early = new Date(signedAt.getTime() - 301_000)
    expect(verifyCrmSignature(body, header, SECRET, { now: early })).toBe(false)
    const years = new Date(signedAt.getTime() + 3 * 365 * 86_400_000)
    expect(
      verifyCrmSignature(body, header, SECRET, {
        now: years,
        tolerance_seconds: Infinity,
      })
    ).toBe(true)
  })

  it("rejects a replayed timestamp: the time is part of what is signed", () => {
    const v1 = header.split("v1=")[1]
    const moved = `t=${1767600000 + 1000},v1=${v1}`
    const now = new Date((1767600000 + 1000) * 1000)
    expect(verifyCrmSignature(body, moved, SECRET, { now })).toBe(false)
  })

  it("accepts a header with several v1 entries when one matches (secret rotation)", () => {
    const other = signCrmPayload(body, "another-secret-0123456789", signedAt)
    const both = `${header},v1=${other.split("v1=")[1]}`
    expect(verifyCrmSignature(body, both, SECRET, { now: signedAt })).toBe(true)
    expect(
      verifyCrmSignature(body, both, "another-secret-0123456789", {
        now: signedAt,
      })
    ).toBe(true)
    expect(
      verifyCrmSignature(body, both, "third-secret-0123456789", {
        now: signedAt,
      })
    ).toBe(false)
  })

  it.each([
    ["an empty header", ""],
    ["no timestamp", `v1=${"a".repeat(64)}`],
    ["no signature", "t=1767600000"],
    ["a short signature", "t=1767600000,v1=abcd"],
    ["garbage", "sha256=deadbeef"],
  ])("returns false, without throwing, for %s", (_case, bad) => {
    expect(verifyCrmSignature(body, bad, SECRET, { now: signedAt })).toBe(false)
  })

  it("returns false for an empty secret", () => {
    const unsigned = signCrmPayload(body, "", signedAt)
    expect(verifyCrmSignature(body, unsigned, "", { now: signedAt })).toBe(
      false
    )
  })
})
