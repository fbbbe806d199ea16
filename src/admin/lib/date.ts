import { toIntlLocale } from "./format"

/** "Nov 29, 2026, 14:05" in the dashboard's language. */
export const formatDateTime = (
  value: string | null | undefined,
  language?: string
): string => {
  if (!value) {
    return "—"
  }
  const date = new Date(value)
  if (Number.isNaN(date.getTime())) {
    return value
  }
  return new Intl.DateTimeFormat(toIntlLocale(language), {
    dateStyle: "medium",
    timeStyle: "short",
  }).format(date)
}

/** "Nov 29, 2026" in the dashboard's language. */
export const formatDate = (
  value: string | null | undefined,
  language?: string
): string => {
  if (!value) {
    return "—"
  }
  const date = new Date(value)
  if (Number.isNaN(date.getTime())) {
    return value
  }
  return new Intl.DateTimeFormat(toIntlLocale(language), {
    dateStyle: "medium",
  }).format(date)
}
