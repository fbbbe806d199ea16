import { defineRouteConfig } from "@medusajs/admin-sdk"
import { useState } from "react"
import { useTranslation } from "react-i18next"
import { FilterSelect } from "../../../components/filter-select"
import {
  MallDataTable,
  usePagination,
} from "../../../components/mall-data-table"
import { PageHeading } from "../../../components/page-heading"
import { useUserLabels } from "../../../hooks/api/departments"
import { useLogisticsCosts } from "../../../hooks/api/finance"
import { useOrderDisplayIds } from "../../../hooks/api/orders"
import { LOGISTICS_COST_KINDS } from "../../../lib/finance-types"
import { COST_BEARERS } from "../../../lib/pipeline-types"
import { useLogisticsCostColumns } from "./components/logistics-cost-columns"

/** Refused deliveries' return trips and other logistics costs, and who bears them. */
const LogisticsCostsPage = () => {
  const { t } = useTranslation()
  const [bearer, setBearer] = useState<string>()
  const [kind, setKind] = useState<string>()
  const { pagination, setPagination, reset, query } = usePagination()
  const { logistics_costs, count, isPending, error } = useLogisticsCosts({
    ...query,
    bearer,
    kind,
  })
  const displayId = useOrderDisplayIds(
    (logistics_costs ?? []).map((c) => c.order_id)
  )
  const userLabel = useUserLabels(
    (logistics_costs ?? []).map((c) => c.recorded_by)
  )
  const columns = useLogisticsCostColumns({ displayId, userLabel })

  return (
    <MallDataTable
      testId="mall-logistics-costs-page"
      heading={
        <PageHeading
          title={t("mall.finance.logisticsCosts.title")}
          description={t("mall.finance.logisticsCosts.description")}
        />
      }
      toolbar={
        <>
          <FilterSelect
            label={t("mall.finance.fields.kind")}
            value={kind}
            allLabel={t("mall.finance.filters.allKinds")}
            options={LOGISTICS_COST_KINDS.map((value) => ({
              value,
              label: t(`mall.finance.costKind.${value}`),
            }))}
            onChange={(value) => {
              setKind(value)
              reset()
            }}
          />
          <FilterSelect
            label={t("mall.finance.fields.bearer")}
            value={bearer}
            allLabel={t("mall.finance.filters.allBearers")}
            options={COST_BEARERS.map((value) => ({
              value,
              label: t(`mall.bearers.${value}`),
            }))}
            onChange={(value) => {
              setBearer(value)
              reset()
            }}
            testId="mall-logistics-costs-bearer-filter"
          />
        </>
      }
      columns={columns}
      data={logistics_costs}
      count={count}
      isLoading={isPending}
      error={error}
      pagination={pagination}
      onPaginationChange={setPagination}
      getRowId={(row) => row.id}
      emptyHeading={t("mall.finance.logisticsCosts.empty")}
      emptyDescription={t("mall.finance.logisticsCosts.emptyHint")}
    />
  )
}

export const config = defineRouteConfig({
  label: "mall.finance.logisticsCosts.navLabel",
  translationNs: "translation",
  rank: 4,
})

export default LogisticsCostsPage
