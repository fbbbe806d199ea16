import { defineWidgetConfig } from "@medusajs/admin-sdk"
import { AdminOrder, DetailWidgetProps } from "@medusajs/framework/types"
import { MapPin } from "@medusajs/icons"
import {
  Badge,
  Button,
  Container,
  Heading,
  Skeleton,
  StatusBadge,
  Text,
  Tooltip,
} from "@medusajs/ui"
import { useState } from "react"
import { useTranslation } from "react-i18next"
import { MallStatusBadge } from "../components/mall-status-badge"
import {
  AllocationsByLocation,
  lineLabelFrom,
  UnallocatedList,
} from "../components/routing/allocations"
import {
  describeGeocode,
  formatDestination,
} from "../components/routing/format"
import {
  RerouteDrawer,
  RerouteLine,
} from "../components/routing/reroute-drawer"
import { RoutingTrace } from "../components/routing/routing-trace"
import { useMyDepartments, useUserLabels } from "../hooks/api/departments"
import { useOrderRouting } from "../hooks/api/routing"
import { formatDateTime } from "../lib/date"
import type { AdminRoutingDecision } from "../lib/routing-types"
import { ROUTING_STATUS_COLORS } from "../lib/status-colors"

/** "Version 2 · Re-routed by Li Wei on Nov 29, 2026, 14:05" */
const DecisionMeta = ({
  decision,
  userLabel,
}: {
  decision: AdminRoutingDecision
  userLabel: (id: string | null) => string | null
}) => {
  const { t, i18n } = useTranslation()
  const who = userLabel(decision.created_by)
  const date = formatDateTime(decision.created_at, i18n.language)
  const source = t(`mall.routing.sources.${decision.source}`, {
    defaultValue: decision.source,
  })

  return (
    <div className="flex flex-col gap-y-0.5">
      <Text
        size="xsmall"
        leading="compact"
        className="text-ui-fg-subtle"
        data-testid="mall-order-routing-meta"
      >
        {[
          t("mall.routing.widget.version", { version: decision.version }),
          who
            ? t("mall.routing.widget.decidedBy", { source, user: who, date })
            : t("mall.routing.widget.decidedAt", { source, date }),
        ].join(" · ")}
      </Text>
      {decision.reason && (
        <Text size="xsmall" leading="compact" className="italic">
          “{decision.reason}”
        </Text>
      )}
    </div>
  )
}

