import { createDataTableColumnHelper, Text } from "@medusajs/ui"
import { useMemo } from "react"
import { useTranslation } from "react-i18next"
import { MallStatusBadge } from "../../../../components/mall-status-badge"
import { Money } from "../../../../components/money"
import { OrderLink } from "../../../../components/order-link"
import { useProviderName } from "../../../../hooks/use-provider-name"
import { formatDateTime } from "../../../../lib/date"
import type { AdminPaymentConfirmation } from "../../../../lib/finance-types"
import { CONFIRMATION_STATUS_COLORS } from "../../../../lib/status-colors"
import { ConfirmationActions } from "./confirmation-actions"

const column = createDataTableColumnHelper<AdminPaymentConfirmation>()

export const useConfirmationColumns = () => {
  const { t, i18n } = useTranslation()
  const providerName = useProviderName()

  return useMemo(
    () => [
      column.accessor("display_id", {
        header: t("mall.finance.fields.order"),
        cell: ({ row }) => (
          <div className="flex flex-col">
            <OrderLink
              orderId={row.original.order_id}
              displayId={row.original.display_id}
            />
            <Text size="xsmall" className="text-ui-fg-subtle">
              {formatDateTime(row.original.created_at, i18n.language)}
            </Text>
          </div>
        ),
      }),
      column.accessor("customer_email", {
        header: t("mall.finance.fields.customer"),
        cell: ({ getValue }) => getValue() ?? "—",
      }),
      column.accessor("provider_id", {
        header: t("mall.finance.fields.provider"),
        cell: ({ getValue }) => providerName(getValue()),
      }),
      column.accessor("expected_amount", {
        header: t("mall.finance.fields.expectedAmount"),
        cell: ({ row }) => (
          <Money
            amount={row.original.expected_amount}
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
              colors={CONFIRMATION_STATUS_COLORS}
              labelPrefix="mall.finance.confirmationStatus"
              testId="mall-confirmation-status"
            />
            {row.original.status === "confirmed" && (
              <Text size="xsmall" className="text-ui-fg-subtle">
                {row.original.reference}
                {row.original.mismatch_accepted && (
                  <>
                    {" · "}
                    <Money
                      amount={row.original.received_amount}
                      currency={row.original.currency_code}
                    />
                  </>
                )}
              </Text>
            )}
            {row.original.status === "rejected" && row.original.reason && (
              <Text
                size="xsmall"
                className="text-ui-fg-subtle max-w-[16rem] truncate"
                title={row.original.reason}
              >
                {row.original.reason}
              </Text>
            )}
          </div>
        ),
      }),
      column.display({
        id: "actions",
        minSize: 190,
        cell: ({ row }) => <ConfirmationActions confirmation={row.original} />,
      }),
    ],
    [t, i18n.language, providerName]
  )
}
