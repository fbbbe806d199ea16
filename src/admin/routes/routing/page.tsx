import { defineRouteConfig } from "@medusajs/admin-sdk"
import { Directions } from "@medusajs/icons"
import { Container } from "@medusajs/ui"
import { useTranslation } from "react-i18next"
import { useNavigate } from "react-router-dom"
import { MallDataTable, usePagination } from "../../components/mall-data-table"
import { OverviewCard } from "../../components/overview-card"
import { PageHeading } from "../../components/page-heading"
import {
  useGeoCentroids,
  useRoutingQueue,
  useRoutingRules,
  useWarehouses,
} from "../../hooks/api/routing"
import { useQueueColumns } from "./components/queue-columns"

/**
 * Routing at a glance: the warehouses, the rules, the simulator, and the
 * orders routing could not fully place.
 */
const RoutingPage = () => {
  const { t } = useTranslation()
  const navigate = useNavigate()
  const warehouses = useWarehouses()
  const rules = useRoutingRules()
  const centroids = useGeoCentroids({ limit: 1 })
  const { pagination, setPagination, query } = usePagination()
  const { orders, count, isPending, error } = useRoutingQueue(query)
  const columns = useQueueColumns()

  const shipping = (warehouses.warehouses ?? []).filter(
    (w) => w.profile?.is_active && w.profile.ships_online
  ).length
  const ruleList = rules.routing_rules?.rules ?? []

  return (
    <div className="flex flex-col gap-y-3" data-testid="mall-routing-page">
      <Container className="px-6 py-4">
        <PageHeading
          title={t("mall.routing.title")}
          description={t("mall.routing.description")}
        />
      </Container>
      <div className="grid grid-cols-1 gap-3 md:grid-cols-2 xl:grid-cols-4">
        <OverviewCard
          to="/routing/warehouses"
          title={t("mall.routing.warehouses.title")}
          figure={warehouses.warehouses ? shipping : "—"}
          detail={
            warehouses.warehouses
              ? t("mall.routing.overview.warehouses", {
                  count: warehouses.warehouses.length,
                })
              : undefined
          }
          isLoading={warehouses.isPending}
          testId="mall-routing-card-warehouses"
        />
        <OverviewCard
          to="/routing/rules"
          title={t("mall.routing.rules.title")}
          figure={
            rules.routing_rules
              ? ruleList.filter((rule) => rule.enabled).length
              : "—"
          }
          detail={
            rules.routing_rules
              ? t("mall.routing.overview.rules", {
                  count: ruleList.length,
                  source: t(
                    `mall.cod.settings.source.${rules.routing_rules.source}`
                  ),
                })
              : undefined
          }
          isLoading={rules.isPending}
          testId="mall-routing-card-rules"
        />
        <OverviewCard
          to="/routing/simulator"
          title={t("mall.routing.simulator.title")}
          detail={t("mall.routing.overview.simulator")}
          testId="mall-routing-card-simulator"
        />
        <OverviewCard
          to="/routing/centroids"
          title={t("mall.routing.centroids.title")}
          figure={centroids.count ?? "—"}
          detail={t("mall.routing.overview.centroids")}
          isLoading={centroids.isPending}
          testId="mall-routing-card-centroids"
        />
      </div>
      <MallDataTable
        testId="mall-routing-queue"
        heading={
          <PageHeading
            level="h2"
            title={t("mall.routing.queue.title")}
            description={t("mall.routing.queue.description")}
          />
        }
        columns={columns}
        data={orders}
        count={count}
        isLoading={isPending}
        error={error}
        pagination={pagination}
        onPaginationChange={setPagination}
        getRowId={(row) => row.order_id}
        onRowClick={(row) => navigate(`/orders/${row.order_id}`)}
        emptyHeading={t("mall.routing.queue.empty")}
        emptyDescription={t("mall.routing.queue.emptyHint")}
      />
    </div>
  )
}

export const config = defineRouteConfig({
  label: "mall.routing.navLabel",
  translationNs: "translation",
  icon: Directions,
})

export default RoutingPage
