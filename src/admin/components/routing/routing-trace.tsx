import { StatusBadge, Text } from "@medusajs/ui"
import { useTranslation } from "react-i18next"
import type { GeocodeResult, RoutingTraceEntry } from "../../lib/routing-types"
import { TRACE_VERDICT_COLORS } from "../../lib/status-colors"
import { describeGeocode, describeTraceFacts } from "./format"

/**
 * Why the decision is what it is, one line per warehouse considered: its
 * verdict, the reason (in the dashboard's language when the plugin knows the
 * reason's code, else the server's sentence) and the facts behind it. With
 * the decision's `geocode`, the line that places the buyer is told from it.
 */
export const RoutingTrace = ({
  entries,
  geocode,
  testId = "mall-routing-trace",
}: {
  entries: RoutingTraceEntry[]
  geocode?: GeocodeResult | null
  testId?: string
}) => {
  const { t } = useTranslation()

  if (!entries.length) {
    return (
      <Text size="small" className="text-ui-fg-muted">
        {t("mall.routing.trace.empty")}
      </Text>
    )
  }

  return (
    <ol className="flex flex-col gap-y-2" data-testid={testId}>
      {entries.map((entry, index) => {
        const reason =
          entry.code === "geocoded" && geocode?.point
            ? describeGeocode(geocode, t)
            : t(`mall.routing.trace.codes.${entry.code}`, {
                defaultValue: "",
              })
        const facts = describeTraceFacts(entry.facts, t)

        return (
          <li
            key={`${entry.location_id ?? "info"}-${entry.code}-${index}`}
            className="flex items-start gap-x-3"
            data-testid="mall-routing-trace-entry"
            data-verdict={entry.verdict}
            data-code={entry.code}
          >
            <StatusBadge
              color={TRACE_VERDICT_COLORS[entry.verdict] ?? "grey"}
              className="w-24 shrink-0 whitespace-nowrap"
            >
              {t(`mall.routing.verdicts.${entry.verdict}`, {
                defaultValue: entry.verdict,
              })}
            </StatusBadge>
            <div className="flex min-w-0 flex-col gap-y-0.5" title={entry.text}>
              <Text size="small" leading="compact">
                {entry.name && (
                  <span className="txt-compact-small-plus">
                    {entry.name}
                    {": "}
                  </span>
                )}
                {reason || entry.text}
              </Text>
              {facts.length > 0 && (
                <Text
                  size="xsmall"
                  leading="compact"
                  className="text-ui-fg-subtle"
                >
                  {facts.join(" · ")}
                </Text>
              )}
            </div>
          </li>
        )
      })}
    </ol>
  )
}
