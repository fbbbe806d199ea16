import { Badge, createDataTableColumnHelper, Text, Tooltip } from "@medusajs/ui"
import { useMemo } from "react"
import { useTranslation } from "react-i18next"
import { MallStatusBadge } from "../../../components/mall-status-badge"
import { OrderLink } from "../../../components/order-link"
import { formatDestination } from "../../../components/routing/format"
import { formatDateTime } from "../../../lib/date"
import type { AdminRoutingQueueEntry } from "../../../lib/routing-types"
import { ROUTING_STATUS_COLORS } from "../../../lib/status-colors"

const column = createDataTableColumnHelper<AdminRoutingQueueEntry>()

/** Lines and units left without a warehouse; the reasons on hover. */
const UnallocatedCell = ({ entry }: { entry: AdminRoutingQueueEntry }) => {
  const { t } = useTranslation()
  const lines = entry.unallocated
  if (!lines.length) {
    return <span className="text-ui-fg-muted">—</span>
  }
  const units = lines.reduce((sum, line) => sum + line.quantity, 0)
  const label = [
    t("mall.routing.queue.unallocatedLines", { count: lines.length }),
    t("mall.routing.queue.unallocatedUnits", { count: units }),
  ].join(" · ")

  return (
    <Tooltip
      maxWidth={360}
      content={
        <ul className="flex flex-col gap-y-1">
          {lines.map((line, index) => (
            <li key={`${line.line_item_id}-${index}`}>
              {t("mall.routing.queue.unallocatedReason", {
                count: line.quantity,
                reason: line.reason,
              })}
            </li>
          ))}
        </ul>
      }
    >
      <span
        className="txt-compact-small cursor-default underline decoration-dotted underline-offset-2"
        data-testid="mall-routing-queue-unallocated"
      >
        {label}
      </span>
    </Tooltip>
  )
}

export const useQueueColumns = () => {
  const { t, i18n } = useTranslation()

  return useMemo(
    () => [
      column.accessor("display_id", {
        header: t("mall.routing.fields.order"),
        cell: ({ row }) => (
          <div className="flex flex-col">
            <OrderLink
              orderId={row.original.order_id}
              displayId={row.original.display_id}
            />
            {row.original.email && (
              <Text size="xsmall" className="text-ui-fg-subtle">
                {row.original.email}
              </Text>
            )}
          </div>
        ),
      }),
      column.accessor("destination", {
        header: t("mall.routing.fields.destination"),
        cell: ({ getValue }) => formatDestination(getValue()),
      }),
      column.accessor("status", {
        header: t("mall.routing.fields.status"),
        cell: ({ row }) => (
          <MallStatusBadge
            status={row.original.status}
            colors={ROUTING_STATUS_COLORS}
            labelPrefix="mall.routing.status"
            testId="mall-routing-queue-status"
          />
        ),
      }),
      column.accessor("summary", {
        header: t("mall.routing.fields.summary"),
        cell: ({ getValue }) => (
          <Text
            size="small"
            className="max-w-[16rem] truncate"
            title={getValue()}
          >
            {getValue()}
          </Text>
        ),
      }),
      column.accessor("unallocated", {
        header: t("mall.routing.fields.unallocated"),
        cell: ({ row }) => <UnallocatedCell entry={row.original} />,
      }),
      column.accessor("gate_due_at", {
        header: t("mall.routing.fields.gateDue"),
        cell: ({ row }) => (
          <div className="flex flex-col items-start gap-y-0.5">
            <Text size="small">
              {formatDateTime(row.original.gate_due_at, i18n.language)}
            </Text>
            {row.original.overdue && (
              <Badge
                size="2xsmall"
                color="red"
                data-testid="mall-routing-queue-overdue"
              >
                {t("mall.pipeline.gate.overdue")}
              </Badge>
            )}
          </div>
        ),
      }),
    ],
    [t, i18n.language]
  )
}
