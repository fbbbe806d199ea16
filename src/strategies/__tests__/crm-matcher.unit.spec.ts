import {
  EVIDENCE_FIELDS,
  type ContactAddress,
  type ContactRecord,
  type FieldEvidence,
  type MatchScore,
} from "../../types/crm"
import {
  DEFAULT_MATCH_THRESHOLDS,
  DefaultCrmMatcher,
  bestMatch,
  classifyMatch,
  rankCandidates,
} from "../crm-matcher"

const matcher = new DefaultCrmMatcher({ default_country: "CN" })

const record = (overrides: Partial<ContactRecord>): ContactRecord => ({
  kind: "person",
  phones: [],
  emails: [],
  addresses: [],
  ...overrides,
})

const shenzhen = (address_1: string): ContactAddress => ({
  city: "深圳市",
  province: "广东",
  address_1,
  postal_code: "518057",
  country_code: "cn",
})

const compare = (
  a: Partial<ContactRecord>,
  b: Partial<ContactRecord>
): MatchScore & { outcome: string; field: (f: string) => FieldEvidence } => {
  const score = matcher.score(
    matcher.normalize(record(a)),
    matcher.normalize(record(b))
  )
  return {
    ...score,
    outcome: classifyMatch(score.score, DEFAULT_MATCH_THRESHOLDS),
    field: (f) => score.evidence.find((e) => e.field === f)!,
  }
}

