import { defineRouteConfig } from "@medusajs/admin-sdk"
import { useTranslation } from "react-i18next"
import {
  ORDER_REVIEW_STATUSES,
  OrderReviewStatus,
} from "../../../components/crm/review-statuses"
import { useFilterParams } from "../../../hooks/use-filter-params"
import { ALL, FilterSelect } from "../../../components/filter-select"
import {
  MallDataTable,
  usePagination,
} from "../../../components/mall-data-table"
import { PageHeading } from "../../../components/page-heading"
import { useCrmOrderReviews } from "../../../hooks/api/crm-review"
import { useUserLabels } from "../../../hooks/api/departments"
import { useOrderReviewColumns } from "./components/order-review-columns"

const OVERDUE = ["true", "false"] as const
type Overdue = (typeof OVERDUE)[number]

/**
 * Orders held at the customer gate: the rules each failed, when it must be
 * decided, and Approve / Reject. The pending queue (the default) is sorted by
 * due time, most urgent first. The filters live in the address, so the
 * overview's "overdue" link opens the right list.
 */
const OrderReviewsPage = () => {
  const { t } = useTranslation()
  const { pagination, setPagination, reset, query } = usePagination()
  const [params, setParam] = useFilterParams(reset)
  const rawStatus = params.get("status")
  const status =
    rawStatus === ALL
      ? undefined
      : (ORDER_REVIEW_STATUSES as readonly string[]).includes(rawStatus ?? "")
        ? (rawStatus as OrderReviewStatus)
        : "pending"
  const rawOverdue = params.get("overdue")
  const overdue = (OVERDUE as readonly string[]).includes(rawOverdue ?? "")
    ? (rawOverdue as Overdue)
    : undefined
  const { order_reviews, count, isPending, error } = useCrmOrderReviews({
    ...query,
    status,
    overdue,
  })
  const userLabel = useUserLabels(
    (order_reviews ?? []).map((r) => r.decided_by)
  )
  const columns = useOrderReviewColumns({ userLabel })

  return (
    <MallDataTable
      testId="mall-crm-order-reviews-page"
      heading={
        <PageHeading
          title={t("mall.crm.orderReviews.title")}
          description={t("mall.crm.orderReviews.description")}
        />
      }
      toolbar={
        <>
          <FilterSelect
            label={t("mall.crm.orderReviews.fields.status")}
            value={status}
            allLabel={t("mall.crm.orderReviews.allStatuses")}
            options={ORDER_REVIEW_STATUSES.map((value) => ({
              value,
              label: t(`mall.crm.orderReviews.statuses.${value}`),
            }))}
            onChange={(value) => setParam("status", value ?? ALL)}
            testId="mall-crm-order-reviews-status-filter"
          />
          <FilterSelect
            label={t("mall.crm.orderReviews.fields.due")}
            value={overdue}
            allLabel={t("mall.crm.orderReviews.overdueFilter.all")}
            options={OVERDUE.map((value) => ({
              value,
              label: t(`mall.crm.orderReviews.overdueFilter.${value}`),
            }))}
            onChange={(value) => setParam("overdue", value)}
            testId="mall-crm-order-reviews-overdue-filter"
          />
        </>
      }
      columns={columns}
      data={order_reviews}
      count={count}
      isLoading={isPending}
      error={error}
      pagination={pagination}
      onPaginationChange={setPagination}
      getRowId={(row) => row.id}
      emptyHeading={
        status === "pending" && !overdue
          ? t("mall.crm.orderReviews.empty")
          : t("mall.crm.orderReviews.emptyFiltered")
      }
      emptyDescription={
        status === "pending" && !overdue
          ? t("mall.crm.orderReviews.emptyHint")
          : t("mall.common.emptyFiltered")
      }
    />
  )
}

export const config = defineRouteConfig({
  label: "mall.crm.orderReviews.navLabel",
  translationNs: "translation",
  rank: 2,
})

export default OrderReviewsPage
