import { Text } from "@medusajs/ui"
import { useTranslation } from "react-i18next"
import { LegendSwatch, POOL_COLORS } from "./pool-bar"

const PARTS = [
  "reserved",
  "online",
  "offline",
  "shared",
] as const satisfies readonly (keyof typeof POOL_COLORS)[]

/** What the colours of the pool bars mean. */
export const PoolLegend = () => {
  const { t } = useTranslation()
  return (
    <div className="flex flex-wrap items-center gap-x-4 gap-y-1">
      {PARTS.map((part) => (
        <div key={part} className="flex items-center gap-x-1.5">
          <LegendSwatch part={part} />
          <Text size="xsmall" className="text-ui-fg-subtle">
            {t(`mall.channelInventory.legend.${part}`)}
          </Text>
        </div>
      ))}
    </div>
  )
}
