import { useTranslation } from "react-i18next"
import type { AdminCrmSyncJob } from "../../../types/http/crm-order-review"
import { MallStatusBadge } from "../mall-status-badge"
import { SYNC_JOB_STATUS_COLORS } from "./review-statuses"

/** A delivery's status, coloured as everywhere in the CRM screens. */
export const SyncJobStatusBadge = ({
  job,
  testId,
}: {
  job: AdminCrmSyncJob
  testId: string
}) => (
  <MallStatusBadge
    status={job.status}
    colors={SYNC_JOB_STATUS_COLORS}
    labelPrefix="mall.crm.syncJobs.statuses"
    testId={testId}
  />
)

/** The connector's name ("Webhook"), else its id for a custom connector. */
export const SyncJobConnector = ({ connector }: { connector: string }) => {
  const { t } = useTranslation()
  return (
    <>
      {t(`mall.crm.syncJobs.connectors.${connector}`, {
        defaultValue: connector,
      })}
    </>
  )
}

/** "2 of 8" attempts. */
export const SyncJobAttempts = ({ job }: { job: AdminCrmSyncJob }) => {
  const { t } = useTranslation()
  return (
    <>
      {t("mall.crm.syncJobs.attemptsOf", {
        attempts: job.attempts,
        max: job.max_attempts,
      })}
    </>
  )
}
