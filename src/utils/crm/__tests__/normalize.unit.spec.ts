import type { ContactRecord } from "../../../types/crm"
import {
  foldText,
  normalizeAddress,
  normalizeCompanyName,
  normalizeContact,
  normalizeEmail,
  normalizeName,
  normalizePhone,
  normalizePhones,
  normalizeTaxId,
  postalPrefixes,
} from "../normalize"

const person = (overrides: Partial<ContactRecord> = {}): ContactRecord => ({
  kind: "person",
  phones: [],
  emails: [],
  addresses: [],
  ...overrides,
})

describe("normalizePhone", () => {
  it.each([
    ["+86 138 0013 8000"],
    ["0086 13800138000"],
    ["138-0013-8000"],
    ["138 0013 8000"],
    ["１３８００１３８０００"],
    ["(+86) 13800138000"],
    ["+86-13800138000"],
    ["86 13800138000"],
    ["8613800138000"],
    ["13800138000 转 8"],
    ["13800138000 ext. 12"],
  ])("reads %s as +8613800138000", (raw) => {
    expect(normalizePhone(raw, "CN")).toBe("+8613800138000")
  })

  it("reads landlines with area codes and drops switchboard extensions", () => {
    expect(normalizePhone("0755-8888 6666", "CN")).toBe("+8675588886666")
    expect(normalizePhone("(0755) 88886666", "CN")).toBe("+8675588886666")
    expect(normalizePhone("0755-8888 6666-801", "CN")).toBe("+8675588886666")
    expect(normalizePhone("010-6234 5678 转 123", "CN")).toBe("+861062345678")
  })

  it("keeps a foreign number's own country and uses the default for local ones", () => {
    expect(normalizePhone("+1 415 555 2671", "CN")).toBe("+14155552671")
    expect(normalizePhone("(415) 555-2671", "us")).toBe("+14155552671")
    expect(normalizePhone("030 901820", "DE")).toBe("+4930901820")
  })

  it("drops what is not a valid number", () => {
    expect(normalizePhone("12345", "CN")).toBeNull()
    expect(normalizePhone("138 0013 800", "CN")).toBeNull()
    expect(normalizePhone("n/a", "CN")).toBeNull()
    expect(normalizePhone("", "CN")).toBeNull()
  })

  it("splits cells holding several phones and removes duplicates", () => {
    expect(
      normalizePhones(
        ["13800138000 / 139-0013-9000", "+86 138 0013 8000", "none"],
        "CN"
      )
    ).toEqual(["+8613800138000", "+8613900139000"])
  })
})

describe("normalizeEmail", () => {
  it("lower-cases, trims and removes the plus tag", () => {
    expect(normalizeEmail("  Wang.Wei+Shop@163.COM ")).toBe("wang.wei@163.com")
  })

  it("removes gmail dots and writes googlemail as gmail", () => {
    expect(normalizeEmail("Zhang.San+mall@googlemail.com")).toBe(
      "zhangsan@gmail.com"
    )
    expect(normalizeEmail("z.h.a.n.g.san@gmail.com")).toBe("zhangsan@gmail.com")
  })

  it("keeps dots for providers that do not ignore them", () => {
    expect(normalizeEmail("zhang.san@qq.com")).toBe("zhang.san@qq.com")
  })

  it("folds full-width characters", () => {
    expect(normalizeEmail("ｗａｎｇ＠ｑｑ．ｃｏｍ")).toBe("wang@qq.com")
  })

  it("rejects what is not an address", () => {
    expect(normalizeEmail("not-an-email")).toBeNull()
    expect(normalizeEmail("@qq.com")).toBeNull()
    expect(normalizeEmail("wang@localhost")).toBeNull()
    expect(normalizeEmail("+tag@qq.com")).toBe("+tag@qq.com")
  })
})

describe("normalizeName", () => {
  it("gives the same sorted tokens whatever the order", () => {
    const a = normalizeName(person({ full_name: "Zhang San" }))
    const b = normalizeName(person({ full_name: "San Zhang" }))
    expect(a.name_tokens).toEqual(["san", "zhang"])
    expect(b.name_tokens).toEqual(["san", "zhang"])
    expect(a.name_compact).toBe("zhangsan")
    expect(b.name_compact).toBe("sanzhang")
    expect(a.name_pinyin).toEqual([])
  })

  it("keeps a CJK name compact, in Chinese order, folded to simplified, with pinyin", () => {
    expect(normalizeName(person({ full_name: "陳大文" }))).toEqual({
      name_tokens: ["陈大文"],
      name_compact: "陈大文",
      name_pinyin: ["chen", "da", "wen"],
    })
    expect(
      normalizeName(person({ first_name: "大文", last_name: "陈" }))
    ).toEqual(normalizeName(person({ full_name: "陈 大文" })))
  })

  it("reads surnames with their surname pronunciation", () => {
    expect(normalizeName(person({ full_name: "单田芳" })).name_pinyin).toEqual([
      "fang",
      "shan",
      "tian",
    ])
    expect(normalizeName(person({ full_name: "曾小贤" })).name_pinyin).toEqual([
      "xian",
      "xiao",
      "zeng",
    ])
  })

  it("folds full-width letters and ideographic spaces", () => {
    expect(normalizeName(person({ full_name: "ＺＨＡＮＧ　Ｓａｎ" }))).toEqual({
      name_tokens: ["san", "zhang"],
      name_compact: "zhangsan",
      name_pinyin: [],
    })
  })

  it("drops punctuation, accents and honorifics", () => {
    expect(
      normalizeName(person({ full_name: "Mr. John O'Brien" })).name_tokens
    ).toEqual(["john", "obrien"])
    expect(
      normalizeName(person({ first_name: "José", last_name: "García" }))
    ).toMatchObject({
      name_tokens: ["garcia", "jose"],
      name_compact: "josegarcia",
    })
    expect(normalizeName(person({ full_name: "王先生" }))).toEqual({
      name_tokens: ["王"],
      name_compact: "王",
      name_pinyin: ["wang"],
    })
    expect(
      normalizeName(person({ full_name: "欧阳娜娜女士" })).name_compact
    ).toBe("欧阳娜娜")
    expect(
      normalizeName(person({ full_name: "买买提·艾力" })).name_compact
    ).toBe("买买提艾力")
  })

  it("gives nothing for a missing name", () => {
    expect(normalizeName(person())).toEqual({
      name_tokens: [],
      name_compact: null,
      name_pinyin: [],
    })
  })
})

