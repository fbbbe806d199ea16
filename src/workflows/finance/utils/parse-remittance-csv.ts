import { MedusaError } from "@medusajs/framework/utils"
import { parse } from "csv-parse/sync"
import type { RawStatementLine } from "../../../types/cod-collection"

export const REMITTANCE_CSV_COLUMNS = [
  "tracking_number",
  "order_display_id",
  "amount",
  "currency_code",
  "collected_at",
] as const
type Column = (typeof REMITTANCE_CSV_COLUMNS)[number]

/** A statement larger than this is split by the courier or by finance. */
export const MAX_STATEMENT_LINES = 200_000

const normalizeHeader = (h: string) =>
  h
    .trim()
    .toLowerCase()
    .replace(/[\s-]+/g, "_")

/** Comma unless the header line is clearly separated by semicolons or tabs. */
function detectDelimiter(text: string): string {
  const header = text.slice(0, text.search(/\r?\n|$/))
  for (const candidate of ["\t", ";"]) {
    if (header.includes(candidate) && !header.includes(",")) {
      return candidate
    }
  }
  return ","
}

const invalid = (message: string) =>
  new MedusaError(MedusaError.Types.INVALID_DATA, message)

/**
 * Reads a courier statement in CSV: a header row naming the columns
 * (tracking_number, order_display_id, amount, currency_code, collected_at, in
 * any order; amount, collected_at and one of tracking_number /
 * order_display_id are required), then one row per parcel. Values are
 * returned as read, to be checked line by line (`normalizeStatementLine`);
 * a row with the wrong number of values carries a `read_error`. Only a file
 * that cannot be read at all (no header, unknown columns, broken quoting) is
 * refused. `line_number` is the row's line in the file (the header is line 1).
 */
export function parseRemittanceCsv(
  content: string | Buffer
): RawStatementLine[] {
  const text = (
    typeof content === "string" ? content : content.toString("utf-8")
  ).replace(/^\uFEFF/, "")
  if (!text.trim()) {
    throw invalid(
      "The CSV file is empty: it needs a header row and one row per parcel"
    )
  }
  let records: { record: string[]; info: { lines: number } }[]
  try {
    records = parse(text, {
      delimiter: detectDelimiter(text),
      info: true,
      relax_column_count: true,
      relax_quotes: true,
      skip_empty_lines: true,
      skip_records_with_empty_values: true,
      trim: true,
    }) as unknown as { record: string[]; info: { lines: number } }[]
  } catch (e) {
    throw invalid(`The CSV file cannot be read: ${(e as Error).message}`)
  }
  if (!records.length) {
    throw invalid(
      "The CSV file is empty: it needs a header row and one row per parcel"
    )
  }
  const [{ record: header }, ...rows] = records
  const columns = header.map(normalizeHeader)
  const unknown = columns.filter(
    (c) => !(REMITTANCE_CSV_COLUMNS as readonly string[]).includes(c)
  )
  if (unknown.length) {
    throw invalid(
      `The CSV header has unknown columns: ${unknown.map((c) => `"${c}"`).join(", ")}. Columns are ${REMITTANCE_CSV_COLUMNS.join(", ")}`
    )
  }
  const repeated = columns.filter((c, i) => columns.indexOf(c) !== i)
  if (repeated.length) {
    throw invalid(
      `The CSV header repeats the column ${[...new Set(repeated)].map((c) => `"${c}"`).join(", ")}`
    )
  }
  const missing = (["amount", "collected_at"] as Column[]).filter(
    (c) => !columns.includes(c)
  )
  if (
    !columns.includes("tracking_number") &&
    !columns.includes("order_display_id")
  ) {
    missing.push("tracking_number or order_display_id" as Column)
  }
  if (missing.length) {
    throw invalid(
      `The CSV header lacks the column ${missing.map((c) => `"${c}"`).join(", ")}. Columns are ${REMITTANCE_CSV_COLUMNS.join(", ")}`
    )
  }
  if (!rows.length) {
    throw invalid("The CSV file has a header but no rows")
  }
  if (rows.length > MAX_STATEMENT_LINES) {
    throw invalid(
      `The CSV file has ${rows.length} rows; a statement may have at most ${MAX_STATEMENT_LINES}`
    )
  }

  return rows.map(({ record, info }) => {
    const raw: RawStatementLine = { line_number: info.lines }
    columns.forEach((column, i) => {
      raw[column as Column] = record[i]
    })
    if (record.length !== columns.length) {
      raw.read_error = `the row has ${record.length} values, the header has ${columns.length} columns`
    }
    return raw
  })
}
