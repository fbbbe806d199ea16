import { ArrowRightMini } from "@medusajs/icons"
import { Badge, Button, createDataTableColumnHelper, Text } from "@medusajs/ui"
import { useMemo } from "react"
import { useTranslation } from "react-i18next"
import { LegendSwatch } from "../../../../components/channel-inventory/pool-bar"
import {
  formatRate,
  suggestionReasoning,
} from "../../../../components/channel-inventory/suggestion-reasoning"
import type {
  AdminChannelSuggestion,
  SuggestionStatus,
} from "../../../../lib/channel-inventory-types"

const column = createDataTableColumnHelper<AdminChannelSuggestion>()

const STATUS_COLORS: Record<
  SuggestionStatus,
  "green" | "grey" | "orange" | "blue"
> = {
  move: "blue",
  balanced: "green",
  blocked: "orange",
  no_sales: "grey",
}

/** "● 20 → 9": one pool now and as suggested. */
const PoolChange = ({
  part,
  before,
  after,
  testId,
}: {
  part: "online" | "offline"
  before: number
  after: number
  testId: string
}) => (
  <div
    className="flex items-center gap-x-1.5 whitespace-nowrap tabular-nums"
    data-testid={testId}
  >
    <LegendSwatch part={part} />
    <Text size="small" className="text-ui-fg-subtle">
      {before}
    </Text>
    {after !== before && (
      <>
        <ArrowRightMini className="text-ui-fg-muted" />
        <Text size="small" weight="plus">
          {after}
        </Text>
      </>
    )}
  </div>
)

export const useSuggestionColumns = ({
  onApply,
  applying,
}: {
  onApply: (row: AdminChannelSuggestion) => void
  /** The row being applied, if any. */
  applying: string | null
}) => {
  const { t } = useTranslation()

  return useMemo(
    () => [
      column.accessor("title", {
        header: t("mall.channelInventory.fields.item"),
        cell: ({ row }) => (
          <div className="flex max-w-[12rem] flex-col">
            <Text
              size="small"
              weight="plus"
              leading="compact"
              className="truncate"
              title={row.original.title ?? undefined}
            >
              {row.original.title ?? row.original.inventory_item_id}
            </Text>
            <Text size="xsmall" className="text-ui-fg-subtle truncate">
              {[
                row.original.sku,
                row.original.location_name ?? row.original.location_id,
              ]
                .filter(Boolean)
                .join(" · ")}
            </Text>
          </div>
        ),
      }),
      column.display({
        id: "sales",
        header: t("mall.channelInventory.suggestions.fields.sales"),
        cell: ({ row }) => (
          <div
            className="flex flex-col whitespace-nowrap tabular-nums"
            data-testid="mall-channel-suggestion-sales"
          >
            {(["offline", "online"] as const).map((channel) => (
              <Text key={channel} size="xsmall" leading="compact">
                {t("mall.channelInventory.suggestions.salesLine", {
                  channel: t(`mall.channelInventory.channels.${channel}`),
                  count: row.original.sales[channel],
                  rate: formatRate(row.original.velocity[channel]),
                })}
              </Text>
            ))}
          </div>
        ),
      }),
      column.display({
        id: "pools",
        header: t("mall.channelInventory.suggestions.fields.pools"),
        cell: ({ row }) => (
          <div className="flex flex-col gap-y-0.5">
            <PoolChange
              part="offline"
              before={row.original.offline_pool}
              after={row.original.suggested_offline_pool}
              testId="mall-channel-suggestion-offline"
            />
            <PoolChange
              part="online"
              before={row.original.online_pool}
              after={row.original.suggested_online_pool}
              testId="mall-channel-suggestion-online"
            />
          </div>
        ),
      }),
      column.accessor("reasoning", {
        header: t("mall.channelInventory.suggestions.fields.reasoning"),
        cell: ({ row }) => (
          <div className="flex max-w-[28rem] flex-col items-start gap-y-1 py-1">
            <Badge
              size="2xsmall"
              color={STATUS_COLORS[row.original.status]}
              data-testid="mall-channel-suggestion-status"
            >
              {t(
                `mall.channelInventory.suggestions.statuses.${row.original.status}`
              )}
            </Badge>
            <Text
              size="xsmall"
              className="text-ui-fg-subtle whitespace-normal"
              data-testid="mall-channel-suggestion-reasoning"
            >
              {suggestionReasoning(t, row.original)}
            </Text>
          </div>
        ),
      }),
      column.display({
        id: "apply",
        header: "",
        cell: ({ row }) =>
          row.original.transfer ? (
            <Button
              size="small"
              variant="secondary"
              className="whitespace-nowrap"
              isLoading={
                applying ===
                `${row.original.inventory_item_id}:${row.original.location_id}`
              }
              disabled={!!applying}
              onClick={(event) => {
                event.stopPropagation()
                onApply(row.original)
              }}
              data-testid="mall-channel-suggestion-apply"
            >
              {t("mall.channelInventory.suggestions.apply")}
            </Button>
          ) : null,
      }),
    ],
    [t, onApply, applying]
  )
}
