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

/** "Nov 29, 5:53 PM" (the year only when it is not this year), for tight columns. */
export const formatShortDateTime = (
  value: DateValue,
  language?: string
): string => {
  const thisYear =
    !!value && new Date(value).getFullYear() === new Date().getFullYear()
  return format(
    value,
    {
      year: thisYear ? undefined : "numeric",
      month: "short",
      day: "numeric",
      hour: "numeric",
      minute: "2-digit",
    },
    language
  )
}

const UNITS: [Intl.RelativeTimeFormatUnit, number][] = [
  ["day", 24 * 60 * 60 * 1000],
  ["hour", 60 * 60 * 1000],
  ["minute", 60 * 1000],
]

/** "in 3 hours", "2 days ago" in the dashboard's language. */
export const formatRelative = (
  value: DateValue,
  language: string | undefined,
  now = Date.now()
): string | null => {
  if (!value) {
    return null
  }
  const time = new Date(value).getTime()
  if (Number.isNaN(time)) {
    return null
  }
  const diff = time - now
  const format = new Intl.RelativeTimeFormat(toIntlLocale(language), {
    numeric: "auto",
  })
  for (const [unit, ms] of UNITS) {
    if (Math.abs(diff) >= ms || unit === "minute") {
      return format.format(Math.round(diff / ms), unit)
    }
  }
  return null
}
