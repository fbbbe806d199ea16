import type { useTranslation } from "react-i18next"
import { formatAmount } from "../../lib/format"
import type { AdminPipelineTimelineEntry } from "../../lib/pipeline-types"

type TFunction = ReturnType<typeof useTranslation>["t"]

const text = (value: unknown) =>
  typeof value === "string" && value.trim() ? value : null

const amount = (value: unknown) =>
  typeof value === "number"
    ? value
    : typeof value === "string" && value.trim() && !Number.isNaN(Number(value))
      ? Number(value)
      : null

/**
 * The facts of an entry worth a glance (reference, amount, who bears a
 * cost, the courier statement), from its audit data, or null.
 */
export const timelineDetail = (
  entry: AdminPipelineTimelineEntry,
  t: TFunction,
  language: string
): string | null => {
  const data = entry.data ?? {}
  const currency = text(data.currency_code)
  const money = (value: unknown) => {
    const n = amount(value)
    return n !== null && currency ? formatAmount(n, currency, language) : null
  }
  const bearer = text(data.bearer)

  const parts = [
    text(data.reference),
    text(data.statement_reference),
    money(data.received_amount ?? data.amount),
    bearer ? t(`mall.bearers.${bearer}`, { defaultValue: bearer }) : null,
  ].filter(Boolean)

  return parts.length ? parts.join(" · ") : null
}
