import { Buildings } from "@medusajs/icons"
import { Table, Text } from "@medusajs/ui"
import { useTranslation } from "react-i18next"
import type {
  AdminRoutingAllocation,
  RoutingUnallocated,
} from "../../lib/routing-types"

/** A line's readable name: from the allocations, else the caller's lookup. */
export type LineLabel = (lineItemId: string) => {
  title: string
  sku: string | null
}

export const lineLabelFrom =
  (
    allocations: AdminRoutingAllocation[],
    fallback?: (
      lineItemId: string
    ) => { title: string; sku: string | null } | null
  ): LineLabel =>
  (lineItemId) => {
    const allocation = allocations.find((a) => a.line_item_id === lineItemId)
    if (allocation?.title) {
      return { title: allocation.title, sku: allocation.sku }
    }
    return fallback?.(lineItemId) ?? { title: lineItemId, sku: null }
  }

/** Allocations as a table: location, item, SKU, quantity. */
export const AllocationsTable = ({
  allocations,
}: {
  allocations: AdminRoutingAllocation[]
}) => {
  const { t } = useTranslation()

  if (!allocations.length) {
    return (
      <Text size="small" className="text-ui-fg-muted px-6 py-4">
        {t("mall.routing.allocations.empty")}
      </Text>
    )
  }

  return (
    <Table data-testid="mall-routing-allocations">
      <Table.Header>
        <Table.Row>
          <Table.HeaderCell>
            {t("mall.routing.fields.location")}
          </Table.HeaderCell>
          <Table.HeaderCell>{t("mall.routing.fields.item")}</Table.HeaderCell>
          <Table.HeaderCell>{t("mall.routing.fields.sku")}</Table.HeaderCell>
          <Table.HeaderCell className="text-right">
            {t("mall.routing.fields.quantity")}
          </Table.HeaderCell>
        </Table.Row>
      </Table.Header>
      <Table.Body>
        {allocations.map((allocation, index) => (
          <Table.Row
            key={`${allocation.line_item_id}-${allocation.location_id}-${index}`}
            data-testid="mall-routing-allocation"
          >
            <Table.Cell>
              {allocation.location_name ?? allocation.location_id}
            </Table.Cell>
            <Table.Cell>
              {allocation.title ?? allocation.line_item_id}
            </Table.Cell>
            <Table.Cell>{allocation.sku ?? "—"}</Table.Cell>
            <Table.Cell className="text-right tabular-nums">
              {allocation.quantity}
            </Table.Cell>
          </Table.Row>
        ))}
      </Table.Body>
    </Table>
  )
}

/** Allocations grouped by the warehouse that ships them. */
export const AllocationsByLocation = ({
  allocations,
}: {
  allocations: AdminRoutingAllocation[]
}) => {
  const { t } = useTranslation()
  const groups = new Map<string, AdminRoutingAllocation[]>()
  for (const allocation of allocations) {
    groups.set(allocation.location_id, [
      ...(groups.get(allocation.location_id) ?? []),
      allocation,
    ])
  }

  if (!groups.size) {
    return (
      <Text size="small" className="text-ui-fg-muted">
        {t("mall.routing.allocations.empty")}
      </Text>
    )
  }

  return (
    <ul className="flex flex-col gap-y-3" data-testid="mall-routing-shipments">
      {[...groups.entries()].map(([locationId, lines]) => (
        <li
          key={locationId}
          className="flex flex-col gap-y-1"
          data-testid="mall-routing-shipment"
          data-location-id={locationId}
        >
          <div className="flex items-center gap-x-2">
            <Buildings className="text-ui-fg-muted" />
            <Text size="small" weight="plus" leading="compact">
              {lines[0].location_name ?? locationId}
            </Text>
          </div>
          <ul className="flex flex-col gap-y-0.5 pl-7">
            {lines.map((line, index) => (
              <li
                key={`${line.line_item_id}-${index}`}
                className="flex items-baseline justify-between gap-x-2"
              >
                <Text
                  size="xsmall"
                  leading="compact"
                  className="text-ui-fg-subtle min-w-0 truncate"
                  title={line.title ?? line.line_item_id}
                >
                  {line.title ?? line.line_item_id}
                  {line.sku && (
                    <span className="text-ui-fg-muted"> · {line.sku}</span>
                  )}
                </Text>
                <Text
                  size="xsmall"
                  leading="compact"
                  className="shrink-0 tabular-nums"
                >
                  × {line.quantity}
                </Text>
              </li>
            ))}
          </ul>
        </li>
      ))}
    </ul>
  )
}

/** Units no warehouse could take, with the reason. */
export const UnallocatedList = ({
  unallocated,
  lineLabel,
}: {
  unallocated: RoutingUnallocated[]
  lineLabel: LineLabel
}) => {
  const { t } = useTranslation()

  if (!unallocated.length) {
    return null
  }

  return (
    <ul
      className="flex flex-col gap-y-1"
      data-testid="mall-routing-unallocated"
    >
      {unallocated.map((line, index) => {
        const label = lineLabel(line.line_item_id)
        return (
          <li
            key={`${line.line_item_id}-${index}`}
            className="flex flex-col"
            data-testid="mall-routing-unallocated-line"
          >
            <Text size="small" leading="compact">
              {t("mall.routing.unallocated.line", {
                title: label.title,
                quantity: line.quantity,
              })}
              {label.sku && (
                <span className="text-ui-fg-muted"> · {label.sku}</span>
              )}
            </Text>
            <Text size="xsmall" leading="compact" className="text-ui-fg-subtle">
              {line.reason}
            </Text>
          </li>
        )
      })}
    </ul>
  )
}
