import { MedusaError } from "@medusajs/framework/utils"
import { parse } from "csv-parse/sync"

/**
 * One CSV field (RFC 4180): quoted when it holds a separator, a quote or a
 * line break. Text that a spreadsheet would run as a formula (=, +, -, @ at
 * the start) is prefixed with a quote mark, so an exported value can never
 * execute when finance opens the file.
 */
export function csvField(value: unknown): string {
  if (value === null || value === undefined) {
    return ""
  }
  let text = value instanceof Date ? value.toISOString() : String(value)
  if (typeof value === "string" && /^[=+\-@\t\r]/.test(text)) {
    text = `'${text}`
  }
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text
}

/** One CSV row, CRLF-terminated as RFC 4180 asks. */
export const csvRow = (values: unknown[]) =>
  values.map(csvField).join(",") + "\r\n"

/**
 * One CSV row as read: its values by column, and `line`, its line in the
 * file (the header is line 1). `read_error` is set, with `reportRaggedRows`,
 * on a row whose values do not line up with the header.
 */
export type CsvRecord = {
  line: number
  read_error?: string
  [column: string]: unknown
}

export interface ReadCsvTableOptions {
  /** Every column the file may have; a header naming another is refused. */
  columns: readonly string[]
  /** Columns the header must have; a list stands for "one of these". */
  required: readonly (string | readonly string[])[]
  maxRows: number
  /** One row is one of these, for messages ("movement", "contact"). */
  row: string
  /** What a batch is called, for messages ("a batch", "an import"). */
  batch: string
  /** Skip rows whose values are all empty, as spreadsheets export blank rows (`,,,`). */
  skipBlankRows?: boolean
  /**
   * Mark a row with more or fewer values than the header has columns with
   * `read_error`, rather than reading it as far as it goes: a shifted row
   * would put an amount under the wrong column.
   */
  reportRaggedRows?: boolean
}

const csvInvalid = (message: string) =>
  new MedusaError(MedusaError.Types.INVALID_DATA, message)

/**
 * Reads a CSV table: a header naming the columns (any order; case, spaces
 * and dashes do not matter), then one row per record. Comma, semicolon or
 * tab separated, with or without a byte-order mark. Values are returned as
 * read, to be checked line by line; only a file that cannot be read at all
 * is refused, with a message the sender can act on.
 */
export function readCsvTable(
  content: string | Buffer,
  options: ReadCsvTableOptions
): CsvRecord[] {
  const body = (
    typeof content === "string" ? content : content.toString("utf-8")
  ).replace(/^\uFEFF/, "")
  if (!body.trim()) {
    throw csvInvalid(
      `The CSV file is empty: it needs a header row and one row per ${options.row}`
    )
  }
  const header = body.slice(0, body.search(/\r?\n|$/))
  const delimiter =
    ["\t", ";"].find((d) => header.includes(d) && !header.includes(",")) ?? ","
  let records: { record: string[]; info: { lines: number } }[]
  try {
    records = parse(body, {
      delimiter,
      info: true,
      relax_column_count: true,
      relax_quotes: true,
      skip_empty_lines: true,
      skip_records_with_empty_values: options.skipBlankRows ?? false,
      trim: true,
    }) as unknown as { record: string[]; info: { lines: number } }[]
  } catch (e) {
    throw csvInvalid(`The CSV file cannot be read: ${(e as Error).message}`)
  }
  if (!records.length) {
    throw csvInvalid(
      `The CSV file is empty: it needs a header row and one row per ${options.row}`
    )
  }
  const [first, ...rows] = records
  const columns = first.record.map((h) =>
    h
      .trim()
      .toLowerCase()
      .replace(/[\s-]+/g, "_")
  )
  const unknown = columns.filter((c) => !options.columns.includes(c))
  if (unknown.length) {
    throw csvInvalid(
      `The CSV header has unknown columns: ${unknown.map((c) => `"${c}"`).join(", ")}. Columns are ${options.columns.join(", ")}`
    )
  }
  const repeated = columns.filter((c, i) => columns.indexOf(c) !== i)
  if (repeated.length) {
    throw csvInvalid(
      `The CSV header repeats the column ${[...new Set(repeated)].map((c) => `"${c}"`).join(", ")}`
    )
  }
  const missing = options.required
    .filter((c) =>
      typeof c === "string"
        ? !columns.includes(c)
        : !c.some((one) => columns.includes(one))
    )
    .map((c) => (typeof c === "string" ? c : c.join(" or ")))
  if (missing.length) {
    throw csvInvalid(
      `The CSV header lacks the column ${missing.map((c) => `"${c}"`).join(", ")}. Columns are ${options.columns.join(", ")}`
    )
  }
  if (!rows.length) {
    throw csvInvalid("The CSV file has a header but no rows")
  }
  if (rows.length > options.maxRows) {
    throw csvInvalid(
      `The CSV file has ${rows.length} rows; ${options.batch} may have at most ${options.maxRows}`
    )
  }
  return rows.map(({ record, info }) => {
    const raw: CsvRecord = { line: info.lines }
    columns.forEach((column, i) => {
      raw[column] = record[i]
    })
    if (options.reportRaggedRows && record.length !== columns.length) {
      raw.read_error = `the row has ${record.length} values, the header has ${columns.length} columns`
    }
    return raw
  })
}
