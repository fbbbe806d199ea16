import { checkContactLine, parseContactCsv } from "../utils/contact-lines"

const options = { default_country: "CN" }

describe("parseContactCsv", () => {
  it("reads any column order, a BOM, semicolons and several phones per cell", () => {
    const rows = parseContactCsv(
      "\uFEFFName;Phones;Emails;Postal Code\n" +
        '张三;"+86 138 0013 8000| 020-8888 6666";zs@example.com;510000\n'
    )
    expect(rows).toEqual([
      {
        line: 2,
        name: "张三",
        phones: "+86 138 0013 8000| 020-8888 6666",
        emails: "zs@example.com",
        postal_code: "510000",
      },
    ])
    const checked = checkContactLine(rows[0], options)
    expect(checked).toMatchObject({
      ok: true,
      line: {
        record: {
          kind: "person",
          full_name: "张三",
          phones: ["+86 138 0013 8000", "020-8888 6666"],
          addresses: [expect.objectContaining({ postal_code: "510000" })],
        },
      },
    })
  })

  it("refuses a file it cannot use, saying why", () => {
    expect(() => parseContactCsv("")).toThrow("The CSV file is empty")
    expect(() => parseContactCsv("name,fax\nx,1\n")).toThrow(
      'unknown columns: "fax"'
    )
    expect(() => parseContactCsv("name,name\nx,y\n")).toThrow(
      'repeats the column "name"'
    )
    expect(() => parseContactCsv("name,phones\n")).toThrow("no rows")
  })
})

describe("checkContactLine", () => {
  it("reports every problem of a line at once", () => {
    const result = checkContactLine(
      {
        line: 7,
        kind: "robot",
        phones: "12345",
        emails: "not-an-email",
        country_code: "China",
      },
      options
    )
    expect(result.ok).toBe(false)
    const reason = (result as { reason: string }).reason
    expect(reason).toContain('kind must be person or company, not "robot"')
    expect(reason).toContain('phone "12345" is not a phone number')
    expect(reason).toContain('email "not-an-email" is not an email address')
    expect(reason).toContain('country_code "china" is not a 2-letter')
  })

  it("takes a company from its company name, and lists from JSON arrays", () => {
    const result = checkContactLine(
      {
        line: 1,
        company_name: "深圳市华为技术有限公司",
        tax_id: "91440300 1922 0446X",
        emails: ["ap@example.cn", "buyer@example.cn"],
      },
      options
    )
    expect(result).toMatchObject({
      ok: true,
      line: {
        record: {
          kind: "company",
          emails: ["ap@example.cn", "buyer@example.cn"],
        },
      },
    })
  })

  it("needs a name or a company", () => {
    expect(
      checkContactLine({ line: 3, phones: "13800138000" }, options)
    ).toMatchObject({
      ok: false,
      reason: expect.stringContaining("name is missing"),
    })
  })
})
