import { readCsvTable } from "../../../utils/csv"
import type { RawStatementLine } from "../../../types/cod-collection"

export const REMITTANCE_CSV_COLUMNS = [
  "tracking_number",
  "order_display_id",
  "amount",
  "currency_code",
  "collected_at",
] as const

/** A statement larger than this is split by the courier or by finance. */
export const MAX_STATEMENT_LINES = 200_000

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
  const rows = readCsvTable(content, {
    columns: REMITTANCE_CSV_COLUMNS,
    required: [
      "amount",
      "collected_at",
      ["tracking_number", "order_display_id"],
    ],
    maxRows: MAX_STATEMENT_LINES,
    row: "parcel",
    batch: "a statement",
    skipBlankRows: true,
    reportRaggedRows: true,
  })
  return rows.map(({ line, ...values }) => ({
    ...values,
    line_number: line,
  }))
}
