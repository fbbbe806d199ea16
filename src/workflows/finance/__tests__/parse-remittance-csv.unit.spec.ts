import { normalizeStatementLines } from "../utils/match-remittance-lines"
import { parseRemittanceCsv as parseRaw } from "../utils/parse-remittance-csv"

/** Reads the file and checks its lines as the import does. */
const parseRemittanceCsv = (content: string) =>
  normalizeStatementLines(parseRaw(content))

describe("parseRemittanceCsv", () => {
  it("reads rows in any column order, with file line numbers", () => {
    const lines = parseRemittanceCsv(
      "\uFEFFAmount,Tracking Number,order_display_id,collected_at,currency_code\r\n" +
        "100,SF1001,1001,2026-11-20,cny\r\n" +
        "\r\n" +
        '"1,250.00",SF1002,,2026-11-21 10:00,\r\n'
    )
    expect(lines).toEqual([
      expect.objectContaining({
        line_number: 2,
        tracking_number: "SF1001",
        order_display_id: 1001,
        amount: "100",
        currency_code: "cny",
        invalid: null,
      }),
      expect.objectContaining({
        line_number: 4,
        tracking_number: "SF1002",
        order_display_id: null,
        amount: "1250",
        currency_code: null,
        collected_at: "2026-11-21T10:00:00.000Z",
        invalid: null,
      }),
    ])
  })

  it("turns a bad row into an invalid line without losing the others", () => {
    const lines = parseRemittanceCsv(
      "tracking_number,amount,collected_at\n" +
        "SF1,abc,2026-11-20\n" +
        "SF2,10\n" +
        "SF3,10,2026-11-20\n"
    )
    expect(lines.map((l) => l.invalid === null)).toEqual([false, false, true])
    expect(lines[0].invalid).toContain('amount "abc" is not a number')
    expect(lines[1].invalid).toContain(
      "the row has 2 values, the header has 3 columns"
    )
  })

  it("skips the blank rows spreadsheets export, keeping line numbers", () => {
    const lines = parseRemittanceCsv(
      "tracking_number,amount,collected_at\n" +
        ",,\n" +
        "SF1,10,2026-11-20\n" +
        ", ,\n"
    )
    expect(lines.map((l) => l.line_number)).toEqual([3])
  })

  it("reads semicolon-separated files", () => {
    const [line] = parseRemittanceCsv(
      "tracking_number;amount;collected_at\nSF1;10,5;2026-11-20\n"
    )
    expect(line.tracking_number).toEqual("SF1")
  })

  it.each([
    ["", /empty/],
    ["tracking_number,amount,collected_at\n", /no rows/],
    [
      "tracking_number,amout,collected_at\nSF1,1,2026-11-20",
      /unknown columns: "amout"/,
    ],
    [
      "tracking_number,collected_at\nSF1,2026-11-20",
      /lacks the column "amount"/,
    ],
    [
      "amount,collected_at\n1,2026-11-20",
      /tracking_number or order_display_id/,
    ],
    ["amount,amount,collected_at,tracking_number\n1,1,2026-11-20,A", /repeats/],
  ])("refuses an unreadable file %j", (content, message) => {
    expect(() => parseRemittanceCsv(content)).toThrow(message)
  })
})
