import { toIntlLocale } from "./format"

// The server's HTTP types allow `string | Date` for dates: JSON brings the
// browser strings, but a route may hold a Date until it is serialised.
type DateValue = string | Date | null | undefined

const format = (
  value: DateValue,
  options: Intl.DateTimeFormatOptions,
  language?: string
): string => {
  if (!value) {
    return "—"
  }
  const date = new Date(value)
  if (Number.isNaN(date.getTime())) {
    return String(value)
  }
  return new Intl.DateTimeFormat(toIntlLocale(language), options).format(date)
}

/** "Nov 29, 2026, 14:05" in the dashboard's language. */
export const formatDateTime = (value: DateValue, language?: string): string =>
  format(value, { dateStyle: "medium", timeStyle: "short" }, language)

/** "Nov 29, 2026" in the dashboard's language. */
export const formatDate = (value: DateValue, language?: string): string =>
  format(value, { dateStyle: "medium" }, language)
