import { createDataTableColumnHelper, Text } from "@medusajs/ui"
import { useMemo } from "react"
import { useTranslation } from "react-i18next"
import { MallStatusBadge } from "../../../../components/mall-status-badge"
import { Amounts } from "../../../../components/money"
import { formatDateTime } from "../../../../lib/date"
import type { AdminRemittance } from "../../../../lib/finance-types"
import { REMITTANCE_STATUS_COLORS } from "../../../../lib/status-colors"

const column = createDataTableColumnHelper<AdminRemittance>()

export const useRemittanceColumns = () => {
  const { t, i18n } = useTranslation()

  return useMemo(
    () => [
      column.accessor("statement_reference", {
        header: t("mall.finance.fields.statementReference"),
        cell: ({ row }) => (
          <div className="flex flex-col">
            <Text size="small" weight="plus" leading="compact">
              {row.original.statement_reference}
            </Text>
            {row.original.bank_reference && (
              <Text size="xsmall" className="text-ui-fg-subtle">
                {row.original.bank_reference}
              </Text>
            )}
          </div>
        ),
      }),
      column.accessor("carrier", {
        header: t("mall.finance.fields.carrier"),
      }),
      column.accessor("line_count", {
        header: t("mall.finance.fields.lines"),
        cell: ({ row }) => {
          const { summary, line_count } = row.original
          const problems =
            line_count - (summary?.matched ?? 0) - (summary?.duplicate ?? 0)
          return (
            <div className="flex flex-col">
              <span>{line_count}</span>
              {problems > 0 && (
                <Text size="xsmall" className="text-ui-fg-error">
                  {t("mall.finance.remittances.toReview", { count: problems })}
                </Text>
              )}
            </div>
          )
        },
      }),
      column.display({
        id: "total",
        header: t("mall.finance.fields.totalAmount"),
        cell: ({ row }) => (
          <Amounts amounts={row.original.summary?.total_amount} />
        ),
      }),
      column.accessor("status", {
        header: t("mall.finance.fields.status"),
        cell: ({ row }) => (
          <MallStatusBadge
            status={row.original.status}
            colors={REMITTANCE_STATUS_COLORS}
            labelPrefix="mall.finance.remittanceStatus"
            testId="mall-remittance-status"
          />
        ),
      }),
      column.accessor("created_at", {
        header: t("mall.finance.fields.importedAt"),
        cell: ({ getValue }) => formatDateTime(getValue(), i18n.language),
      }),
    ],
    [t, i18n.language]
  )
}
