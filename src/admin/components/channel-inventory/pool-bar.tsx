import { clx, Text, Tooltip } from "@medusajs/ui"
import { useTranslation } from "react-i18next"
import type {
  ChannelMode,
  PositionFigures,
} from "../../lib/channel-inventory-types"

type BarPosition = Pick<
  PositionFigures,
  "stocked" | "reserved_online" | "online_pool" | "offline_pool"
> & { mode: ChannelMode }

/** Widths of the bar's parts, in percent of the stocked quantity. */
const segments = (position: BarPosition) => {
  const total = Math.max(position.stocked, 0)
  if (!total) {
    return null
  }
  const reserved = Math.min(position.reserved_online, position.online_pool)
  const pct = (units: number) => (Math.max(units, 0) / total) * 100
  return {
    reserved: pct(reserved),
    online: pct(position.online_pool - reserved),
    offline: pct(position.offline_pool),
  }
}

/** The colours of the bar and its legend. */
export const POOL_COLORS = {
  reserved: "bg-ui-tag-blue-text",
  online: "bg-ui-tag-blue-icon",
  shared: "bg-ui-tag-green-icon",
  offline: "bg-ui-tag-orange-icon",
} as const

export const LegendSwatch = ({ part }: { part: keyof typeof POOL_COLORS }) => (
  <span
    className={clx(
      "inline-block size-2 shrink-0 rounded-sm",
      POOL_COLORS[part]
    )}
    aria-hidden
  />
)

/**
 * The stock of one position as a bar: the online pool (orders' reservations
 * darker, inside it) and the offline pool. Shared mode is one pool.
 */
export const PoolBar = ({
  position,
  size = "small",
  testId,
}: {
  position: BarPosition
  size?: "small" | "large"
  testId?: string
}) => {
  const { t } = useTranslation()
  const parts = segments(position)
  const shared = position.mode === "shared"
  const label = shared
    ? t("mall.channelInventory.bar.sharedLabel", {
        stocked: position.stocked,
        reserved: position.reserved_online,
      })
    : t("mall.channelInventory.bar.splitLabel", {
        online: position.online_pool,
        offline: position.offline_pool,
        reserved: position.reserved_online,
      })

  const bar = (
    <div
      className={clx(
        "bg-ui-bg-component shadow-borders-base flex overflow-hidden rounded-full",
        size === "small" ? "h-2 w-24" : "h-3 w-full"
      )}
      role="img"
      aria-label={label}
      data-testid={testId}
      data-online={position.online_pool}
      data-offline={position.offline_pool}
    >
      {parts && (
        <>
          <div
            className={POOL_COLORS.reserved}
            style={{ width: `${parts.reserved}%` }}
          />
          <div
            className={shared ? POOL_COLORS.shared : POOL_COLORS.online}
            style={{ width: `${parts.online}%` }}
          />
          <div
            className={POOL_COLORS.offline}
            style={{ width: `${parts.offline}%` }}
          />
        </>
      )}
    </div>
  )

  if (size === "large") {
    return bar
  }
  return (
    <div className="flex flex-col gap-y-1">
      <Tooltip content={label} maxWidth={320}>
        {bar}
      </Tooltip>
      <Text
        size="xsmall"
        leading="compact"
        className="text-ui-fg-subtle tabular-nums whitespace-nowrap"
      >
        {shared
          ? t("mall.channelInventory.bar.sharedShort", {
              stocked: position.stocked,
            })
          : t("mall.channelInventory.bar.splitShort", {
              online: position.online_pool,
              offline: position.offline_pool,
            })}
      </Text>
    </div>
  )
}
