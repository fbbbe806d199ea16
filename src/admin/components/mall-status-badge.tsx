import { StatusBadge } from "@medusajs/ui"
import { useTranslation } from "react-i18next"
import type { StatusColor } from "../lib/status-colors"

type MallStatusBadgeProps<T extends string> = {
  status: T
  colors: Record<T, StatusColor>
  /** i18n key prefix; the label is `${labelPrefix}.${status}`. */
  labelPrefix: string
  testId?: string
}

/** A coloured status dot and its translated label. */
export const MallStatusBadge = <T extends string>({
  status,
  colors,
  labelPrefix,
  testId,
}: MallStatusBadgeProps<T>) => {
  const { t } = useTranslation()

  return (
    <StatusBadge
      color={colors[status] ?? "grey"}
      data-testid={testId}
      data-status={status}
      className="whitespace-nowrap"
    >
      {t(`${labelPrefix}.${status}`, { defaultValue: status })}
    </StatusBadge>
  )
}
