import { Button, createDataTableColumnHelper, Text } from "@medusajs/ui"
import { useMemo } from "react"
import { useTranslation } from "react-i18next"
import { MallStatusBadge } from "../../../../../components/mall-status-badge"
import { Money } from "../../../../../components/money"
import { OrderLink } from "../../../../../components/order-link"
import { formatDate } from "../../../../../lib/date"
import type {
  AdminRemittanceLine,
  RemittanceStatus,
} from "../../../../../lib/finance-types"
import { OUTCOME_COLORS } from "../../../../../lib/status-colors"

const column = createDataTableColumnHelper<AdminRemittanceLine>()

/**
 * Once a remittance is confirmed, its disputed short and excess lines can
 * have the remitted amount accepted by finance.
 */
export const isAcceptable = (
  line: AdminRemittanceLine,
  remittanceStatus: RemittanceStatus
) =>
  remittanceStatus === "confirmed" &&
  line.status === "disputed" &&
  (line.outcome === "short" || line.outcome === "excess")

export const useLineColumns = (
  remittanceStatus: RemittanceStatus,
  onAccept: (line: AdminRemittanceLine) => void
) => {
  const { t, i18n } = useTranslation()

  return useMemo(
    () => [
      column.accessor("line_number", {
        header: t("mall.finance.fields.lineNumber"),
        size: 64,
      }),
      column.accessor("tracking_number", {
        header: t("mall.finance.fields.trackingNumber"),
        cell: ({ getValue }) => getValue() ?? "—",
      }),
      column.display({
        id: "order",
        header: t("mall.finance.fields.order"),
        cell: ({ row }) => {
          const { receivable, order_display_id } = row.original
          return (
            <OrderLink
              orderId={receivable?.order_id}
              displayId={receivable?.display_id ?? order_display_id}
            />
          )
        },
      }),
      column.accessor("collected_at", {
        header: t("mall.finance.fields.collectedAt"),
        cell: ({ getValue }) => formatDate(getValue(), i18n.language),
      }),
      column.accessor("amount", {
        header: t("mall.finance.fields.remitted"),
        cell: ({ row }) => (
          <Money
            amount={row.original.amount}
            currency={
              row.original.currency_code ??
              row.original.receivable?.currency_code
            }
          />
        ),
      }),
      column.display({
        id: "expected",
        header: t("mall.finance.fields.expected"),
        cell: ({ row }) => (
          <Money
            amount={row.original.receivable?.amount_to_collect}
            currency={row.original.receivable?.currency_code}
          />
        ),
      }),
      column.accessor("outcome", {
        header: t("mall.finance.fields.outcome"),
        cell: ({ row }) => (
          <div className="flex flex-col gap-y-0.5">
            <MallStatusBadge
              status={row.original.outcome}
              colors={OUTCOME_COLORS}
              labelPrefix="mall.finance.outcome"
              testId="mall-remittance-line-outcome"
            />
            {row.original.status !== "open" && (
              <Text size="xsmall" className="text-ui-fg-subtle">
                {t(`mall.finance.lineStatus.${row.original.status}`)}
              </Text>
            )}
          </div>
        ),
      }),
      column.accessor("reason", {
        header: t("mall.finance.fields.reason"),
        minSize: 280,
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
      column.display({
        id: "actions",
        cell: ({ row }) =>
          isAcceptable(row.original, remittanceStatus) ? (
            <Button
              size="small"
              variant="transparent"
              onClick={() => onAccept(row.original)}
              data-testid="mall-remittance-line-accept"
            >
              {t("mall.finance.acceptLine.action")}
            </Button>
          ) : null,
      }),
    ],
    [t, i18n.language, onAccept, remittanceStatus]
  )
}
