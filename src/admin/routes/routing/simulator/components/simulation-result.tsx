import { MapPin } from "@medusajs/icons"
import { Heading, Text } from "@medusajs/ui"
import { useTranslation } from "react-i18next"
import { MallStatusBadge } from "../../../../components/mall-status-badge"
import {
  AllocationsTable,
  lineLabelFrom,
  UnallocatedList,
} from "../../../../components/routing/allocations"
import { describeGeocode } from "../../../../components/routing/format"
import { RoutingTrace } from "../../../../components/routing/routing-trace"
import type { AdminRoutingSimulation } from "../../../../lib/routing-types"
import { ROUTING_STATUS_COLORS } from "../../../../lib/status-colors"
import type { SimulationItem } from "./simulation-form"
import { variantLabel } from "./variant-picker"

/** What routing would decide: status, shipments, what is left, and why. */
export const SimulationResult = ({
  simulation,
  items,
}: {
  simulation: AdminRoutingSimulation
  items: SimulationItem[]
}) => {
  const { t } = useTranslation()
  // A simulated line is named after the variant it asks for.
  const lineLabel = lineLabelFrom(simulation.allocations, (lineId) => {
    const item = items.find((i) => i.variant.id === lineId)
    return item ? { title: variantLabel(item.variant), sku: null } : null
  })

  return (
    <div className="divide-y" data-testid="mall-simulator-result">
      <div className="flex flex-col gap-y-2 px-6 py-4">
        <div className="flex flex-wrap items-center justify-between gap-2">
          <Heading level="h2">{t("mall.routing.simulator.result")}</Heading>
          <MallStatusBadge
            status={simulation.status}
            colors={ROUTING_STATUS_COLORS}
            labelPrefix="mall.routing.status"
            testId="mall-simulator-status"
          />
        </div>
        <Text size="small" data-testid="mall-simulator-summary">
          {simulation.summary}
        </Text>
        <div className="text-ui-fg-subtle flex items-center gap-x-1.5">
          <MapPin className="shrink-0" />
          <Text size="small" data-testid="mall-simulator-geocode">
            {describeGeocode(simulation.geocode, t)}
          </Text>
        </div>
      </div>
      <section className="flex flex-col">
        <div className="px-6 pt-4 pb-2">
          <Heading level="h3">{t("mall.routing.allocations.title")}</Heading>
        </div>
        <AllocationsTable allocations={simulation.allocations} />
      </section>
      {simulation.unallocated.length > 0 && (
        <section className="flex flex-col gap-y-2 px-6 py-4">
          <Heading level="h3">{t("mall.routing.unallocated.title")}</Heading>
          <UnallocatedList
            unallocated={simulation.unallocated}
            lineLabel={lineLabel}
          />
        </section>
      )}
      <section className="flex flex-col gap-y-3 px-6 py-4">
        <Heading level="h3">{t("mall.routing.trace.title")}</Heading>
        <RoutingTrace entries={simulation.trace} geocode={simulation.geocode} />
      </section>
    </div>
  )
}
