import { ArrowPath } from "@medusajs/icons"
import { Button, toast } from "@medusajs/ui"
import { useTranslation } from "react-i18next"
import type { AdminCrmSyncJob } from "../../../types/http/crm-order-review"
import { useRetryCrmSyncJob } from "../../hooks/api/crm-review"
import { errorMessage } from "../../lib/errors"

/**
 * Sends a failed delivery again, now, and says how the attempt ended;
 * nothing for a delivery that has not failed.
 */
export const RetrySyncJob = ({
  job,
  testId,
}: {
  job: AdminCrmSyncJob
  testId: string
}) => {
  const { t } = useTranslation()
  const { mutateAsync, isPending } = useRetryCrmSyncJob(job.id)
  const order = job.display_id !== null ? `#${job.display_id}` : job.order_id

  if (job.status !== "failed") {
    return null
  }

  const retry = async () => {
    try {
      const { sync_job } = await mutateAsync()
      if (sync_job.status === "succeeded") {
        toast.success(t("mall.crm.syncJobs.retry.succeeded", { order }), {
          description: sync_job.result_detail ?? undefined,
        })
      } else {
        toast.warning(
          t(`mall.crm.syncJobs.retry.${sync_job.status}`, {
            order,
            defaultValue: t("mall.crm.syncJobs.retry.failed", { order }),
          }),
          { description: sync_job.last_error ?? undefined }
        )
      }
    } catch (e) {
      toast.error(t("mall.crm.syncJobs.retry.error"), {
        description: errorMessage(e),
      })
    }
  }

  return (
    <Button
      size="small"
      variant="secondary"
      isLoading={isPending}
      onClick={(event) => {
        event.stopPropagation()
        void retry()
      }}
      data-testid={testId}
    >
      <ArrowPath />
      {t("mall.crm.syncJobs.retry.action")}
    </Button>
  )
}
