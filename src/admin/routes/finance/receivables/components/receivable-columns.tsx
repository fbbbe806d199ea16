import { createDataTableColumnHelper, Text } from "@medusajs/ui"
import { useMemo } from "react"
import { useTranslation } from "react-i18next"
import { MallStatusBadge } from "../../../../components/mall-status-badge"
import { Money } from "../../../../components/money"
import { OrderLink } from "../../../../components/order-link"
import { formatDate } from "../../../../lib/date"
import type { AdminCodReceivable } from "../../../../lib/finance-types"
import { RECEIVABLE_STATUS_COLORS } from "../../../../lib/status-colors"

const column = createDataTableColumnHelper<AdminCodReceivable>()

export const useReceivableColumns = () => {
  const { t, i18n } = useTranslation()
  const date = (value: string | null) => formatDate(value, i18n.language)

  return useMemo(
    () => [
      column.accessor("display_id", {
        header: t("mall.finance.fields.order"),
        cell: ({ row }) => (
          <OrderLink
            orderId={row.original.order_id}
            displayId={row.original.display_id}
          />
        ),
      }),
      column.accessor("carrier", {
        header: t("mall.finance.fields.carrier"),
        cell: ({ row }) => (
          <div className="flex flex-col">
            <span>{row.original.carrier ?? "—"}</span>
            {row.original.tracking_number && (
              <Text size="xsmall" className="text-ui-fg-subtle">
                {row.original.tracking_number}
              </Text>
            )}
          </div>
        ),
      }),
      column.accessor("amount_to_collect", {
        header: t("mall.finance.fields.amountToCollect"),
        cell: ({ row }) => (
          <Money
            amount={row.original.amount_to_collect}
            currency={row.original.currency_code}
          />
        ),
      }),
      column.accessor("status", {
        header: t("mall.finance.fields.status"),
        cell: ({ row }) => (
          <div className="flex flex-col gap-y-0.5">
            <MallStatusBadge
              status={row.original.status}
              colors={RECEIVABLE_STATUS_COLORS}
              labelPrefix="mall.finance.receivableStatus"
              testId="mall-receivable-status"
            />
            {row.original.closed_reason && (
              <Text
                size="xsmall"
                className="text-ui-fg-subtle max-w-[16rem] truncate"
                title={row.original.closed_reason}
              >
                {row.original.closed_reason}
              </Text>
            )}
          </div>
        ),
      }),
      column.accessor("shipped_at", {
        header: t("mall.finance.fields.shippedAt"),
        cell: ({ getValue }) => date(getValue()),
      }),
      column.accessor("delivered_at", {
        header: t("mall.finance.fields.deliveredAt"),
        cell: ({ getValue }) => date(getValue()),
      }),
      column.accessor("days_since_delivery", {
        header: t("mall.finance.fields.daysSinceDelivery"),
        cell: ({ row }) => {
          const days = row.original.days_since_delivery
          if (days === null) {
            return row.original.settled_at ? (
              <Text size="xsmall" className="text-ui-fg-subtle">
                {t("mall.finance.receivables.settledOn", {
                  date: date(row.original.settled_at),
                })}
              </Text>
            ) : (
              "—"
            )
          }
          return (
            <span
              className={
                days > 30
                  ? "text-ui-fg-error"
                  : days > 15
                    ? "text-ui-tag-orange-text"
                    : undefined
              }
            >
              {t("mall.finance.receivables.days", { count: days })}
            </span>
          )
        },
      }),
    ],
    [t, i18n.language]
  )
}
