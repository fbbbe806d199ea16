import { defineRouteConfig } from "@medusajs/admin-sdk"
import { Receipt } from "@medusajs/icons"
import { Alert, Container, Text } from "@medusajs/ui"
import { useTranslation } from "react-i18next"
import { Amounts } from "../../components/money"
import { OverviewCard } from "../../components/overview-card"
import { PageHeading } from "../../components/page-heading"
import { useMyDepartments } from "../../hooks/api/departments"
import {
  useLogisticsCosts,
  usePaymentConfirmations,
  useReceivablesAging,
  useRemittances,
} from "../../hooks/api/finance"

/** Finance at a glance: what waits for a decision, and what couriers owe. */
const FinancePage = () => {
  const { t } = useTranslation()
  const { roleIn, isPending: meLoading } = useMyDepartments()
  const confirmations = usePaymentConfirmations({ status: "pending", limit: 1 })
  const remittances = useRemittances({ status: "imported", limit: 1 })
  const aging = useReceivablesAging()
  const costs = useLogisticsCosts({ limit: 1 })
  const totals = aging.aging?.totals

  return (
    <div className="flex flex-col gap-y-3" data-testid="mall-finance-page">
      <Container className="px-6 py-4">
        <PageHeading
          title={t("mall.finance.title")}
          description={t("mall.finance.description")}
        />
      </Container>
      {!meLoading && !roleIn("finance") && (
        <Alert variant="info" data-testid="mall-finance-not-member">
          <Text size="small">{t("mall.finance.notMember")}</Text>
        </Alert>
      )}
      <div className="grid grid-cols-1 gap-3 md:grid-cols-2 xl:grid-cols-4">
        <OverviewCard
          to="/finance/confirmations"
          title={t("mall.finance.confirmations.title")}
          figure={confirmations.count ?? "—"}
          detail={t("mall.finance.overview.pendingConfirmations")}
          isLoading={confirmations.isPending}
          testId="mall-finance-card-confirmations"
        />
        <OverviewCard
          to="/finance/remittances"
          title={t("mall.finance.remittances.title")}
          figure={remittances.count ?? "—"}
          detail={t("mall.finance.overview.statementsToConfirm")}
          isLoading={remittances.isPending}
          testId="mall-finance-card-remittances"
        />
        <OverviewCard
          to="/finance/receivables"
          title={t("mall.finance.receivables.title")}
          figure={
            totals?.due_total.count ? (
              <Amounts amounts={totals.due_total.amounts} />
            ) : (
              (totals?.due_total.count ?? "—")
            )
          }
          detail={
            totals
              ? t("mall.finance.overview.receivablesDue", {
                  count: totals.due_total.count,
                  over30: totals.due.days_over_30.count,
                })
              : undefined
          }
          isLoading={aging.isPending}
          testId="mall-finance-card-receivables"
        />
        <OverviewCard
          to="/finance/logistics-costs"
          title={t("mall.finance.logisticsCosts.title")}
          figure={costs.count ?? "—"}
          detail={t("mall.finance.overview.logisticsCosts")}
          isLoading={costs.isPending}
          testId="mall-finance-card-logistics-costs"
        />
      </div>
    </div>
  )
}

export const config = defineRouteConfig({
  label: "mall.finance.navLabel",
  translationNs: "translation",
  icon: Receipt,
})

export default FinancePage
