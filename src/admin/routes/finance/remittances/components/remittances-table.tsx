import { ArrowUpTray } from "@medusajs/icons"
import { Button } from "@medusajs/ui"
import { useState } from "react"
import { useTranslation } from "react-i18next"
import { useNavigate } from "react-router-dom"
import { FilterSelect } from "../../../../components/filter-select"
import {
  MallDataTable,
  usePagination,
} from "../../../../components/mall-data-table"
import { PageHeading } from "../../../../components/page-heading"
import { useRemittances } from "../../../../hooks/api/finance"
import { useRemittanceColumns } from "./remittance-columns"

const STATUSES = ["imported", "confirmed"] as const

/** Imported courier statements; a row opens its matching report. */
export const RemittancesTable = ({ onImport }: { onImport: () => void }) => {
  const { t } = useTranslation()
  const navigate = useNavigate()
  const [status, setStatus] = useState<string>()
  const { pagination, setPagination, reset, query } = usePagination()
  const { remittances, count, isPending, error } = useRemittances({
    ...query,
    status,
  })
  const columns = useRemittanceColumns()

  return (
    <MallDataTable
      testId="mall-remittances-page"
      heading={
        <PageHeading
          title={t("mall.finance.remittances.title")}
          description={t("mall.finance.remittances.description")}
        />
      }
      toolbar={
        <>
          <FilterSelect
            label={t("mall.finance.fields.status")}
            value={status}
            allLabel={t("mall.finance.filters.allStatuses")}
            options={STATUSES.map((value) => ({
              value,
              label: t(`mall.finance.remittanceStatus.${value}`),
            }))}
            onChange={(value) => {
              setStatus(value)
              reset()
            }}
          />
          <Button
            size="small"
            variant="secondary"
            onClick={onImport}
            data-testid="mall-remittance-import"
          >
            <ArrowUpTray />
            {t("mall.finance.import.action")}
          </Button>
        </>
      }
      columns={columns}
      data={remittances}
      count={count}
      isLoading={isPending}
      error={error}
      pagination={pagination}
      onPaginationChange={setPagination}
      getRowId={(row) => row.id}
      onRowClick={(row) => navigate(`/finance/remittances/${row.id}`)}
      emptyHeading={t("mall.finance.remittances.empty")}
      emptyDescription={t("mall.finance.remittances.emptyHint")}
    />
  )
}
