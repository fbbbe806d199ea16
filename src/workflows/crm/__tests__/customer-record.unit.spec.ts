import { DefaultCrmMatcher } from "../../../strategies/crm-matcher"
import type { ContactRecord } from "../../../types/crm"
import { customerIdsOf } from "../utils/customer-event"
import {
  customerRecordOf,
  enrichRecord,
  withDistinctValues,
} from "../utils/customer-record"

const matcher = new DefaultCrmMatcher({ default_country: "CN" })

const guest = {
  id: "cus_1",
  email: "LiNa@example.com",
  first_name: null,
  last_name: null,
  phone: null,
  company_name: null,
  has_account: false,
  addresses: [],
}

const shipping = {
  first_name: "娜",
  last_name: "李",
  phone: "139 0013 9000",
  company: null,
  address_1: "1 Nanjing Road",
  address_2: null,
  city: "Shanghai",
  province: "Shanghai",
  postal_code: "200040",
  country_code: "CN",
}

describe("customerRecordOf", () => {
  it("completes a guest (an email only) with the order's addressee", () => {
    expect(
      customerRecordOf(guest, {
        id: "order_1",
        shipping_address: shipping,
        billing_address: { ...shipping, phone: "+86 139-0013-9000" },
      })
    ).toEqual({
      kind: "person",
      first_name: "娜",
      last_name: "李",
      full_name: null,
      phones: ["139 0013 9000", "+86 139-0013-9000"],
      emails: ["LiNa@example.com"],
      company_name: null,
      tax_id: null,
      addresses: [
        {
          address_1: "1 Nanjing Road",
          address_2: null,
          city: "Shanghai",
          province: "Shanghai",
          postal_code: "200040",
          country_code: "cn",
        },
      ],
    })
  })

  it("keeps the customer's own name over the recipient's", () => {
    const record = customerRecordOf(
      { ...guest, first_name: "Wei", last_name: "Zhang", phone: "13800138000" },
      { id: "order_1", shipping_address: shipping }
    )
    expect(record).toMatchObject({ first_name: "Wei", last_name: "Zhang" })
    expect(record.phones).toEqual(["13800138000", "139 0013 9000"])
  })

  it("makes a company of a customer known only by its company", () => {
    expect(
      customerRecordOf({ ...guest, company_name: "华夏电器有限公司" }).kind
    ).toBe("company")
  })
})

describe("enrichRecord", () => {
  const own: ContactRecord = {
    kind: "person",
    phones: [],
    emails: ["lina@example.com"],
    addresses: [],
  }

  it("adds new phones, addresses and a missing name, and nothing twice", () => {
    const incoming = customerRecordOf(guest, {
      id: "order_1",
      shipping_address: shipping,
    })
    const first = enrichRecord(own, incoming, matcher)
    expect(first.changed).toBe(true)
    expect(first.record).toMatchObject({
      first_name: "娜",
      last_name: "李",
      phones: ["139 0013 9000"],
      // Another spelling of the same email adds nothing.
      emails: ["lina@example.com"],
    })
    expect(first.record.addresses).toHaveLength(1)

    // The same order again, or the phone written otherwise: no change.
    expect(enrichRecord(first.record, incoming, matcher).changed).toBe(false)
    expect(
      enrichRecord(
        first.record,
        { ...incoming, phones: ["+86 13900139000", "not a phone"] },
        matcher
      ).changed
    ).toBe(false)
  })

  it("never renames a contact that has a name", () => {
    const named = { ...own, full_name: "李娜" }
    const result = enrichRecord(
      named,
      { ...own, first_name: "强", last_name: "张" },
      matcher
    )
    expect(result.changed).toBe(false)
    expect(result.record.full_name).toBe("李娜")
  })
})

describe("withDistinctValues", () => {
  it("lists each phone and email once, whatever the spelling", () => {
    const record = withDistinctValues(
      {
        kind: "person",
        phones: ["139 0013 9000", "+86 139-0013-9000", "n/a", "n/a"],
        emails: ["lina@example.com", "LiNa@Example.com", "li.na@example.com"],
        addresses: [],
      },
      matcher
    )
    expect(record.phones).toEqual(["139 0013 9000", "n/a"])
    expect(record.emails).toEqual(["lina@example.com", "li.na@example.com"])
  })
})

describe("customerIdsOf", () => {
  it("reads every shape customer events come in", () => {
    expect(customerIdsOf({ id: "cus_1" })).toEqual(["cus_1"])
    expect(customerIdsOf({ id: ["cus_1", "cus_2"] })).toEqual([
      "cus_1",
      "cus_2",
    ])
    expect(
      customerIdsOf([{ id: "cus_1" }, { id: ["cus_2", "cus_1"] }])
    ).toEqual(["cus_1", "cus_2"])
    expect(customerIdsOf(null)).toEqual([])
  })
})
