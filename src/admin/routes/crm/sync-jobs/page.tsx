import { defineRouteConfig } from "@medusajs/admin-sdk"
import { useTranslation } from "react-i18next"
import {
  SYNC_JOB_STATUSES,
  SyncJobStatus,
} from "../../../components/crm/review-statuses"
import { useFilterParams } from "../../../hooks/use-filter-params"
import { FilterSelect } from "../../../components/filter-select"
import {
  MallDataTable,
  usePagination,
} from "../../../components/mall-data-table"
import { PageHeading } from "../../../components/page-heading"
import { useCrmSyncJobs } from "../../../hooks/api/crm-review"
import { useSyncJobColumns } from "./components/sync-job-columns"

/**
 * Deliveries of approved orders to the enterprise CRM: how many attempts,
 * when the next one runs, the last error and the CRM's own id; a failed
 * delivery can be sent again. The status lives in the address, so the
 * overview's "failed" link opens the right list.
 */
const SyncJobsPage = () => {
  const { t } = useTranslation()
  const { pagination, setPagination, reset, query } = usePagination()
  const [params, setParam] = useFilterParams(reset)
  const raw = params.get("status")
  const status = (SYNC_JOB_STATUSES as readonly string[]).includes(raw ?? "")
    ? (raw as SyncJobStatus)
    : undefined
  const { sync_jobs, count, isPending, error } = useCrmSyncJobs({
    ...query,
    status,
  })
  const columns = useSyncJobColumns()

  return (
    <MallDataTable
      testId="mall-crm-sync-jobs-page"
      heading={
        <PageHeading
          title={t("mall.crm.syncJobs.title")}
          description={t("mall.crm.syncJobs.description")}
        />
      }
      toolbar={
        <FilterSelect
          label={t("mall.crm.syncJobs.fields.status")}
          value={status}
          allLabel={t("mall.crm.syncJobs.allStatuses")}
          options={SYNC_JOB_STATUSES.map((value) => ({
            value,
            label: t(`mall.crm.syncJobs.statuses.${value}`),
          }))}
          onChange={(value) => setParam("status", value)}
          testId="mall-crm-sync-jobs-status-filter"
        />
      }
      columns={columns}
      data={sync_jobs}
      count={count}
      isLoading={isPending}
      error={error}
      pagination={pagination}
      onPaginationChange={setPagination}
      getRowId={(row) => row.id}
      emptyHeading={
        status
          ? t("mall.crm.syncJobs.emptyFiltered")
          : t("mall.crm.syncJobs.empty")
      }
      emptyDescription={
        status
          ? t("mall.common.emptyFiltered")
          : t("mall.crm.syncJobs.emptyHint")
      }
    />
  )
}

export const config = defineRouteConfig({
  label: "mall.crm.syncJobs.navLabel",
  translationNs: "translation",
  rank: 3,
})

export default SyncJobsPage
