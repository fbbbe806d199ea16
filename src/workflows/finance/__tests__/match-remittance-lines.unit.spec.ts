import type { MatchableReceivable } from "../../../types/cod-collection"
import {
  classifyStatementLines,
  collectMatchKeys,
  indexReceivables,
  normalizeStatementLine,
  parseAmount,
  parseCollectedAt,
} from "../utils/match-remittance-lines"

const receivable = (
  overrides: Partial<MatchableReceivable> = {}
): MatchableReceivable => ({
  id: "codrcv_1",
  order_id: "order_1",
  display_id: 1001,
  tracking_number: "SF1001",
  currency_code: "cny",
  amount_to_collect: "100",
  status: "due",
  settled_at: null,
  ...overrides,
})

const line = (raw: Record<string, unknown>, n = 1) =>
  normalizeStatementLine({ amount: 100, collected_at: "2026-11-20", ...raw }, n)

describe("normalizeStatementLine", () => {
  it("accepts a complete line and keeps amounts exact", () => {
    expect(
      normalizeStatementLine(
        {
          tracking_number: " SF1001 ",
          order_display_id: "#1001",
          amount: "1,234.50",
          currency_code: "CNY",
          collected_at: "2026-11-20 14:30",
        },
        3
      )
    ).toEqual({
      line_number: 3,
      tracking_number: "SF1001",
      order_display_id: 1001,
      amount: "1234.5",
      currency_code: "cny",
      collected_at: "2026-11-20T14:30:00.000Z",
      invalid: null,
    })
  })

  it("names every problem of a bad line", () => {
    const bad = normalizeStatementLine(
      { amount: "abc", collected_at: "2026-02-30", currency_code: "yuan" },
      7
    )
    expect(bad.invalid).toContain('amount "abc" is not a number')
    expect(bad.invalid).toContain('collected_at "2026-02-30" is not a date')
    expect(bad.invalid).toContain('currency_code "yuan" is not an ISO 4217')
    expect(bad.invalid).toContain(
      "neither tracking_number nor order_display_id is given"
    )
  })

  it.each([
    [{ amount: undefined }, "amount is missing"],
    [{ amount: -5 }, "amount -5 is negative"],
    [{ amount: "1.23456" }, "more than 4 decimals"],
    [{ collected_at: "" }, "collected_at is missing"],
    [{ collected_at: "yesterday" }, 'collected_at "yesterday" is not a date'],
    [
      { order_display_id: "A-12", tracking_number: undefined },
      "not an order number",
    ],
    [{ tracking_number: { no: 1 } }, "is not text"],
  ])("reports %j as invalid: %s", (raw, message) => {
    expect(line({ tracking_number: "SF1", ...raw }).invalid).toContain(message)
  })
})

describe("parseAmount / parseCollectedAt", () => {
  it("reads numbers and decimal text exactly", () => {
    expect(parseAmount(0.1)).toEqual("0.1")
    expect(parseAmount("0100.50")).toEqual("100.5")
    expect(parseAmount(" 7 ")).toEqual("7")
    expect(parseAmount(null)).toBeNull()
  })

  it("reads dates with zones and refuses impossible ones", () => {
    expect(parseCollectedAt("2026-11-20T08:00:00+08:00")).toEqual(
      new Date("2026-11-20T00:00:00.000Z")
    )
    expect(parseCollectedAt("2026/1/5")).toEqual(
      new Date("2026-01-05T00:00:00.000Z")
    )
    expect(parseCollectedAt("2026-11-20T25:00")).toBeInstanceOf(Error)
    expect(parseCollectedAt("2026-13-01")).toBeInstanceOf(Error)
  })
})

