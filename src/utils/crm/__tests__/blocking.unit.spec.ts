import type { BlockingKey, ContactRecord } from "../../../types/crm"
import { blockingKeys, nameKey, pinyinKey } from "../blocking"
import { normalizeContact } from "../normalize"

const normalize = (record: Partial<ContactRecord>) =>
  normalizeContact(
    { kind: "person", phones: [], emails: [], addresses: [], ...record },
    { default_country: "CN" }
  )

const keysOf = (record: Partial<ContactRecord>) =>
  blockingKeys(normalize(record))

const shareAKey = (a: BlockingKey[], b: BlockingKey[]) =>
  a.some((x) => b.some((y) => x.kind === y.kind && x.value === y.value))

describe("blockingKeys", () => {
  it("keys a full record by each identifier and by name within its postal area", () => {
    expect(
      keysOf({
        kind: "company",
        full_name: "张小明",
        phones: ["138-0013-8000", "+86 138 0013 8000"],
        emails: ["Zhang.XiaoMing@gmail.com"],
        company_name: "深圳市腾达科技有限公司",
        tax_id: "91440300MA5F12345X",
        addresses: [{ postal_code: "518057" }, { postal_code: "100 020" }],
      })
    ).toEqual([
      { kind: "phone", value: "+8613800138000" },
      { kind: "email", value: "zhangxiaoming@gmail.com" },
      { kind: "tax_id", value: "91440300MA5F12345X" },
      { kind: "company", value: "深圳市腾达科技" },
      { kind: "name_postal", value: "张小明|518" },
      { kind: "pinyin_postal", value: "aagghiimnnoxz|518" },
      { kind: "name_postal", value: "张小明|100" },
      { kind: "pinyin_postal", value: "aagghiimnnoxz|100" },
    ])
  })

  it("puts traditional and simplified writings of a name in one block", () => {
    const postal = [{ postal_code: "999077" }]
    expect(
      shareAKey(
        keysOf({ full_name: "陳大文", addresses: postal }),
        keysOf({ full_name: "陈大文", addresses: postal })
      )
    ).toBe(true)
  })

  it("puts a romanised name, a swapped one and a homophone with the Chinese name", () => {
    const postal = [{ postal_code: "518000" }]
    const chinese = keysOf({ full_name: "张小明", addresses: postal })
    for (const other of [
      "Zhang Xiaoming",
      "Xiao-Ming ZHANG",
      "Ming Xiao Zhang",
      "张晓明",
    ]) {
      expect(
        shareAKey(chinese, keysOf({ full_name: other, addresses: postal }))
      ).toBe(true)
    }
    expect(
      shareAKey(
        chinese,
        keysOf({ first_name: "张", last_name: "小明", addresses: postal })
      )
    ).toBe(true)
  })

  it("keeps different postal areas and different names apart", () => {
    expect(
      shareAKey(
        keysOf({ full_name: "王伟", addresses: [{ postal_code: "518000" }] }),
        keysOf({ full_name: "王伟", addresses: [{ postal_code: "100000" }] })
      )
    ).toBe(false)
    expect(
      shareAKey(
        keysOf({ full_name: "王伟", addresses: [{ postal_code: "518000" }] }),
        keysOf({ full_name: "王芳", addresses: [{ postal_code: "518000" }] })
      )
    ).toBe(false)
  })

  it("makes no name key without a postal code, from a bare surname or a short name", () => {
    const only = (record: Partial<ContactRecord>) =>
      keysOf(record).map((k) => k.kind)
    expect(only({ full_name: "王伟" })).toEqual(["record"])
    expect(
      only({ full_name: "王先生", addresses: [{ postal_code: "518000" }] })
    ).toEqual(["record"])
    expect(nameKey(normalize({ full_name: "J" }))).toBeNull()
    expect(pinyinKey(normalize({ full_name: "Li" }))).toBeNull()
  })

  it("keys a record with no other key by the whole record, however it was written", () => {
    const record = {
      full_name: "王伟",
      addresses: [{ address_1: "解放路60号", city: "呼和浩特" }],
    }
    const [key] = keysOf(record)
    expect(key.kind).toEqual("record")
    expect(keysOf({ ...record, full_name: " 王 伟 " })).toEqual([key])
    // Another address, another record; a phone is a better key than the record.
    expect(keysOf({ ...record, addresses: [] })).not.toEqual([key])
    expect(
      keysOf({ ...record, phones: ["13800138000"] }).map((k) => k.kind)
    ).toEqual(["phone"])
    // The digest does not depend on the order jsonb stores the fields in.
    const n = normalize(record)
    const reordered = Object.fromEntries(
      Object.entries(n).reverse()
    ) as typeof n
    expect(blockingKeys(reordered)).toEqual([key])
  })

  it("gives Latin names a pinyin key only when they read as pinyin", () => {
    expect(pinyinKey(normalize({ full_name: "John Smith" }))).toBeNull()
    expect(pinyinKey(normalize({ full_name: "Wang Wei" }))).toBe("aeginww")
    expect(nameKey(normalize({ full_name: "Smith,  John" }))).toBe("john smith")
  })

  it("bounds key length for the index", () => {
    const keys = keysOf({
      company_name: "很".repeat(300),
      addresses: [{ postal_code: "518000" }],
      full_name: "a".repeat(300),
    })
    expect(keys.length).toBeGreaterThan(0)
    for (const key of keys) {
      expect(key.value.length).toBeLessThanOrEqual(200)
    }
  })
})
