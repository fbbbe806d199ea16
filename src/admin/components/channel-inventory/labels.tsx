import { Badge, StatusBadge } from "@medusajs/ui"
import { useTranslation } from "react-i18next"
import type {
  ChannelMode,
  LastUnitPolicy,
  MovementOutcome,
  MovementType,
} from "../../lib/channel-inventory-types"
import type { StatusColor } from "../../lib/status-colors"

const MODE_COLORS: Record<ChannelMode, "green" | "blue"> = {
  shared: "green",
  split: "blue",
}

/** Shared or split, as a small badge. */
export const ModeBadge = ({
  mode,
  isDefault,
}: {
  mode: ChannelMode
  /** The position follows the defaults (no settings of its own). */
  isDefault?: boolean
}) => {
  const { t } = useTranslation()
  return (
    <div className="flex items-center gap-x-1">
      <Badge
        size="2xsmall"
        color={MODE_COLORS[mode] ?? "grey"}
        className="whitespace-nowrap"
        data-testid="mall-channel-mode"
        data-mode={mode}
      >
        {t(`mall.channelInventory.modes.${mode}`, { defaultValue: mode })}
      </Badge>
      {isDefault && (
        <Badge
          size="2xsmall"
          color="grey"
          className="whitespace-nowrap"
          title={t("mall.channelInventory.defaultHint")}
        >
          {t("mall.channelInventory.default")}
        </Badge>
      )}
    </div>
  )
}

/** The policy's short name. */
export const usePolicyLabel = () => {
  const { t } = useTranslation()
  return (policy: LastUnitPolicy) =>
    t(`mall.channelInventory.policies.${policy}.label`, {
      defaultValue: policy,
    })
}

export const OUTCOME_COLORS: Record<MovementOutcome, StatusColor> = {
  applied: "green",
  duplicate: "grey",
  rejected: "red",
}

export const MOVEMENT_TYPE_COLORS: Record<
  MovementType,
  "green" | "blue" | "orange" | "purple" | "grey" | "red"
> = {
  online_sale: "blue",
  offline_sale: "orange",
  offline_return: "green",
  receipt: "green",
  transfer: "purple",
  adjustment: "grey",
}

export const OutcomeBadge = ({ outcome }: { outcome: MovementOutcome }) => {
  const { t } = useTranslation()
  return (
    <StatusBadge
      color={OUTCOME_COLORS[outcome] ?? "grey"}
      className="whitespace-nowrap"
      data-testid="mall-channel-outcome"
      data-outcome={outcome}
    >
      {t(`mall.channelInventory.import.outcomes.${outcome}`, {
        defaultValue: outcome,
      })}
    </StatusBadge>
  )
}