describe("DefaultCrmMatcher scoring", () => {
  it("links the same person whose phone is written in other formats", () => {
    for (const phone of [
      "+86 138 0013 8000",
      "0086 13800138000",
      "138-0013-8000",
      "１３８００１３８０００",
    ]) {
      const result = compare(
        { full_name: "张伟明", phones: ["13800138000"] },
        { full_name: "张伟明", phones: [phone] }
      )
      expect(result.field("phone")).toMatchObject({
        code: "exact",
        left: "+8613800138000",
        right: "+8613800138000",
      })
      expect(result.outcome).toBe("auto_link")
    }
  })

  it("links gmail-style e-mail variants", () => {
    const result = compare(
      { full_name: "Li Na", emails: ["li.na+shop@googlemail.com"] },
      { full_name: "Na Li", emails: ["LINA@gmail.com"] }
    )
    expect(result.field("email")).toMatchObject({
      code: "exact",
      left: "lina@gmail.com",
    })
    expect(result.field("name").code).toBe("swapped")
    expect(result.outcome).toBe("auto_link")
  })

  it("treats traditional and simplified writings as the same name", () => {
    const result = compare(
      { full_name: "陳大文", phones: ["+852 9123 4567"] },
      { last_name: "陈", first_name: "大文", phones: ["+85291234567"] }
    )
    expect(result.field("name")).toMatchObject({
      code: "exact",
      left: "陈大文",
      right: "陈大文",
    })
    expect(result.outcome).toBe("auto_link")
  })

  it("treats full-width and half-width names alike", () => {
    const result = compare(
      { full_name: "ＪＯＨＮ　Ｓｍｉｔｈ", phones: ["13800138000"] },
      { full_name: "John Smith", phones: ["13800138000"] }
    )
    expect(result.field("name").code).toBe("exact")
    expect(result.outcome).toBe("auto_link")
  })

  it("sees swapped name fields", () => {
    expect(
      compare(
        { full_name: "Zhang San", phones: ["13800138000"] },
        { full_name: "San Zhang", phones: ["13800138000"] }
      ).field("name").code
    ).toBe("swapped")
    const chinese = compare(
      { full_name: "王小明", phones: ["13800138000"] },
      { first_name: "王", last_name: "小明", phones: ["13800138000"] }
    )
    expect(chinese.field("name").code).toBe("swapped")
    expect(chinese.outcome).toBe("auto_link")
  })

  it("sees typos in Latin names and homophones in Chinese ones", () => {
    const latin = compare(
      { full_name: "Jonathan Smith", phones: ["13800138000"] },
      { full_name: "Jonahtan Smith", phones: ["13800138000"] }
    )
    expect(latin.field("name")).toMatchObject({ code: "typo" })
    expect(latin.field("name").points).toBeGreaterThan(0)
    expect(latin.outcome).toBe("auto_link")

    for (const [a, b] of [
      ["Emmma Johnson", "Emma Johnson"],
      ["Annne Young", "Young Anne"],
      ["Ema Smith", "Emma Smith"],
    ]) {
      const doubled = compare(
        { full_name: a, phones: ["13800138000"] },
        { full_name: b, phones: ["13800138000"] }
      )
      expect(doubled.field("name").code).toBe("typo")
      expect(doubled.outcome).toBe("auto_link")
    }

    const homophone = compare(
      { full_name: "张伟", phones: ["13800138000"] },
      { full_name: "张玮", phones: ["13800138000"] }
    )
    expect(homophone.field("name").code).toBe("pinyin")
    expect(homophone.outcome).toBe("auto_link")
  })

  it("matches a romanised name with the Chinese one", () => {
    const result = compare(
      { full_name: "ZHANG Xiao-Ming", phones: ["13800138000"] },
      { full_name: "张小明", phones: ["13800138000"] }
    )
    expect(result.field("name")).toMatchObject({
      code: "pinyin",
      left: "zhangxiaoming",
      right: "张小明",
    })
    expect(result.outcome).toBe("auto_link")
  })

  it("sees a mistyped phone or e-mail as weaker evidence, not as a different one", () => {
    const phone = compare(
      { full_name: "刘洋", phones: ["13800138000"] },
      { full_name: "刘洋", phones: ["13800183000"] }
    )
    expect(phone.field("phone").code).toBe("typo")
    expect(phone.outcome).toBe("review")

    const email = compare(
      { full_name: "刘洋", emails: ["liuyang88@163.com"] },
      { full_name: "刘洋", emails: ["liuyagn88@163.com"] }
    )
    expect(email.field("email").code).toBe("typo")

    const accounts = compare(
      { full_name: "刘洋", emails: ["liuyang1@163.com"] },
      { full_name: "刘洋", emails: ["liuyang2@163.com"] }
    )
    expect(accounts.field("email").code).toBe("differs")

    for (const qq of ["5572365@qq.com", "55172366@qq.com"]) {
      const number = compare(
        { full_name: "刘洋", emails: ["55172365@qq.com"] },
        { full_name: "刘洋", emails: [qq] }
      )
      expect(number.field("email").code).toBe("typo")
    }
  })

  it("does not auto-link a relative who shares the phone and the address", () => {
    const result = compare(
      {
        full_name: "王伟",
        phones: ["13800138000"],
        addresses: [shenzhen("南山区科技园路18号3栋201室")],
      },
      {
        full_name: "王芳",
        phones: ["138 0013 8000"],
        addresses: [shenzhen("南山区科技园路18号3栋201室")],
      }
    )
    expect(result.field("phone").code).toBe("exact")
    expect(result.field("address").code).toBe("exact")
    expect(result.field("name")).toMatchObject({
      code: "differs",
      left: "王伟",
      right: "王芳",
    })
    expect(result.field("name").detail).toMatch(/relative/)
    expect(result.field("name").points).toBeLessThan(0)
    expect(result.score).toBeLessThanOrEqual(0.85)
    expect(result.outcome).toBe("review")
  })

  it("does not take one-letter-apart given names of a family for typos", () => {
    for (const [a, b] of [
      ["Wang Wei", "Wang Wen"],
      ["Zhang Min", "Zhang Ming"],
      ["Maria Garcia", "Mario Garcia"],
      ["Daniel Weber", "Daniela Weber"],
    ]) {
      const result = compare(
        { full_name: a, phones: ["13800138000"] },
        { full_name: b, phones: ["13800138000"] }
      )
      expect(result.field("name").code).toBe("differs")
      expect(result.outcome).toBe("review")
    }
    // Ana and Anna both read as pinyin (a na, an na): not a typo either.
    expect(
      compare({ full_name: "Ana Li" }, { full_name: "Anna Li" }).field("name")
        .code
    ).toBe("differs")
  })

  it("keeps two people named 王伟 in different cities apart", () => {
    const result = compare(
      {
        full_name: "王伟",
        phones: ["13800138000"],
        emails: ["wangwei@qq.com"],
        addresses: [shenzhen("南山区科技园路18号")],
      },
      {
        full_name: "王伟",
        phones: ["13912345678"],
        emails: ["wangwei@163.com"],
        addresses: [
          {
            city: "北京",
            address_1: "朝阳区建国路88号",
            postal_code: "100022",
          },
        ],
      }
    )
    expect(result.field("name").code).toBe("exact")
    expect(result.field("phone").code).toBe("differs")
    expect(result.field("address").code).toBe("differs")
    expect(result.outcome).toBe("new")
  })

  it("keeps two people named 王伟 in one postal area apart", () => {
    const result = compare(
      {
        full_name: "王伟",
        phones: ["13800138000"],
        addresses: [shenzhen("南山区科技园路18号")],
      },
      {
        full_name: "王伟",
        phones: ["13912345678"],
        addresses: [shenzhen("南山区深南大道9999号")],
      }
    )
    expect(result.field("address").code).toBe("same_area")
    expect(result.outcome).toBe("new")
  })

  it("links the same name at the same flat despite a new phone, not despite two", () => {
    // Relatives do not share a full name, and a flat holds one household.
    const newPhone = compare(
      {
        full_name: "王伟",
        phones: ["13800138000"],
        emails: ["wangwei@qq.com"],
        addresses: [shenzhen("南山区科技园路18号3栋201室")],
      },
      {
        full_name: "王伟",
        phones: ["13912345678"],
        addresses: [shenzhen("南山区科技园路18号3栋201室")],
      }
    )
    expect(newPhone.field("phone").code).toBe("differs")
    expect(newPhone.outcome).toBe("auto_link")

    const newPhoneAndEmail = compare(
      {
        full_name: "王伟",
        phones: ["13800138000"],
        emails: ["wangwei@qq.com"],
        addresses: [shenzhen("南山区科技园路18号3栋201室")],
      },
      {
        full_name: "王伟",
        phones: ["13912345678"],
        emails: ["ww1990@163.com"],
        addresses: [shenzhen("南山区科技园路18号3栋201室")],
      }
    )
    expect(newPhoneAndEmail.outcome).toBe("review")
  })

  it("weighs a street number by how common the name is", () => {
    const street = [shenzhen("南山区科技园路18号")]
    // A large compound can hold two people named 王伟, seldom two 王建国.
    const common = compare(
      { full_name: "王伟", phones: ["13800138000"], addresses: street },
      { full_name: "王伟", addresses: street }
    )
    expect(common.field("name").points).toBeLessThan(
      compare(
        { full_name: "王建国", phones: ["13800138000"], addresses: street },
        { full_name: "王建国", addresses: street }
      ).field("name").points
    )
    expect(common.outcome).toBe("review")

    const rare = compare(
      { full_name: "王建国", phones: ["13800138000"], addresses: street },
      { full_name: "王建国", phones: ["13912345678"], addresses: street }
    )
    expect(rare.field("address").code).toBe("exact")
    expect(rare.outcome).toBe("auto_link")

    // Two given names that differ are two people, whatever they share.
    const relative = compare(
      { full_name: "王建国", phones: ["13800138000"], addresses: street },
      { full_name: "王建军", phones: ["13800138000"], addresses: street }
    )
    expect(relative.outcome).toBe("review")
  })

  it("needs more than a surname with a shared phone", () => {
    const phoneOnly = compare(
      { full_name: "王伟", phones: ["13800138000"] },
      { full_name: "王先生", phones: ["13800138000"] }
    )
    expect(phoneOnly.field("name")).toMatchObject({
      code: "variant",
      right: "王",
    })
    expect(phoneOnly.outcome).toBe("review")

    const phoneAndEmail = compare(
      { full_name: "王伟", phones: ["13800138000"], emails: ["ww@qq.com"] },
      { full_name: "王先生", phones: ["13800138000"], emails: ["ww@qq.com"] }
    )
    expect(phoneAndEmail.outcome).toBe("auto_link")

    // An e-mail one typing error away is the same mailbox.
    const mistypedEmail = compare(
      { full_name: "王伟", phones: ["13800138000"], emails: ["wwang@qq.com"] },
      { full_name: "王先生", phones: ["13800138000"], emails: ["wwnag@qq.com"] }
    )
    expect(mistypedEmail.field("email").code).toBe("typo")
    expect(mistypedEmail.outcome).toBe("auto_link")

    // 诸葛先生: a two-character surname alone, not a different name.
    const compound = compare(
      { full_name: "诸葛蕾宁", phones: ["13800138000"] },
      { full_name: "诸葛先生", phones: ["13800138000"] }
    )
    expect(compound.field("name")).toMatchObject({
      code: "variant",
      right: "诸葛",
    })
    expect(compound.outcome).toBe("review")
  })

  it("takes an English given name with the right surname for a surname alone", () => {
    // Julia reads as ju lia and Julian as ju lian, yet both are English.
    for (const alias of [
      "David Zhou",
      "Zhou David",
      "Marie Zhou",
      "Julia Zhou",
      "Julian Zhou",
    ]) {
      const phoneOnly = compare(
        { full_name: "周坚浩", phones: ["13800138000"] },
        { full_name: alias, phones: ["13800138000"] }
      )
      expect(phoneOnly.field("name")).toMatchObject({ code: "variant" })
      expect(phoneOnly.field("name").detail).toMatch(/English name/)
      expect(phoneOnly.outcome).toBe("review")

      const phoneAndEmail = compare(
        {
          full_name: "周坚浩",
          phones: ["13800138000"],
          emails: ["zhoujh@qq.com"],
        },
        {
          full_name: alias,
          phones: ["13800138000"],
          emails: ["zhoujh@qq.com"],
        }
      )
      expect(phoneAndEmail.outcome).toBe("auto_link")
    }
    // A given name in pinyin is a relative's, another surname someone else.
    for (const other of ["Zhou Ming", "David Wang"]) {
      const result = compare(
        {
          full_name: "周坚浩",
          phones: ["13800138000"],
          emails: ["zhoujh@qq.com"],
        },
        {
          full_name: other,
          phones: ["13800138000"],
          emails: ["zhoujh@qq.com"],
        }
      )
      expect(result.field("name").code).toBe("differs")
      expect(result.outcome).toBe("review")
    }
  })

  it("matches company names without legal suffixes, and tax ids", () => {
    const chinese = compare(
      {
        kind: "company",
        company_name: "深圳市华为技术有限公司",
        phones: ["0755-2878 0808"],
      },
      {
        kind: "company",
        company_name: "深圳市华为技术",
        phones: ["075528780808"],
      }
    )
    expect(chinese.field("company")).toMatchObject({
      code: "exact",
      left: "深圳市华为技术",
      right: "深圳市华为技术",
    })
    expect(chinese.outcome).toBe("auto_link")

    const latin = compare(
      {
        kind: "company",
        company_name: "Acme Co., Ltd.",
        tax_id: "91440300MA5F12345X",
      },
      {
        kind: "company",
        company_name: "ACME Ltd",
        tax_id: "9144 0300 ma5f 1234 5x",
      }
    )
    expect(latin.field("company").code).toBe("exact")
    expect(latin.field("tax_id").code).toBe("exact")
    expect(latin.outcome).toBe("auto_link")
  })

  it("keeps companies with different tax ids apart, whatever the name", () => {
    const result = compare(
      {
        kind: "company",
        company_name: "腾达科技有限公司",
        tax_id: "91440300MA5F12345X",
      },
      {
        kind: "company",
        company_name: "腾达科技有限公司",
        tax_id: "91110105MA01ABCD2Y",
      }
    )
    expect(result.field("tax_id").code).toBe("differs")
    expect(result.outcome).toBe("new")
  })

  it("does not auto-link a person to a company", () => {
    const result = compare(
      { full_name: "李明", phones: ["13800138000"], company_name: "腾达科技" },
      {
        kind: "company",
        full_name: "李明",
        phones: ["13800138000"],
        company_name: "腾达科技有限公司",
      }
    )
    expect(result.outcome).toBe("review")
  })

  it("explains every field, in a fixed order, including missing ones", () => {
    const result = compare(
      { full_name: "张三", phones: ["13800138000"] },
      { full_name: "张三", emails: ["zhangsan@qq.com"] }
    )
    expect(result.evidence.map((e) => e.field)).toEqual([...EVIDENCE_FIELDS])
    for (const e of result.evidence) {
      expect(e.detail.length).toBeGreaterThan(10)
      expect(e.similarity).toBeGreaterThanOrEqual(0)
      expect(e.similarity).toBeLessThanOrEqual(1)
    }
    expect(result.field("phone")).toMatchObject({
      code: "missing",
      points: 0,
      left: "+8613800138000",
      right: null,
      detail: "Only one record has a phone.",
    })
    expect(result.field("tax_id")).toMatchObject({
      code: "missing",
      detail: "Neither record has a tax id.",
    })
    expect(result.field("name")).toMatchObject({
      code: "exact",
      similarity: 1,
      points: 4,
    })
  })

  it("scores symmetrically, within 0..1", () => {
    const a = matcher.normalize(
      record({ full_name: "Jonathan Smith", phones: ["13800138000"] })
    )
    const b = matcher.normalize(
      record({ full_name: "Smith Jonahtan", emails: ["js@qq.com"] })
    )
    const ab = matcher.score(a, b)
    const ba = matcher.score(b, a)
    expect(ab.score).toBe(ba.score)
    expect(ab.score).toBeGreaterThan(0)
    expect(ab.score).toBeLessThan(1)
  })
})