const OrderRoutingWidget = ({ data: order }: DetailWidgetProps<AdminOrder>) => {
  const { t } = useTranslation()
  const { routing, isPending, isError, error } = useOrderRouting(order.id)
  const [showTrace, setShowTrace] = useState(false)
  const [showHistory, setShowHistory] = useState(false)
  const [rerouting, setRerouting] = useState(false)
  // Only the warehouse department re-routes (the server checks it too).
  const { roleIn, isPending: meLoading } = useMyDepartments()
  const mayReroute = !!roleIn("warehouse")
  const decision = routing?.decision ?? null
  const history = routing?.history ?? []
  const userLabel = useUserLabels([
    decision?.created_by,
    ...history.map((d) => d.created_by),
  ])

  // Lines still to ship, as routing sees them: shippable, not yet fulfilled.
  const lines: RerouteLine[] = (order.items ?? [])
    .filter((item) => item.requires_shipping !== false)
    .map((item) => ({
      id: item.id,
      title: item.title,
      sku: item.variant_sku ?? null,
      quantity:
        Number(item.quantity) - Number(item.detail?.fulfilled_quantity ?? 0),
    }))
    .filter((line) => line.quantity > 0)
  const lineLabel = lineLabelFrom(decision?.allocations ?? [], (lineId) => {
    const line = lines.find((l) => l.id === lineId)
    return line ? { title: line.title, sku: line.sku } : null
  })

  return (
    <Container className="divide-y p-0" data-testid="mall-order-routing-widget">
      <div className="flex flex-wrap items-center justify-between gap-2 px-6 py-4">
        <Heading level="h2">{t("mall.routing.widget.title")}</Heading>
        <div className="flex items-center gap-x-2">
          {routing && !meLoading && mayReroute && (
            <Button
              size="small"
              variant="secondary"
              onClick={() => setRerouting(true)}
              data-testid="mall-order-routing-reroute"
            >
              {t("mall.routing.reroute.action")}
            </Button>
          )}
          {routing && !meLoading && !mayReroute && (
            <Tooltip
              content={t("mall.routing.reroute.notMember")}
              maxWidth={280}
            >
              <span tabIndex={0} className="rounded-md">
                <Button
                  size="small"
                  variant="secondary"
                  disabled
                  data-testid="mall-order-routing-reroute"
                >
                  {t("mall.routing.reroute.action")}
                </Button>
              </span>
            </Tooltip>
          )}
          {decision ? (
            <MallStatusBadge
              status={decision.status}
              colors={ROUTING_STATUS_COLORS}
              labelPrefix="mall.routing.status"
              testId="mall-order-routing-status"
            />
          ) : (
            routing && (
              <StatusBadge
                color="grey"
                data-testid="mall-order-routing-status"
                data-status="none"
              >
                {t("mall.routing.widget.notRouted")}
              </StatusBadge>
            )
          )}
        </div>
      </div>
      {isPending && (
        <div className="flex flex-col gap-y-2 px-6 py-4" aria-busy="true">
          <Skeleton className="h-5 w-full" />
          <Skeleton className="h-5 w-2/3" />
        </div>
      )}
      {isError && (
        <Text
          size="small"
          className="text-ui-fg-error px-6 py-4"
          data-testid="mall-order-routing-error"
        >
          {t("mall.common.loadError", { message: error?.message ?? "" })}
        </Text>
      )}
      {routing && !decision && (
        <Text size="small" className="text-ui-fg-muted px-6 py-4">
          {t("mall.routing.widget.notRoutedHint")}
        </Text>
      )}
      {routing && decision && (
        <>
          <div className="flex flex-col gap-y-2 px-6 py-4">
            <Text size="small" data-testid="mall-order-routing-summary">
              {decision.summary}
            </Text>
            <div className="text-ui-fg-subtle flex items-start gap-x-1.5">
              <MapPin className="mt-0.5 shrink-0" />
              <div className="flex flex-col">
                <Text size="xsmall" leading="compact">
                  {formatDestination(routing.destination)}
                </Text>
                {decision.geocode && (
                  <Text size="xsmall" leading="compact">
                    {describeGeocode(decision.geocode, t)}
                  </Text>
                )}
              </div>
            </div>
            <DecisionMeta decision={decision} userLabel={userLabel} />
          </div>
          <div className="flex flex-col gap-y-3 px-6 py-4">
            <AllocationsByLocation allocations={decision.allocations} />
            {decision.unallocated.length > 0 && (
              <div className="flex flex-col gap-y-1">
                <Text size="small" weight="plus" className="text-ui-fg-error">
                  {t("mall.routing.unallocated.title")}
                </Text>
                <UnallocatedList
                  unallocated={decision.unallocated}
                  lineLabel={lineLabel}
                />
              </div>
            )}
          </div>
          <div className="flex flex-col gap-y-3 px-6 py-4">
            <div className="flex flex-wrap items-center justify-between gap-2">
              <Button
                size="small"
                variant="transparent"
                className="-ml-2"
                onClick={() => setShowTrace(!showTrace)}
                aria-expanded={showTrace}
                data-testid="mall-order-routing-trace-toggle"
              >
                {showTrace
                  ? t("mall.routing.widget.hideTrace")
                  : t("mall.routing.widget.showTrace", {
                      count: decision.trace.length,
                    })}
              </Button>
              {history.length > 0 && (
                <Button
                  size="small"
                  variant="transparent"
                  className="-mr-2"
                  onClick={() => setShowHistory(!showHistory)}
                  aria-expanded={showHistory}
                  data-testid="mall-order-routing-history-toggle"
                >
                  {t("mall.routing.widget.history", { count: history.length })}
                </Button>
              )}
            </div>
            {showTrace && (
              <RoutingTrace
                entries={decision.trace}
                geocode={decision.geocode}
              />
            )}
            {showHistory && (
              <ol
                className="flex flex-col gap-y-3"
                data-testid="mall-order-routing-history"
              >
                {history.map((earlier) => (
                  <li key={earlier.id} className="flex flex-col gap-y-1">
                    <div className="flex items-center gap-x-2">
                      <MallStatusBadge
                        status={earlier.status}
                        colors={ROUTING_STATUS_COLORS}
                        labelPrefix="mall.routing.status"
                      />
                      <Badge size="2xsmall" color="grey">
                        {t("mall.routing.widget.version", {
                          version: earlier.version,
                        })}
                      </Badge>
                    </div>
                    <Text size="xsmall" leading="compact">
                      {earlier.summary}
                    </Text>
                    <DecisionMeta decision={earlier} userLabel={userLabel} />
                  </li>
                ))}
              </ol>
            )}
          </div>
        </>
      )}
      <RerouteDrawer
        orderId={order.id}
        salesChannelId={order.sales_channel_id ?? null}
        lines={lines}
        decision={decision}
        open={rerouting}
        onOpenChange={setRerouting}
      />
    </Container>
  )
}

// The side column, under the pipeline: the routing gate's detail.
export const config = defineWidgetConfig({
  zone: "order.details.side.after",
  id: "enterprise-mall:order-routing",
})

export default OrderRoutingWidget
