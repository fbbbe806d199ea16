import { toIntlLocale } from "../../lib/format"

const UNITS: [Intl.RelativeTimeFormatUnit, number][] = [
  ["day", 24 * 60 * 60 * 1000],
  ["hour", 60 * 60 * 1000],
  ["minute", 60 * 1000],
]

/** "in 3 hours", "2 days ago" in the dashboard's language. */
export const formatRelative = (
  value: string | null | undefined,
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

/** "Nov 29, 5:53 PM" (the year only when it is not this year), for tight columns. */
export const formatShortDateTime = (
  value: string | Date | null | undefined,
  language: string | undefined
): string => {
  if (!value) {
    return "—"
  }
  const date = new Date(value)
  if (Number.isNaN(date.getTime())) {
    return String(value)
  }
  const thisYear = date.getFullYear() === new Date().getFullYear()
  return new Intl.DateTimeFormat(toIntlLocale(language), {
    year: thisYear ? undefined : "numeric",
    month: "short",
    day: "numeric",
    hour: "numeric",
    minute: "2-digit",
  }).format(date)
}
