import { defineRouteConfig } from "@medusajs/admin-sdk"
import { useState } from "react"
import { useTranslation } from "react-i18next"
import { FilterSelect } from "../../../components/filter-select"
import {
  MallDataTable,
  usePagination,
} from "../../../components/mall-data-table"
import { PageHeading } from "../../../components/page-heading"
import { usePaymentConfirmations } from "../../../hooks/api/finance"
import {
  CONFIRMATION_STATUSES,
  PaymentConfirmationStatus,
} from "../../../lib/finance-types"
import { useConfirmationColumns } from "./components/confirmation-columns"

const ConfirmationsPage = () => {
  const { t } = useTranslation()
  const [status, setStatus] = useState<string | undefined>("pending")
  const { pagination, setPagination, reset, query } = usePagination()
  const { payment_confirmations, count, isPending, error } =
    usePaymentConfirmations({ ...query, status })
  const columns = useConfirmationColumns()

  return (
    <MallDataTable
      testId="mall-confirmations-page"
      heading={
        <PageHeading
          title={t("mall.finance.confirmations.title")}
          description={t("mall.finance.confirmations.description")}
        />
      }
      toolbar={
        <FilterSelect
          label={t("mall.finance.fields.status")}
          value={status}
          allLabel={t("mall.finance.filters.allStatuses")}
          options={CONFIRMATION_STATUSES.map(
            (value: PaymentConfirmationStatus) => ({
              value,
              label: t(`mall.finance.confirmationStatus.${value}`),
            })
          )}
          onChange={(value) => {
            setStatus(value)
            reset()
          }}
          testId="mall-confirmations-status-filter"
        />
      }
      columns={columns}
      data={payment_confirmations}
      count={count}
      isLoading={isPending}
      error={error}
      pagination={pagination}
      onPaginationChange={setPagination}
      getRowId={(row) => row.id}
      emptyHeading={t("mall.finance.confirmations.empty")}
      emptyDescription={t("mall.finance.confirmations.emptyHint")}
    />
  )
}

export const config = defineRouteConfig({
  label: "mall.finance.confirmations.navLabel",
  translationNs: "translation",
  rank: 1,
})

export default ConfirmationsPage
