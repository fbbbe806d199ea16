import { csvRow } from "../csv"
import {
  agingBucket,
  daysSince,
  summarizeAging,
  type AgingRow,
} from "../receivable-aging"

describe("agingBucket", () => {
  it.each([
    [0, "days_0_7"],
    [7, "days_0_7"],
    [8, "days_8_15"],
    [15, "days_8_15"],
    [16, "days_16_30"],
    [30, "days_16_30"],
    [31, "days_over_30"],
    [400, "days_over_30"],
  ])("puts %i days in %s", (days, bucket) => {
    expect(agingBucket(days)).toEqual(bucket)
  })

  it("counts whole days since delivery", () => {
    const now = new Date("2026-12-01T12:00:00Z")
    expect(daysSince("2026-12-01T00:00:00Z", now)).toEqual(0)
    expect(daysSince("2026-11-23T12:00:00Z", now)).toEqual(8)
    expect(daysSince("2026-12-02T00:00:00Z", now)).toEqual(0)
  })
})

describe("summarizeAging", () => {
  const row = (overrides: Partial<AgingRow>): AgingRow => ({
    carrier: "SF Express",
    currency_code: "cny",
    status: "due",
    days: 1,
    count: 1,
    amount: "100",
    ...overrides,
  })

  it("buckets due receivables per carrier with totals per currency", () => {
    const aging = summarizeAging(
      [
        row({ days: 3, count: 2, amount: "150.5" }),
        row({ days: 3, currency_code: "usd", amount: "20" }),
        row({ days: 12, amount: "80" }),
        row({ days: 45, amount: "10" }),
        row({ status: "open", days: null, count: 4, amount: "400" }),
        row({ status: "disputed", days: 20, amount: "5" }),
        row({ carrier: "EMS", days: 20, amount: "70" }),
        row({ carrier: null, days: 0, amount: "1" }),
      ],
      new Date("2026-12-01T00:00:00Z")
    )
    expect(aging.carriers.map((c) => c.carrier)).toEqual([
      "EMS",
      "SF Express",
      null,
    ])
    const sf = aging.carriers[1]
    expect(sf.due).toEqual({
      days_0_7: { count: 3, amounts: { cny: 150.5, usd: 20 } },
      days_8_15: { count: 1, amounts: { cny: 80 } },
      days_16_30: { count: 0, amounts: {} },
      days_over_30: { count: 1, amounts: { cny: 10 } },
    })
    expect(sf.due_total).toEqual({ count: 5, amounts: { cny: 240.5, usd: 20 } })
    expect(sf.not_delivered).toEqual({ count: 4, amounts: { cny: 400 } })
    expect(sf.disputed).toEqual({ count: 1, amounts: { cny: 5 } })
    expect(aging.totals.due.days_16_30).toEqual({
      count: 1,
      amounts: { cny: 70 },
    })
    expect(aging.totals.due_total.count).toEqual(7)
    expect(aging.as_of).toEqual("2026-12-01T00:00:00.000Z")
  })
})

describe("csvRow", () => {
  it("quotes separators and defuses formulas", () => {
    expect(csvRow(["a,b", 'say "hi"', null, 3, "=SUM(A1)", "-5"])).toEqual(
      '"a,b","say ""hi""",,3,\'=SUM(A1),\'-5\r\n'
    )
  })
})
