import { Heading, Text } from "@medusajs/ui"
import { useTranslation } from "react-i18next"
import { formatDateTime } from "../../lib/date"
import type {
  AdminCrmOrderReview,
  AdminCrmSyncJob,
} from "../../../types/http/crm-order-review"
import { RetrySyncJob } from "./retry-sync-job"
import { CrmRow } from "./side-rows"
import {
  SyncJobAttempts,
  SyncJobConnector,
  SyncJobStatusBadge,
} from "./sync-job-labels"

const SyncJob = ({ job }: { job: AdminCrmSyncJob }) => {
  const { t, i18n } = useTranslation()
  const date = (value: string | null) => formatDateTime(value, i18n.language)

  return (
    <li
      className="flex flex-col gap-y-2"
      data-testid="mall-crm-order-sync-job"
      data-status={job.status}
    >
      <div className="flex items-center justify-between gap-x-2">
        <SyncJobStatusBadge job={job} testId="mall-crm-order-sync-status" />
        <RetrySyncJob job={job} testId="mall-crm-order-sync-retry" />
      </div>
      <CrmRow label={t("mall.crm.syncJobs.fields.connector")}>
        <SyncJobConnector connector={job.connector} />
      </CrmRow>
      <CrmRow
        label={t("mall.crm.syncJobs.fields.attempts")}
        testId="mall-crm-order-sync-attempts"
      >
        <span className="tabular-nums">
          <SyncJobAttempts job={job} />
        </span>
      </CrmRow>
      {job.status === "succeeded" && (
        <CrmRow label={t("mall.crm.orderWidget.sync.deliveredAt")}>
          {date(job.succeeded_at)}
        </CrmRow>
      )}
      {job.status === "pending" && job.next_attempt_at && (
        <CrmRow label={t("mall.crm.syncJobs.fields.nextAttempt")}>
          {date(job.next_attempt_at)}
        </CrmRow>
      )}
      {job.status !== "succeeded" && job.last_attempt_at && (
        <CrmRow label={t("mall.crm.syncJobs.fields.lastAttempt")}>
          {date(job.last_attempt_at)}
        </CrmRow>
      )}
      <CrmRow
        label={t("mall.crm.syncJobs.fields.externalId")}
        testId="mall-crm-order-sync-external-id"
      >
        {job.external_id && (
          <span className="tabular-nums">{job.external_id}</span>
        )}
      </CrmRow>
      {job.result_detail && job.status === "succeeded" && (
        <Text
          size="xsmall"
          className="text-ui-fg-subtle break-all"
          data-testid="mall-crm-order-sync-detail"
        >
          {job.result_detail}
        </Text>
      )}
      {job.last_error && job.status !== "succeeded" && (
        <div className="flex flex-col gap-y-0.5">
          <Text size="small" weight="plus" leading="compact">
            {t("mall.crm.syncJobs.fields.lastError")}
          </Text>
          <Text
            size="small"
            className="text-ui-fg-error break-words"
            data-testid="mall-crm-order-sync-error"
          >
            {job.last_error}
          </Text>
        </div>
      )}
    </li>
  )
}

/** The order's deliveries to the CRM (at most one per connector). */
export const OrderCrmSyncJobs = ({
  review,
  jobs,
}: {
  review: AdminCrmOrderReview | null
  jobs: AdminCrmSyncJob[]
}) => {
  const { t } = useTranslation()

  const empty = !review
    ? null
    : review.status === "approved"
      ? t("mall.crm.orderWidget.sync.noneApproved")
      : review.status === "rejected"
        ? t("mall.crm.orderWidget.sync.noneRejected")
        : t("mall.crm.orderWidget.sync.nonePending")

  return (
    <div
      className="flex flex-col gap-y-3 px-6 py-4"
      data-testid="mall-crm-order-sync"
    >
      <div className="flex items-center gap-x-2">
        <Heading level="h3">{t("mall.crm.orderWidget.sync.title")}</Heading>
        <Text size="small" className="text-ui-fg-muted tabular-nums">
          {jobs.length}
        </Text>
      </div>
      {jobs.length ? (
        <ul className="flex flex-col gap-y-4 divide-y divide-dashed [&>li+li]:pt-4">
          {jobs.map((job) => (
            <SyncJob key={job.id} job={job} />
          ))}
        </ul>
      ) : (
        empty && (
          <Text
            size="small"
            className="text-ui-fg-muted"
            data-testid="mall-crm-order-sync-empty"
          >
            {empty}
          </Text>
        )
      )}
    </div>
  )
}
