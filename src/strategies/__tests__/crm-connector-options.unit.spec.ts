import { mkdtemp, rm, writeFile } from "node:fs/promises"
import { tmpdir } from "node:os"
import path from "node:path"
import { MedusaError } from "@medusajs/framework/utils"
import type { CrmConnectorStrategy } from "../../types/crm"
import {
  crmConnectorOptionsSchema,
  parseCrmConnectorOptions,
} from "../../utils/crm-connector-options"
import {
  createCrmConnector,
  crmRetryDelayMs,
  FileCrmConnector,
  WebhookCrmConnector,
} from "../crm-connector"

const SECRET = "whsec_0123456789abcdef"
const webhook = {
  type: "webhook",
  url: "https://crm.example/hooks",
  secret: SECRET,
}

/** "path: message" of each problem, or [] when the options are valid. */
const problems = (input: unknown) => {
  const parsed = crmConnectorOptionsSchema.safeParse(input)
  return parsed.success
    ? []
    : parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`)
}

describe("crmConnectorOptionsSchema", () => {
  it("fills in the webhook timeout", () => {
    expect(crmConnectorOptionsSchema.parse(webhook)).toEqual({
      ...webhook,
      timeout_ms: 10_000,
    })
  })

  it("accepts a file connector and custom headers", () => {
    expect(problems({ type: "file", directory: "/var/spool/crm" })).toEqual([])
    expect(
      problems({ ...webhook, timeout_ms: 500, headers: { "X-Tenant": "acme" } })
    ).toEqual([])
  })

  it("names a missing url or secret, and says what it is", () => {
    expect(problems({ type: "webhook" })).toEqual([
      'url: is required: the address the CRM receives orders at, e.g. "https://crm.example.com/hooks/mall-orders"',
      "secret: is required: the shared secret deliveries are signed with, e.g. process.env.CRM_WEBHOOK_SECRET",
    ])
  })

  it.each([
    ["ftp://crm.example/x"],
    ["crm.example/hooks"],
    ["javascript:alert(1)"],
  ])("refuses the url %s: it must be http(s)", (url) => {
    expect(problems({ ...webhook, url })).toEqual([
      `url: must be an http(s) URL such as "https://crm.example.com/hooks/mall-orders"; got "${url}"`,
    ])
  })

  it("refuses a short secret and says how to make one", () => {
    expect(problems({ ...webhook, secret: "short" })).toEqual([
      "secret: must be at least 16 characters; generate one with `openssl rand -hex 32`",
    ])
  })

  it("bounds the timeout", () => {
    expect(problems({ ...webhook, timeout_ms: 50 })).toEqual([
      "timeout_ms: must be at least 100 ms",
    ])
    expect(problems({ ...webhook, timeout_ms: 1.5 })).toEqual([
      "timeout_ms: must be a whole number of milliseconds",
    ])
    expect(problems({ ...webhook, timeout_ms: "10s" })).toEqual([
      "timeout_ms: must be a number of milliseconds",
    ])
  })

  it("refuses headers the connector sets itself, and broken ones", () => {
    expect(
      problems({
        ...webhook,
        headers: {
          "x-mall-signature": "forged",
          "Idempotency-Key": "x",
          "bad header": "v",
          "X-Ok": "line\r\nInjected: yes",
        },
      })
    ).toEqual([
      "headers.X-Ok: must not contain line breaks",
      'headers.x-mall-signature: "x-mall-signature" is set by the connector itself and cannot be overridden',
      'headers.Idempotency-Key: "Idempotency-Key" is set by the connector itself and cannot be overridden',
      'headers.bad header: "bad header" is not a valid HTTP header name',
    ])
  })

  it("names unknown options and lists the allowed ones", () => {
    expect(problems({ ...webhook, secert: "x" })).toEqual([
      ': has unknown option "secert"; a webhook connector takes type, url, secret, timeout_ms, headers',
    ])
    expect(problems({ type: "file", directory: "/x", dir: "/y" })).toEqual([
      ': has unknown option "dir"; a file connector takes type, directory',
    ])
  })

  it("names an unknown type and points to resolve", () => {
    expect(problems({ type: "email", to: "crm@example.com" })).toEqual([
      'type: "email" is not a connector type; types are "webhook" and "file" (for your own connector, use { resolve: "<module path>" } instead of type)',
    ])
  })

  it("asks a file connector for its directory", () => {
    expect(problems({ type: "file" })).toEqual([
      'directory: is required: the folder order files are written to (relative paths start from the server\'s working directory), e.g. "/var/spool/crm-orders"',
    ])
    expect(problems({ type: "file", directory: "  " })).toEqual([
      'directory: must not be empty, e.g. "/var/spool/crm-orders"',
    ])
  })

  it("checks a resolve option", () => {
    expect(problems({ resolve: "./src/crm/erp", options: { a: 1 } })).toEqual(
      []
    )
    expect(problems({ resolve: "" })[0]).toMatch(
      /^resolve: must be a module path/
    )
    expect(problems({ resolve: "./x", options: "a" })).toEqual([
      "options: must be an object passed to the connector's constructor",
    ])
  })

  it("passes a connector instance through as it is, if it has an id", () => {
    const instance: CrmConnectorStrategy = {
      id: "erp",
      deliver: async () => ({ detail: "ok" }),
    }
    expect(crmConnectorOptionsSchema.parse(instance)).toBe(instance)
    expect(problems({ deliver: async () => ({ detail: "ok" }) })[0]).toMatch(
      /^id: must be a non-empty string naming the connector/
    )
  })

  it.each([[null], ["webhook"], [[]], [{ url: "https://crm.example" }]])(
    "explains the shapes when given %p",
    (input) => {
      expect(problems(input)).toEqual([
        ': must be { type: "webhook", url, secret }, { type: "file", directory }, { resolve: "<module path>", options? } or an object with a deliver(payload) method',
      ])
    }
  )

  it("throws a MedusaError naming every bad option from parseCrmConnectorOptions", () => {
    let error: unknown
    try {
      parseCrmConnectorOptions({ type: "webhook", url: "nope" })
    } catch (e) {
      error = e
    }
    expect(error).toBeInstanceOf(MedusaError)
    expect((error as MedusaError).type).toBe(MedusaError.Types.INVALID_ARGUMENT)
    expect((error as Error).message).toBe(
      'invalid CRM connector options: option "url" must be an http(s) URL such as "https://crm.example.com/hooks/mall-orders"; got "nope"; option "secret" is required: the shared secret deliveries are signed with, e.g. process.env.CRM_WEBHOOK_SECRET'
    )
  })
})

describe("createCrmConnector", () => {
  let root: string

  beforeEach(async () => {
    root = await mkdtemp(path.join(tmpdir(), "mall-crm-connector-"))
  })

  afterEach(async () => {
    jest.restoreAllMocks()
    await rm(root, { recursive: true, force: true })
  })

  it("builds the built-in connectors", () => {
    const hook = createCrmConnector({
      type: "webhook",
      url: "https://crm.example/x",
      secret: SECRET,
    })
    expect(hook).toBeInstanceOf(WebhookCrmConnector)
    expect(hook.id).toBe("webhook")
    const file = createCrmConnector({ type: "file", directory: root })
    expect(file).toBeInstanceOf(FileCrmConnector)
    expect(file.id).toBe("file")
  })

  it("uses a connector instance as it is", () => {
    const instance = { id: "erp", deliver: async () => ({ detail: "ok" }) }
    expect(createCrmConnector(instance)).toBe(instance)
  })

  it("refuses bad options with a MedusaError", () => {
    expect(() =>
      createCrmConnector({
        type: "webhook",
        url: "https://crm.example/x",
      } as never)
    ).toThrow(/^invalid CRM connector options: option "secret" is required/)
  })

  const moduleSource = (body: string) => `"use strict"\n${body}\n`

  it("loads a default-exported class from a path relative to the project root, with its options", async () => {
    await writeFile(
      path.join(root, "erp-connector.js"),
      moduleSource(`
        class ErpConnector {
          constructor(options) { this.id = "erp"; this.options = options }
          async deliver(payload) { return { external_id: this.options.prefix + payload.idempotency_key, detail: "erp" } }
        }
        exports.default = ErpConnector
      `)
    )
    jest.spyOn(process, "cwd").mockReturnValue(root)

    const connector = createCrmConnector({
      resolve: "./erp-connector",
      options: { prefix: "ERP-" },
    })

    expect(connector.id).toBe("erp")
    await expect(
      connector.deliver({ idempotency_key: "k1" } as never)
    ).resolves.toEqual({ external_id: "ERP-k1", detail: "erp" })
  })

  it("loads module.exports = class, and a module's only named connector", async () => {
    const plain = path.join(root, "plain.js")
    await writeFile(
      plain,
      moduleSource(
        `module.exports = class { constructor() { this.id = "plain" } deliver() {} }`
      )
    )
    const named = path.join(root, "named.js")
    await writeFile(
      named,
      moduleSource(`
        exports.VERSION = "1"
        exports.NamedConnector = class { constructor() { this.id = "named" } deliver() {} }
      `)
    )
    expect(createCrmConnector({ resolve: plain }).id).toBe("plain")
    expect(createCrmConnector({ resolve: named }).id).toBe("named")
  })

  it("says what is wrong with a module it cannot use", async () => {
    const none = path.join(root, "none.js")
    await writeFile(none, moduleSource(`exports.helper = () => 1`))
    expect(() => createCrmConnector({ resolve: none })).toThrow(
      `CRM connector: "${none}" (${none}) exports no class or object with a deliver(payload) method; export default a class that implements CrmConnectorStrategy`
    )

    const two = path.join(root, "two.js")
    await writeFile(
      two,
      moduleSource(`
        exports.A = class { deliver() {} }
        exports.B = class { deliver() {} }
      `)
    )
    expect(() => createCrmConnector({ resolve: two })).toThrow(
      "exports several connectors (A, B); make the one to use its default export"
    )

    const anonymous = path.join(root, "anonymous.js")
    await writeFile(
      anonymous,
      moduleSource(`exports.default = class { deliver() {} }`)
    )
    expect(() => createCrmConnector({ resolve: anonymous })).toThrow(
      /has no id/
    )

    const throwing = path.join(root, "throwing.js")
    await writeFile(
      throwing,
      moduleSource(
        `exports.default = class { constructor() { throw new Error("ERP_URL is not set") } deliver() {} }`
      )
    )
    expect(() => createCrmConnector({ resolve: throwing })).toThrow(
      `CRM connector: constructing the class exported by "${throwing}" failed: ERP_URL is not set`
    )

    jest.spyOn(process, "cwd").mockReturnValue(root)
    expect(() => createCrmConnector({ resolve: "./missing" })).toThrow(
      new RegExp(
        `^CRM connector: could not load "./missing" \\(looked from ${root}\\): `
      )
    )
  })
})

describe("crmRetryDelayMs", () => {
  it("starts at 30 s and doubles", () => {
    expect([1, 2, 3, 4, 5].map((a) => crmRetryDelayMs(a))).toEqual([
      30_000, 60_000, 120_000, 240_000, 480_000,
    ])
  })

  it("caps at 6 hours, however many attempts", () => {
    expect(crmRetryDelayMs(10)).toBe(15_360_000)
    expect(crmRetryDelayMs(11)).toBe(6 * 3_600_000)
    expect(crmRetryDelayMs(5_000)).toBe(6 * 3_600_000)
  })

  it("takes its own base and cap", () => {
    expect(
      [1, 2, 3, 4].map((a) =>
        crmRetryDelayMs(a, { base_ms: 1_000, max_ms: 5_000 })
      )
    ).toEqual([1_000, 2_000, 4_000, 5_000])
  })

  it("shortens a delay by up to 10% from a seed, the same each time", () => {
    const a = crmRetryDelayMs(3, { jitter_seed: "sync_01" })
    const b = crmRetryDelayMs(3, { jitter_seed: "sync_02" })
    expect(crmRetryDelayMs(3, { jitter_seed: "sync_01" })).toBe(a)
    expect(a).not.toBe(b)
    for (const delay of [a, b]) {
      expect(delay).toBeGreaterThanOrEqual(108_000)
      expect(delay).toBeLessThanOrEqual(120_000)
    }
    expect(crmRetryDelayMs(50, { jitter_seed: "sync_01" })).toBeLessThanOrEqual(
      6 * 3_600_000
    )
  })

  it.each([[0], [-1], [1.5], [Number.NaN]])("refuses attempt %p", (attempt) => {
    expect(() => crmRetryDelayMs(attempt)).toThrow(
      /attempt must be a whole number from 1/
    )
  })

  it("refuses a cap below the base", () => {
    expect(() =>
      crmRetryDelayMs(1, { base_ms: 10_000, max_ms: 1_000 })
    ).toThrow(
      "base_ms must be above 0 and max_ms at least base_ms; got base_ms 10000, max_ms 1000"
    )
  })
})
