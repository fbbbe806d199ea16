import { Badge, createDataTableColumnHelper, Text } from "@medusajs/ui"
import { useMemo } from "react"
import { useTranslation } from "react-i18next"
import { Money } from "../../../../components/money"
import { OrderLink } from "../../../../components/order-link"
import { formatDateTime } from "../../../../lib/date"
import type { AdminLogisticsCost } from "../../../../lib/finance-types"

const column = createDataTableColumnHelper<AdminLogisticsCost>()

export const useLogisticsCostColumns = ({
  displayId,
  userLabel,
}: {
  displayId: (orderId: string) => number | null
  userLabel: (userId: string | null) => string | null
}) => {
  const { t, i18n } = useTranslation()

  return useMemo(
    () => [
      column.accessor("order_id", {
        header: t("mall.finance.fields.order"),
        cell: ({ row }) => (
          <OrderLink
            orderId={row.original.order_id}
            displayId={
              row.original.display_id ?? displayId(row.original.order_id)
            }
          />
        ),
      }),
      column.accessor("kind", {
        header: t("mall.finance.fields.kind"),
        cell: ({ getValue }) => t(`mall.finance.costKind.${getValue()}`),
      }),
      column.accessor("amount", {
        header: t("mall.finance.fields.amount"),
        cell: ({ row }) => (
          <Money
            amount={row.original.amount}
            currency={row.original.currency_code}
          />
        ),
      }),
      column.accessor("bearer", {
        header: t("mall.finance.fields.bearer"),
        cell: ({ getValue }) => (
          <Badge size="2xsmall" data-testid="mall-logistics-cost-bearer">
            {t(`mall.bearers.${getValue()}`)}
          </Badge>
        ),
      }),
      column.accessor("reason", {
        header: t("mall.finance.fields.reason"),
        cell: ({ getValue }) => {
          const reason = getValue()
          return reason ? (
            <Text
              size="small"
              className="text-ui-fg-subtle whitespace-normal"
              title={reason}
            >
              {reason}
            </Text>
          ) : (
            "—"
          )
        },
      }),
      column.accessor("created_at", {
        header: t("mall.finance.fields.recordedAt"),
        cell: ({ row }) => (
          <div className="flex flex-col">
            <span>
              {formatDateTime(row.original.created_at, i18n.language)}
            </span>
            {row.original.recorded_by && (
              <Text size="xsmall" className="text-ui-fg-subtle">
                {userLabel(row.original.recorded_by)}
              </Text>
            )}
          </div>
        ),
      }),
    ],
    [t, i18n.language, displayId, userLabel]
  )
}
