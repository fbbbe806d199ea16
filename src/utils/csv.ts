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
