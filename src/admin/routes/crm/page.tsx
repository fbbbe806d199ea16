import { defineRouteConfig } from "@medusajs/admin-sdk"
import { UserGroup } from "@medusajs/icons"
import { Container } from "@medusajs/ui"
import { useTranslation } from "react-i18next"
import { OverviewCard } from "../../components/overview-card"
import { PageHeading } from "../../components/page-heading"
import { useCrmContacts } from "../../hooks/api/crm"
import {
  useCrmMatches,
  useCrmOrderReviews,
  useCrmSyncJobs,
} from "../../hooks/api/crm-review"

/**
 * The CRM at a glance: the contacts (the enterprise's golden records of its
 * customers, offline and online) and the import of offline customers; then
 * the work waiting: possible duplicates to decide, orders held at the
 * customer gate (and how many are late), deliveries to the CRM that failed.
 */
const CrmPage = () => {
  const { t } = useTranslation()
  const all = useCrmContacts({ limit: 1 })
  const offline = useCrmContacts({ source: "offline_import", limit: 1 })
  const online = useCrmContacts({ source: "online", limit: 1 })
  const matches = useCrmMatches({ status: "pending", limit: 1 })
  const reviews = useCrmOrderReviews({ status: "pending", limit: 1 })
  const overdue = useCrmOrderReviews({ overdue: "true", limit: 1 })
  const failed = useCrmSyncJobs({ status: "failed", limit: 1 })

  return (
    <div className="flex flex-col gap-y-3" data-testid="mall-crm-page">
      <Container className="px-6 py-4">
        <PageHeading
          title={t("mall.crm.title")}
          description={t("mall.crm.description")}
        />
      </Container>
      <div className="grid grid-cols-1 gap-3 md:grid-cols-2 xl:grid-cols-4">
        <OverviewCard
          to="/crm/contacts"
          title={t("mall.crm.contacts.title")}
          figure={all.count ?? "—"}
          detail={t("mall.crm.overview.contacts")}
          isLoading={all.isPending}
          testId="mall-crm-card-contacts"
        />
        <OverviewCard
          to="/crm/contacts?source=offline_import"
          title={t("mall.crm.sources.offline_import")}
          figure={offline.count ?? "—"}
          detail={t("mall.crm.overview.offline")}
          isLoading={offline.isPending}
          testId="mall-crm-card-offline"
        />
        <OverviewCard
          to="/crm/contacts?source=online"
          title={t("mall.crm.sources.online")}
          figure={online.count ?? "—"}
          detail={t("mall.crm.overview.online")}
          isLoading={online.isPending}
          testId="mall-crm-card-online"
        />
        <OverviewCard
          to="/crm/contacts?import=1"
          title={t("mall.crm.import.title")}
          detail={t("mall.crm.overview.import")}
          testId="mall-crm-card-import"
        />
      </div>
      <div className="grid grid-cols-1 gap-3 md:grid-cols-3">
        <OverviewCard
          to="/crm/matches"
          title={t("mall.crm.matches.title")}
          figure={matches.count ?? "—"}
          detail={t("mall.crm.overview.matches", {
            count: matches.count ?? 0,
          })}
          isLoading={matches.isPending}
          testId="mall-crm-card-matches"
        />
        <OverviewCard
          to="/crm/order-reviews"
          title={t("mall.crm.orderReviews.title")}
          figure={reviews.count ?? "—"}
          detail={
            overdue.count ? (
              <span
                className="text-ui-fg-error"
                data-testid="mall-crm-card-overdue"
              >
                {t("mall.crm.overview.overdue", { count: overdue.count })}
              </span>
            ) : (
              t("mall.crm.overview.orderReviews", {
                count: reviews.count ?? 0,
              })
            )
          }
          isLoading={reviews.isPending}
          testId="mall-crm-card-order-reviews"
        />
        <OverviewCard
          to={failed.count ? "/crm/sync-jobs?status=failed" : "/crm/sync-jobs"}
          title={t("mall.crm.syncJobs.title")}
          figure={failed.count ?? "—"}
          detail={t("mall.crm.overview.syncJobs", {
            count: failed.count ?? 0,
          })}
          isLoading={failed.isPending}
          testId="mall-crm-card-sync-jobs"
        />
      </div>
    </div>
  )
}

export const config = defineRouteConfig({
  label: "mall.crm.navLabel",
  translationNs: "translation",
  icon: UserGroup,
})

export default CrmPage
