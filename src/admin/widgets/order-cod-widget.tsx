import { defineWidgetConfig } from "@medusajs/admin-sdk"
import { AdminOrder, DetailWidgetProps } from "@medusajs/framework/types"
import { Container, Heading, Skeleton, Text } from "@medusajs/ui"
import { ReactNode, useEffect, useRef } from "react"
import { useTranslation } from "react-i18next"
import { CodStatusBadge } from "../components/cod-status-badge"
import { useOrderCod } from "../hooks/api/cod"
import {
  formatAmount,
  isCodProvider,
  MANUAL_PROVIDER_ID,
  readableProviderName,
} from "../lib/format"

const Row = ({
  label,
  value,
  testId,
}: {
  label: string
  value: ReactNode
  testId?: string
}) => (
  <div className="text-ui-fg-subtle grid grid-cols-2 items-center gap-x-4 px-6 py-4">
    <Text size="small" weight="plus" leading="compact">
      {label}
    </Text>
    <Text
      size="small"
      leading="compact"
      className="text-right"
      data-testid={testId}
    >
      {value}
    </Text>
  </div>
)

const OrderCodWidget = ({ data: order }: DetailWidgetProps<AdminOrder>) => {
  const { t, i18n } = useTranslation()
  const { cod, isPending, isError, error, refetch } = useOrderCod(order.id)

  // The dashboard refetches the order after a capture, a refund or a cancel;
  // follow it so the COD state never lags behind the rest of the page.
  const paymentStatus = order.payment_status
  const lastPaymentStatus = useRef(paymentStatus)
  useEffect(() => {
    if (lastPaymentStatus.current !== paymentStatus) {
      lastPaymentStatus.current = paymentStatus
      refetch()
    }
  }, [paymentStatus, refetch])

  const providerName = (providerId: string | null) => {
    if (!providerId) {
      return t("mall.cod.providers.none")
    }
    if (isCodProvider(providerId)) {
      return t("mall.cod.providers.cod")
    }
    if (providerId === MANUAL_PROVIDER_ID) {
      return t("mall.cod.providers.manual")
    }
    return readableProviderName(providerId)
  }

  const money = (amount: number) =>
    formatAmount(
      amount,
      cod?.currency_code ?? order.currency_code,
      i18n.language
    )

  let body: ReactNode

  if (isPending) {
    body = (
      <div className="flex flex-col gap-y-2 px-6 py-4" aria-busy="true">
        <Skeleton className="h-5 w-full" />
        <Skeleton className="h-5 w-2/3" />
      </div>
    )
  } else if (isError || !cod) {
    body = (
      <div className="px-6 py-4">
        <Text
          size="small"
          className="text-ui-fg-error"
          data-testid="mall-order-cod-error"
        >
          {t("mall.cod.widget.loadError", { message: error?.message ?? "" })}
        </Text>
      </div>
    )
  } else if (!cod.is_cod) {
    body = (
      <>
        <Row
          label={t("mall.cod.widget.paymentMethod")}
          value={providerName(cod.provider_id)}
          testId="mall-order-cod-payment-method"
        />
        <div className="px-6 py-4">
          <Text
            size="small"
            leading="compact"
            className="text-ui-fg-muted"
            data-testid="mall-order-cod-not-cod"
          >
            {t("mall.cod.widget.notCod")}
          </Text>
        </div>
      </>
    )
  } else {
    body = (
      <>
        <Row
          label={t("mall.cod.widget.paymentMethod")}
          value={providerName(cod.provider_id)}
          testId="mall-order-cod-payment-method"
        />
        <div className="grid grid-cols-2 items-center gap-x-4 px-6 py-4">
          <Text size="small" weight="plus" leading="compact">
            {t("mall.cod.widget.amountToCollect")}
          </Text>
          <Text
            size="base"
            weight="plus"
            leading="compact"
            className="text-right"
            data-testid="mall-order-cod-amount-to-collect"
          >
            {money(cod.amount_to_collect)}
          </Text>
        </div>
        <Row
          label={t("mall.cod.widget.orderTotal")}
          value={money(cod.order_total)}
          testId="mall-order-cod-order-total"
        />
        <Row
          label={t("mall.cod.widget.collected")}
          value={money(cod.amount_captured)}
          testId="mall-order-cod-collected"
        />
        {cod.amount_refunded > 0 && (
          <Row
            label={t("mall.cod.widget.refunded")}
            value={money(cod.amount_refunded)}
            testId="mall-order-cod-refunded"
          />
        )}
      </>
    )
  }

  return (
    <Container className="divide-y p-0" data-testid="mall-order-cod-widget">
      <div className="flex items-center justify-between gap-x-4 px-6 py-4">
        <Heading level="h2">{t("mall.cod.title")}</Heading>
        {cod?.is_cod && <CodStatusBadge status={cod.status} />}
      </div>
      {body}
    </Container>
  )
}

export const config = defineWidgetConfig({
  zone: "order.details.side.before",
  id: "enterprise-mall:order-cod",
})

export default OrderCodWidget
