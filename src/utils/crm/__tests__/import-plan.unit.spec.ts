import { DefaultCrmMatcher } from "../../../strategies/crm-matcher"
import type { ContactRecord } from "../../../types/crm"
import {
  planContactImport,
  type ExistingContact,
  type ImportLine,
} from "../import-plan"

const matcher = new DefaultCrmMatcher({ default_country: "CN" })
const thresholds = { auto_link: 0.9, review: 0.6 }

const person = (
  name: string,
  fields: Partial<ContactRecord> = {}
): ContactRecord => ({
  kind: "person",
  full_name: name,
  phones: [],
  emails: [],
  addresses: [],
  ...fields,
})

let n = 0
const line = (
  record: ContactRecord,
  external_id: string | null = null
): ImportLine => {
  const normalized = matcher.normalize(record)
  return {
    line: ++n,
    record,
    external_id,
    normalized,
    keys: matcher.blockingKeys(normalized),
  }
}

const existing = (
  id: string,
  record: ContactRecord,
  external_id: string | null = null
): ExistingContact => ({
  id,
  external_id,
  phones: record.phones,
  emails: record.emails,
  addresses: record.addresses,
  normalized: matcher.normalize(record),
})

describe("planContactImport", () => {
  beforeEach(() => {
    n = 0
  })

  it("folds a later line of the same person into the first, across formats", () => {
    const plan = planContactImport({
      lines: [
        line(person("张三", { phones: ["+86 138 0013 8000"] })),
        line(
          person("Zhang San", {
            phones: ["0086 13800138000"],
            emails: ["zhang.san+shop@gmail.com"],
          })
        ),
      ],
      existing: [],
      matcher,
      thresholds,
    })
    expect(plan.contacts).toHaveLength(1)
    expect(plan.lines[1]).toMatchObject({
      status: "duplicate",
      duplicate_of_line: 1,
    })
    // The folded line's email joins the contact created by line 1.
    expect(plan.contacts[0].record.emails).toEqual(["zhang.san+shop@gmail.com"])
  })

  it("matches an existing contact and adds only what is new to it", () => {
    const li = existing(
      "ccon_li",
      person("李娜", {
        phones: ["13900139000"],
        emails: ["lina@example.com"],
      })
    )
    const plan = planContactImport({
      lines: [
        line(
          person("李娜", {
            phones: ["139-0013-9000", "020 8888 6666"],
            emails: ["LiNa@Example.com"],
          })
        ),
      ],
      existing: [li],
      matcher,
      thresholds,
    })
    expect(plan.lines[0]).toMatchObject({
      status: "matched",
      contact_id: "ccon_li",
      by: "score",
    })
    expect(plan.contacts).toHaveLength(0)
    expect(plan.additions).toEqual([
      expect.objectContaining({ contact_id: "ccon_li" }),
    ])
  })

  it("settles a re-import by external id, whatever the fields say", () => {
    const known = existing(
      "ccon_1",
      person("王伟", { phones: ["13700137000"] }),
      "ERP-1"
    )
    const plan = planContactImport({
      lines: [
        line(person("王伟伟", { phones: ["13600136000"] }), "ERP-1"),
        line(person("赵六", { phones: ["13500135000"] }), "ERP-2"),
        line(person("赵六", { emails: ["zl@example.com"] }), "ERP-2"),
      ],
      existing: [known],
      matcher,
      thresholds,
    })
    expect(plan.lines.map((l) => l.status)).toEqual([
      "matched",
      "created",
      "duplicate",
    ])
    expect(plan.lines[0]).toMatchObject({ by: "external_id" })
  })

  it("asks a person about a relative sharing a phone, and creates the contact", () => {
    const father = existing(
      "ccon_father",
      person("陈国强", { phones: ["13800138001"] })
    )
    const plan = planContactImport({
      lines: [line(person("陈小明", { phones: ["138 0013 8001"] }))],
      existing: [father],
      matcher,
      thresholds,
    })
    expect(plan.lines[0]).toMatchObject({ status: "review", candidates: 1 })
    expect(plan.contacts).toHaveLength(1)
    expect(plan.candidates).toEqual([
      expect.objectContaining({
        subject: 0,
        contact: { id: "ccon_father" },
      }),
    ])
    expect(plan.candidates[0].score).toBeGreaterThanOrEqual(0.6)
    expect(plan.candidates[0].score).toBeLessThan(0.9)
  })

  it("creates strangers with the same common name as two contacts", () => {
    const plan = planContactImport({
      lines: [
        line(
          person("王伟", {
            phones: ["13100131000"],
            addresses: [{ city: "Beijing", postal_code: "100000" }],
          })
        ),
        line(
          person("王伟", {
            phones: ["13200132000"],
            addresses: [{ city: "Guangzhou", postal_code: "510000" }],
          })
        ),
      ],
      existing: [],
      matcher,
      thresholds,
    })
    expect(plan.lines.map((l) => l.status)).toEqual(["created", "created"])
    expect(plan.contacts).toHaveLength(2)
  })

  it("never creates a line with nothing but a name and an address twice", () => {
    const nameOnly = person("王伟", {
      addresses: [{ address_1: "解放路60号", city: "呼和浩特" }],
    })
    const first = planContactImport({
      lines: [line(nameOnly), line({ ...nameOnly, full_name: "王 伟" })],
      existing: [],
      matcher,
      thresholds,
    })
    expect(first.lines).toEqual([
      { line: 1, status: "created", planned: 0 },
      {
        line: 2,
        status: "duplicate",
        duplicate_of_line: 1,
        planned: 0,
        score: 1,
      },
    ])

    // The same file again: matched to the contact the first import made.
    const again = planContactImport({
      lines: [line(nameOnly)],
      existing: [existing("crmct_1", nameOnly)],
      matcher,
      thresholds,
    })
    expect(again.lines).toEqual([
      {
        line: 3,
        status: "matched",
        contact_id: "crmct_1",
        score: 1,
        by: "identical",
      },
    ])
    expect(again.contacts).toEqual([])

    // The same name at another address is another record.
    const other = planContactImport({
      lines: [line({ ...nameOnly, addresses: [{ city: "包头" }] })],
      existing: [existing("crmct_1", nameOnly)],
      matcher,
      thresholds,
    })
    expect(other.lines.map((l) => l.status)).toEqual(["created"])
  })
})