describe("normalizeCompanyName", () => {
  it.each([
    ["深圳市华为技术有限公司", "深圳市华为技术"],
    ["深圳市华为技术", "深圳市华为技术"],
    ["深圳市華為技術有限公司", "深圳市华为技术"],
    ["腾达科技股份有限公司", "腾达科技"],
    ["腾达科技有限责任公司", "腾达科技"],
    ["鸿运集团有限公司", "鸿运"],
    ["鸿运集团", "鸿运"],
    ["Acme Co., Ltd.", "acme"],
    ["ACME Ltd", "acme"],
    ["Acme Co Ltd", "acme"],
    ["Acme Limited", "acme"],
    ["Acme, Inc.", "acme"],
    ["Acme Trading LLC", "acmetrading"],
    ["Müller Maschinen GmbH", "mullermaschinen"],
    ["Globex Corp.", "globex"],
    ["ＡＣＭＥ　ＬＴＤ", "acme"],
  ])("%s is %s", (raw, expected) => {
    expect(normalizeCompanyName(raw)).toBe(expected)
  })

  it("keeps a name that is only a suffix word, and drops empty ones", () => {
    expect(normalizeCompanyName("Limited")).toBe("limited")
    expect(normalizeCompanyName("  ")).toBeNull()
    expect(normalizeCompanyName(null)).toBeNull()
  })
})

describe("tax ids, postal codes and addresses", () => {
  it("upper-cases tax ids and removes separators", () => {
    expect(normalizeTaxId(" 9144-0300 ma5f 1234 5x ")).toBe(
      "91440300MA5F12345X"
    )
    expect(normalizeTaxId("９１４４")).toBe("9144")
    expect(normalizeTaxId("--")).toBeNull()
  })

  it("takes the first three characters of each postal code", () => {
    expect(
      postalPrefixes([
        { postal_code: "518 057" },
        { postal_code: "５１８０００" },
        { postal_code: "SW1A 1AA" },
        { postal_code: "12" },
        { postal_code: null },
      ])
    ).toEqual(["518", "SW1"])
  })

  it("writes the same address the same way", () => {
    const a = normalizeAddress({
      city: "深圳市",
      province: "广东",
      address_1: "广东省深圳市南山区科技园路１８号 3栋 201室",
    })
    const b = normalizeAddress({
      city: "深圳",
      address_1: "南山区 科技园路 18号3栋201室",
    })
    expect(a).toBe("深圳南山区科技园路18号3栋201室")
    expect(b).toBe(a)
    expect(
      normalizeAddress({
        city: "Berlin",
        address_1: "Unter den Linden 5, Apt. 3",
      })
    ).toBe("berlin unter den linden 5 apt 3")
    expect(normalizeAddress({ city: "深圳" })).toBeNull()
  })

  it("folds text: NFKC, lower case, simplified, no accents", () => {
    expect(foldText("  ＡＢＣ　陳  Ñandú ")).toBe("abc 陈 nandu")
  })
})

describe("normalizeContact", () => {
  it("normalises every field of a record", () => {
    expect(
      normalizeContact(
        {
          kind: "company",
          full_name: "李明",
          phones: ["0755-2678 0000", "bad"],
          emails: ["Sales+crm@Tengda.COM"],
          company_name: "深圳市腾达科技有限公司",
          tax_id: "91440300-MA5F12345X",
          addresses: [
            {
              city: "深圳市",
              address_1: "南山区科技园路18号",
              postal_code: "518057",
              country_code: "cn",
            },
          ],
        },
        { default_country: "CN" }
      )
    ).toEqual({
      kind: "company",
      name_tokens: ["李明"],
      name_compact: "李明",
      name_pinyin: ["li", "ming"],
      phones: ["+8675526780000"],
      emails: ["sales@tengda.com"],
      company: "深圳市腾达科技",
      tax_id: "91440300MA5F12345X",
      postal_prefixes: ["518"],
      addresses: ["深圳南山区科技园路18号"],
    })
  })

  it("reads at most 256 characters of a field", () => {
    const long = normalizeContact(
      person({ full_name: "张".repeat(10_000), phones: ["1".repeat(10_000)] }),
      { default_country: "CN" }
    )
    expect(long.name_compact).toHaveLength(256)
    expect(long.name_pinyin).toHaveLength(256)
    expect(long.phones).toEqual([])
  })

  it("never throws on empty or messy input", () => {
    expect(
      normalizeContact(
        {
          kind: "person",
          first_name: "  ",
          last_name: null,
          phones: ["", "   "],
          emails: ["", "@"],
          addresses: [{}],
        },
        { default_country: "CN" }
      )
    ).toEqual({
      kind: "person",
      name_tokens: [],
      name_compact: null,
      name_pinyin: [],
      phones: [],
      emails: [],
      company: null,
      tax_id: null,
      postal_prefixes: [],
      addresses: [],
    })
  })
})
