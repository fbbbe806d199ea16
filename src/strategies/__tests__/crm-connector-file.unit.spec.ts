import {
  mkdtemp,
  readdir,
  readFile,
  rm,
  stat,
  writeFile,
} from "node:fs/promises"
import { tmpdir } from "node:os"
import path from "node:path"
import type { CrmOrderPayload } from "../../types/crm"
import {
  crmFileName,
  CrmDeliveryError,
  FileCrmConnector,
} from "../crm-connector"

const payload = (
  key = "order_01_approved",
  total = 199.5
): CrmOrderPayload => ({
  idempotency_key: key,
  event: "order.approved",
  order: { id: "order_01", total, currency_code: "cny" },
  contact: null,
  review: { decision: "approve" },
  sent_at: "2026-01-05T08:00:00.000Z",
})

let root: string

beforeEach(async () => {
  root = await mkdtemp(path.join(tmpdir(), "mall-crm-file-"))
})

afterEach(async () => {
  await rm(root, { recursive: true, force: true })
})

describe("FileCrmConnector", () => {
  it("creates the directory and writes the payload as <key>.json", async () => {
    const directory = path.join(root, "spool", "crm")
    const connector = new FileCrmConnector({ directory })

    const result = await connector.deliver(payload())

    const file = path.join(directory, "order_01_approved.json")
    expect(connector.id).toBe("file")
    expect(result).toEqual({
      external_id: null,
      detail: `wrote ${file}`,
      path: file,
      written: true,
    })
    expect(JSON.parse(await readFile(file, "utf8"))).toEqual(payload())
    expect(await readdir(directory)).toEqual(["order_01_approved.json"])
  })

  it("writes an order once: a second delivery leaves the file as it was", async () => {
    const connector = new FileCrmConnector({ directory: root })
    const first = await connector.deliver(payload("order_02", 100))
    const before = await stat(first.path)
    const content = await readFile(first.path, "utf8")
    await new Promise((resolve) => setTimeout(resolve, 20))

    const second = await connector.deliver(payload("order_02", 999))

    expect(second).toEqual({
      external_id: null,
      detail: `already written: ${first.path} exists, not written again`,
      path: first.path,
      written: false,
    })
    expect(await readFile(first.path, "utf8")).toBe(content)
    expect((await stat(first.path)).mtimeMs).toBe(before.mtimeMs)
    expect(JSON.parse(content).order.total).toBe(100)
  })

  it("leaves no temporary file behind, and only one file for concurrent deliveries", async () => {
    const connector = new FileCrmConnector({ directory: root })
    const results = await Promise.all(
      [1, 2, 3, 4, 5, 6].map((total) =>
        connector.deliver(payload("order_03", total))
      )
    )

    expect(results.filter((r) => r.written)).toHaveLength(1)
    expect(await readdir(root)).toEqual(["order_03.json"])
    const written = JSON.parse(await readFile(results[0].path, "utf8"))
    const winner = results.findIndex((r) => r.written) + 1
    expect(written.order.total).toBe(winner)
  })

  it("replaces unsafe characters in the key and stays inside the directory", async () => {
    const directory = path.join(root, "out")
    const connector = new FileCrmConnector({ directory })

    const result = await connector.deliver(payload("../../etc/pass wd:订单"))

    expect(path.dirname(result.path)).toBe(directory)
    const name = path.basename(result.path)
    expect(name).toMatch(/^[A-Za-z0-9_-][A-Za-z0-9._-]*\.json$/)
    expect(name).toMatch(/^___\.\._etc_pass_wd___-[0-9a-f]{12}\.json$/)
    expect(await readdir(root)).toEqual(["out"])
  })

  it("gives keys that differ only in replaced characters different files", async () => {
    const connector = new FileCrmConnector({ directory: root })
    const a = await connector.deliver(payload("order/04"))
    const b = await connector.deliver(payload("order:04"))
    expect(a.written && b.written).toBe(true)
    expect(a.path).not.toBe(b.path)
    expect(crmFileName("order_04")).toBe("order_04.json")
    expect(crmFileName("order/04")).not.toBe("order_04.json")
  })

  it("keeps names of long keys short and distinct", () => {
    const long = "k".repeat(500)
    expect(crmFileName(long).length).toBeLessThanOrEqual(125)
    expect(crmFileName(long)).not.toBe(crmFileName(`${long}x`))
  })

  it("refuses a payload without a key, without retrying", async () => {
    const error = await new FileCrmConnector({ directory: root })
      .deliver(payload(""))
      .catch((e: unknown) => e)
    expect(error).toBeInstanceOf(CrmDeliveryError)
    expect(error).toMatchObject({ retryable: false })
    expect(await readdir(root)).toEqual([])
  })

  it("fails as retryable, naming the path, when the directory cannot be written", async () => {
    const blocker = path.join(root, "not-a-directory")
    await writeFile(blocker, "")
    const directory = path.join(blocker, "crm")

    const error = (await new FileCrmConnector({ directory })
      .deliver(payload())
      .catch((e: unknown) => e)) as CrmDeliveryError

    expect(error).toBeInstanceOf(CrmDeliveryError)
    expect(error.retryable).toBe(true)
    expect(error.message).toContain(
      `CRM file connector could not write ${path.join(directory, "order_01_approved.json")} (`
    )
    expect(error.message).toContain(
      `check that the server may write to ${directory}`
    )
  })

  it("resolves a relative directory from the working directory", () => {
    jest.spyOn(process, "cwd").mockReturnValue(root)
    try {
      const connector = new FileCrmConnector({ directory: "spool" })
      expect((connector as unknown as { directory_: string }).directory_).toBe(
        path.join(root, "spool")
      )
    } finally {
      jest.restoreAllMocks()
    }
  })
})
