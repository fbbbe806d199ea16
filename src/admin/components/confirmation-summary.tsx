import { Text } from "@medusajs/ui"
import { ReactNode } from "react"
import { useTranslation } from "react-i18next"
import { useProviderName } from "../hooks/use-provider-name"
import type { AdminPaymentConfirmation } from "../lib/finance-types"
import { Money } from "./money"

const Row = ({ label, value }: { label: string; value: ReactNode }) => (
  <div className="grid grid-cols-2 gap-x-4">
    <Text size="small" leading="compact" className="text-ui-fg-subtle">
      {label}
    </Text>
    <Text size="small" leading="compact" className="text-right">
      {value}
    </Text>
  </div>
)

/** What finance is deciding on: the order, the buyer and the amount. */
export const ConfirmationSummary = ({
  confirmation,
}: {
  confirmation: AdminPaymentConfirmation
}) => {
  const { t } = useTranslation()
  const providerName = useProviderName()

  return (
    <div className="bg-ui-bg-subtle shadow-borders-base flex flex-col gap-y-2 rounded-lg px-4 py-3">
      <Row
        label={t("mall.finance.fields.order")}
        value={
          confirmation.display_id !== null
            ? `#${confirmation.display_id}`
            : confirmation.order_id
        }
      />
      <Row
        label={t("mall.finance.fields.customer")}
        value={confirmation.customer_email ?? "—"}
      />
      <Row
        label={t("mall.finance.fields.provider")}
        value={providerName(confirmation.provider_id)}
      />
      <Row
        label={t("mall.finance.fields.expectedAmount")}
        value={
          <Money
            amount={confirmation.expected_amount}
            currency={confirmation.currency_code}
          />
        }
      />
    </div>
  )
}