describe("classifyMatch", () => {
  it("uses inclusive lower bounds", () => {
    const t = { auto_link: 0.9, review: 0.6 }
    expect(classifyMatch(0.9, t)).toBe("auto_link")
    expect(classifyMatch(0.8999, t)).toBe("review")
    expect(classifyMatch(0.6, t)).toBe("review")
    expect(classifyMatch(0.5999, t)).toBe("new")
    expect(DEFAULT_MATCH_THRESHOLDS).toEqual({ auto_link: 0.9, review: 0.6 })
  })
})

describe("rankCandidates and bestMatch", () => {
  const query = matcher.normalize(
    record({ full_name: "王伟", phones: ["13800138000"] })
  )
  const rows = [
    {
      id: "c_other",
      normalized: matcher.normalize(
        record({ full_name: "李娜", phones: ["13912345678"] })
      ),
    },
    {
      id: "c_same",
      normalized: matcher.normalize(
        record({ full_name: "王伟", phones: ["+86 138 0013 8000"] })
      ),
    },
    {
      id: "c_relative",
      normalized: matcher.normalize(
        record({ full_name: "王芳", phones: ["13800138000"] })
      ),
    },
  ]

  it("scores stored contacts and sorts them best first", () => {
    const ranked = rankCandidates(matcher, query, rows, (r) => r.normalized)
    expect(ranked.map((r) => [r.candidate.id, r.outcome])).toEqual([
      ["c_same", "auto_link"],
      ["c_relative", "review"],
      ["c_other", "new"],
    ])
    expect(ranked[0].evidence).toHaveLength(EVIDENCE_FIELDS.length)
    expect(
      matcher.rank(
        query,
        rows.map((r) => r.normalized)
      )[0].score
    ).toBe(ranked[0].score)
  })

  it("returns the best candidate, or null when there is none", () => {
    expect(
      bestMatch(matcher, query, rows, (r) => r.normalized)?.candidate.id
    ).toBe("c_same")
    expect(
      bestMatch(matcher, query, [], (r: (typeof rows)[number]) => r.normalized)
    ).toBeNull()
  })
})
