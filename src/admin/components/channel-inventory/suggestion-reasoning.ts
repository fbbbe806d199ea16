import type { useTranslation } from "react-i18next"
import type { AdminChannelSuggestion } from "../../lib/channel-inventory-types"

type TFunction = ReturnType<typeof useTranslation>["t"]

/** "1.0", "0.04": units a day, one decimal, two below 0.1. */
export const formatRate = (v: number) =>
  v > 0 && v < 0.1 ? v.toFixed(2) : v.toFixed(1)

/**
 * A suggestion's reasoning in the admin's language, from its numbers (the
 * server's `reasoning` is English).
 */
export const suggestionReasoning = (
  t: TFunction,
  s: AdminChannelSuggestion
) => {
  const key = "mall.channelInventory.suggestions.reasoning"
  if (s.status === "no_sales") {
    return t(`${key}.noSales`, { count: s.window_days })
  }
  const needs = Math.abs(s.wanted)
  const outcome =
    s.status === "balanced"
      ? t(`${key}.balanced`)
      : s.status === "blocked"
        ? t(`${key}.blocked`, { count: needs })
        : [
            s.transfer && s.transfer.quantity < needs
              ? t(`${key}.limited`, { count: s.transfer.quantity, needs })
              : null,
            t(`${key}.move.${s.transfer?.from ?? "offline"}`, {
              count: s.transfer?.quantity ?? 0,
            }),
          ]
            .filter(Boolean)
            .join(" ")
  return [
    t(`${key}.sales`, {
      count: s.window_days,
      offline: s.sales.offline,
      online: s.sales.online,
      offlineRate: formatRate(s.velocity.offline),
      onlineRate: formatRate(s.velocity.online),
    }),
    t(`${key}.target`, {
      count: s.cover_days,
      demand: s.offline_demand,
      safety: s.offline_safety_stock,
      target: s.offline_target,
      pool: s.offline_pool,
    }),
    outcome,
  ].join(" ")
}
