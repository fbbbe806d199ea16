import { Button, Text } from "@medusajs/ui"
import { useState } from "react"
import { useTranslation } from "react-i18next"
import { formatDateTime } from "../../lib/date"
import type { AdminPipelineTimelineEntry } from "../../lib/pipeline-types"
import { timelineDetail } from "./timeline-detail"

const COLLAPSED = 5

type PipelineTimelineProps = {
  entries: AdminPipelineTimelineEntry[]
  userLabel: (id: string | null) => string | null
}

/** What happened to the order in the pipeline, newest first. */
export const PipelineTimeline = ({
  entries,
  userLabel,
}: PipelineTimelineProps) => {
  const { t, i18n } = useTranslation()
  const [expanded, setExpanded] = useState(false)
  const newestFirst = [...entries].reverse()
  const shown = expanded ? newestFirst : newestFirst.slice(0, COLLAPSED)

  const describe = (entry: AdminPipelineTimelineEntry) => {
    const kind = entry.data?.kind
    return t(`mall.pipeline.timeline.${entry.action}`, {
      defaultValue: entry.action,
      gate:
        typeof kind === "string"
          ? t(`mall.pipeline.kinds.${kind}`, { defaultValue: kind })
          : "",
    })
  }

  if (!entries.length) {
    return (
      <Text size="small" className="text-ui-fg-muted px-6 py-4">
        {t("mall.pipeline.timeline.empty")}
      </Text>
    )
  }

  return (
    <div className="flex flex-col gap-y-3 px-6 py-4">
      <ol className="flex flex-col" data-testid="mall-pipeline-timeline">
        {shown.map((entry, index) => {
          const actor = userLabel(entry.actor_id)
          const detail = timelineDetail(entry, t, i18n.language)
          return (
            <li
              key={entry.id}
              className="grid grid-cols-[12px_1fr] gap-x-3"
              data-testid="mall-pipeline-timeline-entry"
              data-action={entry.action}
            >
              <div className="flex flex-col items-center">
                <span className="bg-ui-fg-muted mt-1.5 size-1.5 rounded-full" />
                {index < shown.length - 1 && (
                  <span className="bg-ui-border-strong mt-1 w-px flex-1" />
                )}
              </div>
              <div className="flex flex-col gap-y-0.5 pb-3">
                <Text size="small" weight="plus" leading="compact">
                  {describe(entry)}
                </Text>
                <Text
                  size="xsmall"
                  leading="compact"
                  className="text-ui-fg-subtle"
                >
                  {[
                    formatDateTime(entry.created_at, i18n.language),
                    actor,
                    entry.department
                      ? t(`mall.departments.names.${entry.department}`, {
                          defaultValue: entry.department,
                        })
                      : null,
                  ]
                    .filter(Boolean)
                    .join(" · ")}
                </Text>
                {detail && (
                  <Text size="xsmall" leading="compact">
                    {detail}
                  </Text>
                )}
                {entry.reason && (
                  <Text
                    size="xsmall"
                    leading="compact"
                    className="text-ui-fg-subtle italic"
                  >
                    “{entry.reason}”
                  </Text>
                )}
              </div>
            </li>
          )
        })}
      </ol>
      {newestFirst.length > COLLAPSED && (
        <div>
          <Button
            size="small"
            variant="transparent"
            onClick={() => setExpanded(!expanded)}
          >
            {expanded
              ? t("mall.pipeline.timeline.showLess")
              : t("mall.pipeline.timeline.showAll", {
                  count: newestFirst.length,
                })}
          </Button>
        </div>
      )}
    </div>
  )
}