describe("classifyStatementLines", () => {
  const classify = (
    lines: Record<string, unknown>[],
    receivables: MatchableReceivable[],
    defaultCurrency?: string
  ) =>
    classifyStatementLines(
      lines.map((l, i) => line(l, i + 1)),
      indexReceivables(receivables),
      { default_currency_code: defaultCurrency }
    )

  it("matches by tracking number, else by display id", () => {
    const r1 = receivable()
    const r2 = receivable({
      id: "codrcv_2",
      order_id: "order_2",
      display_id: 1002,
      tracking_number: "SF1002",
    })
    const [a, b] = classify(
      [{ tracking_number: "SF1001" }, { order_display_id: 1002 }],
      [r1, r2]
    )
    expect(a).toEqual(
      expect.objectContaining({
        outcome: "matched",
        receivable_id: "codrcv_1",
        currency_code: "cny",
        reason: null,
      })
    )
    expect(b).toEqual(
      expect.objectContaining({ outcome: "matched", receivable_id: "codrcv_2" })
    )
  })

  it("falls back to the display id when the tracking number is unknown", () => {
    const [result] = classify(
      [{ tracking_number: "NOPE", order_display_id: 1001 }],
      [receivable()]
    )
    expect(result.outcome).toEqual("matched")
  })

  it("reports short and excess with the difference", () => {
    const [short, excess] = classify(
      [
        { tracking_number: "SF1001", amount: "90.5" },
        { tracking_number: "SF1002", amount: 120 },
      ],
      [
        receivable(),
        receivable({
          id: "codrcv_2",
          display_id: 1002,
          tracking_number: "SF1002",
        }),
      ]
    )
    expect(short.outcome).toEqual("short")
    expect(short.reason).toEqual(
      "collected 90.5 CNY, expected 100 CNY (short by 9.5 CNY)"
    )
    expect(excess.outcome).toEqual("excess")
    expect(excess.reason).toContain("excess of 20 CNY")
  })

  it("reports lines without a receivable as unknown", () => {
    const [result] = classify(
      [{ tracking_number: "ZZ9", order_display_id: 77 }],
      []
    )
    expect(result).toEqual(
      expect.objectContaining({
        outcome: "unknown",
        receivable_id: null,
        reason: "no COD receivable for tracking number ZZ9 or order #77",
      })
    )
  })

  it("marks a receivable paid twice, or already settled, as duplicate", () => {
    const settled = receivable({
      id: "codrcv_9",
      display_id: 1009,
      tracking_number: "SF1009",
      status: "settled",
      settled_at: new Date("2026-11-01T00:00:00Z"),
    })
    const results = classify(
      [
        { tracking_number: "SF1001" },
        { order_display_id: 1001 },
        { tracking_number: "SF1009" },
      ],
      [receivable(), settled]
    )
    expect(results.map((r) => r.outcome)).toEqual([
      "matched",
      "duplicate",
      "duplicate",
    ])
    expect(results[1].reason).toEqual(
      "order #1001 is already paid on line 1 of this statement"
    )
    expect(results[2].reason).toContain("already settled")
    expect(results[2].reason).toContain("2026-11-01")
  })

  it("keeps invalid lines and refuses a currency the order is not in", () => {
    const results = classify(
      [
        { tracking_number: "SF1001", amount: "x" },
        { tracking_number: "SF1001", currency_code: "usd" },
        { tracking_number: "SF1001" },
      ],
      [receivable()]
    )
    expect(results.map((r) => r.outcome)).toEqual([
      "invalid",
      "invalid",
      "matched",
    ])
    expect(results[1].reason).toContain("currency USD does not match")
  })

  it("applies the statement's currency to lines without one", () => {
    const [result] = classify(
      [{ tracking_number: "SF1001" }],
      [receivable()],
      "usd"
    )
    expect(result.outcome).toEqual("invalid")
  })

  it("treats money remitted for a refused parcel as excess", () => {
    const [result] = classify(
      [{ tracking_number: "SF1001" }],
      [receivable({ status: "refused" })]
    )
    expect(result.outcome).toEqual("excess")
    expect(result.reason).toContain("refused")
  })

  it("collects the keys of valid lines only", () => {
    expect(
      collectMatchKeys([
        line({ tracking_number: "A", order_display_id: 5 }),
        line({ tracking_number: "B", amount: "bad" }),
        line({ tracking_number: "A" }),
      ])
    ).toEqual({ tracking_numbers: ["A"], display_ids: [5] })
  })
})
