import { createDataTableColumnHelper, Text } from "@medusajs/ui"
import { useMemo } from "react"
import { useTranslation } from "react-i18next"
import type { AdminCrmSyncJob } from "../../../../../types/http/crm-order-review"
import { OrderCell } from "../../../../components/crm/order-cell"
import { formatRelative, formatShortDateTime } from "../../../../lib/date"
import { RetrySyncJob } from "../../../../components/crm/retry-sync-job"
import {
  SyncJobAttempts,
  SyncJobConnector,
  SyncJobStatusBadge,
} from "../../../../components/crm/sync-job-labels"

const column = createDataTableColumnHelper<AdminCrmSyncJob>()

const Muted = () => (
  <Text size="small" className="text-ui-fg-muted">
    —
  </Text>
)

export const useSyncJobColumns = () => {
  const { t, i18n } = useTranslation()

  return useMemo(
    () => [
      column.accessor("display_id", {
        header: t("mall.crm.syncJobs.fields.order"),
        cell: ({ row }) => (
          <OrderCell
            orderId={row.original.order_id}
            displayId={row.original.display_id}
            createdAt={row.original.created_at}
          />
        ),
      }),
      column.accessor("connector", {
        header: t("mall.crm.syncJobs.fields.connector"),
        cell: ({ getValue }) => (
          <span className="whitespace-nowrap">
            <SyncJobConnector connector={getValue()} />
          </span>
        ),
      }),
      column.accessor("status", {
        header: t("mall.crm.syncJobs.fields.status"),
        cell: ({ row }) => (
          <SyncJobStatusBadge
            job={row.original}
            testId="mall-crm-sync-job-status"
          />
        ),
      }),
      column.accessor("attempts", {
        header: t("mall.crm.syncJobs.fields.attempts"),
        cell: ({ row }) => (
          <span
            className="tabular-nums whitespace-nowrap"
            data-testid="mall-crm-sync-job-attempts"
          >
            <SyncJobAttempts job={row.original} />
          </span>
        ),
      }),
      column.accessor("next_attempt_at", {
        header: t("mall.crm.syncJobs.fields.nextAttempt"),
        cell: ({ row }) => {
          const job = row.original
          if (
            !job.next_attempt_at ||
            job.status === "succeeded" ||
            job.status === "failed"
          ) {
            return <Muted />
          }
          return (
            <div className="flex flex-col">
              <Text size="small" className="whitespace-nowrap">
                {formatShortDateTime(job.next_attempt_at, i18n.language)}
              </Text>
              <Text
                size="xsmall"
                className="text-ui-fg-subtle whitespace-nowrap"
              >
                {formatRelative(job.next_attempt_at, i18n.language)}
              </Text>
            </div>
          )
        },
      }),
      column.accessor("last_attempt_at", {
        header: t("mall.crm.syncJobs.fields.lastAttempt"),
        cell: ({ row }) =>
          row.original.last_attempt_at ? (
            <Text
              size="small"
              className="whitespace-nowrap"
              title={row.original.result_detail ?? undefined}
            >
              {formatShortDateTime(row.original.last_attempt_at, i18n.language)}
            </Text>
          ) : (
            <Muted />
          ),
      }),
      column.accessor("last_error", {
        header: t("mall.crm.syncJobs.fields.lastError"),
        cell: ({ getValue }) =>
          getValue() ? (
            <Text
              size="small"
              className="text-ui-fg-error line-clamp-2 max-w-[14rem] whitespace-normal break-words"
              title={getValue() ?? undefined}
              data-testid="mall-crm-sync-job-error"
            >
              {getValue()}
            </Text>
          ) : (
            <Muted />
          ),
      }),
      column.accessor("external_id", {
        header: t("mall.crm.syncJobs.fields.externalId"),
        cell: ({ getValue }) =>
          getValue() ? (
            <span className="font-mono">{getValue()}</span>
          ) : (
            <Muted />
          ),
      }),
      column.display({
        id: "actions",
        minSize: 110,
        cell: ({ row }) => (
          <div className="flex justify-end p-px">
            <RetrySyncJob job={row.original} testId="mall-crm-sync-job-retry" />
          </div>
        ),
      }),
    ],
    [t, i18n.language]
  )
}
