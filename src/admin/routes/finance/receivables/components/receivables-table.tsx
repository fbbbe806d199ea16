import { ArrowDownTray } from "@medusajs/icons"
import { Button, toast } from "@medusajs/ui"
import { useEffect, useState } from "react"
import { useTranslation } from "react-i18next"
import { FilterSelect } from "../../../../components/filter-select"
import {
  MallDataTable,
  usePagination,
} from "../../../../components/mall-data-table"
import { PageHeading } from "../../../../components/page-heading"
import { useCodReceivables } from "../../../../hooks/api/finance"
import { downloadFile } from "../../../../lib/download"
import { errorMessage } from "../../../../lib/errors"
import { RECEIVABLE_STATUSES } from "../../../../lib/finance-types"
import { useReceivableColumns } from "./receivable-columns"

/** COD receivables with carrier and status filters, and a CSV export. */
export const ReceivablesTable = ({ carriers }: { carriers: string[] }) => {
  const { t } = useTranslation()
  const [carrier, setCarrier] = useState<string>()
  const [status, setStatus] = useState<string>()
  const [exporting, setExporting] = useState(false)
  const { pagination, setPagination, reset, query } = usePagination()
  const filters = { carrier, status }
  const { cod_receivables, count, isPending, error } = useCodReceivables({
    ...query,
    ...filters,
  })
  const columns = useReceivableColumns()
  // No route lists carriers: offer those of the aging report and those seen.
  const [seen, setSeen] = useState<string[]>([])
  useEffect(() => {
    const fresh = (cod_receivables ?? [])
      .map((r) => r.carrier)
      .filter((c): c is string => !!c)
    setSeen((current) =>
      fresh.some((c) => !current.includes(c))
        ? [...new Set([...current, ...fresh])]
        : current
    )
  }, [cod_receivables])
  const carrierOptions = [...new Set([...carriers, ...seen])].sort()

  const handleExport = async () => {
    setExporting(true)
    try {
      await downloadFile(
        "/admin/mall/finance/receivables/export",
        Object.fromEntries(
          Object.entries(filters).filter(([, value]) => value !== undefined)
        ),
        "cod-receivables.csv"
      )
    } catch (e) {
      toast.error(t("mall.finance.receivables.exportFailed"), {
        description: errorMessage(e),
      })
    } finally {
      setExporting(false)
    }
  }

  return (
    <MallDataTable
      testId="mall-receivables-table"
      heading={
        <PageHeading
          level="h2"
          title={t("mall.finance.receivables.title")}
          description={t("mall.finance.receivables.description")}
        />
      }
      toolbar={
        <>
          <FilterSelect
            label={t("mall.finance.fields.carrier")}
            value={carrier}
            allLabel={t("mall.finance.filters.allCarriers")}
            options={carrierOptions.map((value) => ({ value, label: value }))}
            onChange={(value) => {
              setCarrier(value)
              reset()
            }}
            testId="mall-receivables-carrier-filter"
          />
          <FilterSelect
            label={t("mall.finance.fields.status")}
            value={status}
            allLabel={t("mall.finance.filters.allStatuses")}
            options={RECEIVABLE_STATUSES.map((value) => ({
              value,
              label: t(`mall.finance.receivableStatus.${value}`),
            }))}
            onChange={(value) => {
              setStatus(value)
              reset()
            }}
            testId="mall-receivables-status-filter"
          />
          <Button
            size="small"
            variant="secondary"
            isLoading={exporting}
            onClick={handleExport}
            data-testid="mall-receivables-export"
          >
            <ArrowDownTray />
            {t("mall.finance.receivables.export")}
          </Button>
        </>
      }
      columns={columns}
      data={cod_receivables}
      count={count}
      isLoading={isPending}
      error={error}
      pagination={pagination}
      onPaginationChange={setPagination}
      getRowId={(row) => row.id}
      emptyHeading={t("mall.finance.receivables.empty")}
      emptyDescription={t("mall.finance.receivables.emptyHint")}
    />
  )
}
