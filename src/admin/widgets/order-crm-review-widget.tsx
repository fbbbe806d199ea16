import { defineWidgetConfig } from "@medusajs/admin-sdk"
import { AdminOrder, DetailWidgetProps } from "@medusajs/framework/types"
import { Container, Heading, StatusBadge, Text } from "@medusajs/ui"
import { useState } from "react"
import { useTranslation } from "react-i18next"
import { Link } from "react-router-dom"
import { OrderCrmSyncJobs } from "../components/crm/order-crm-sync-jobs"
import {
  OrderReviewDecision,
  OrderReviewDecisionDrawer,
} from "../components/crm/order-review-decision-drawer"
import { OrderReviewReasons } from "../components/crm/order-review-reasons"
import { ORDER_REVIEW_STATUS_COLORS } from "../components/crm/review-statuses"
import { SalesOpsButton } from "../components/crm/sales-ops-button"
import { CrmRow, SIDE_LINK_CLASS } from "../components/crm/side-rows"
import {
  WidgetLoadError,
  WidgetSkeleton,
} from "../components/crm/widget-loading"
import { MallStatusBadge } from "../components/mall-status-badge"
import { useOrderCrmReview } from "../hooks/api/crm-review"
import { useMyDepartments, useUserLabels } from "../hooks/api/departments"
import { formatDateTime } from "../lib/date"
import type { AdminCrmOrderReview } from "../../types/http/crm-order-review"

/** "Approved by Li Wei · Nov 29, 2026, 14:05", or who it waits for. */
const DecisionLine = ({
  review,
  userLabel,
}: {
  review: AdminCrmOrderReview
  userLabel: (id: string | null) => string | null
}) => {
  const { t, i18n } = useTranslation()
  const date = (value: string | null) => formatDateTime(value, i18n.language)

  const line =
    review.status === "pending"
      ? t("mall.crm.orderWidget.waiting", { date: date(review.created_at) })
      : review.automatic
        ? t("mall.crm.orderWidget.decidedAutomatically", {
            date: date(review.decided_at),
          })
        : t(`mall.crm.orderWidget.decidedBy.${review.status}`, {
            user: userLabel(review.decided_by) ?? "—",
            date: date(review.decided_at),
          })

  return (
    <div className="flex flex-col gap-y-1">
      <Text
        size="small"
        leading="compact"
        className="text-ui-fg-subtle"
        data-testid="mall-crm-order-review-decision"
      >
        {line}
      </Text>
      {review.reason && (
        <Text
          size="small"
          leading="compact"
          className="italic"
          data-testid="mall-crm-order-review-reason"
        >
          “{review.reason}”
        </Text>
      )}
    </div>
  )
}

/**
 * The review rules as the order met them: every rule it failed while it
 * waits (or was decided by a person), the rules it passed when approved
 * automatically.
 */
const ReviewRules = ({ review }: { review: AdminCrmOrderReview }) => {
  const { t } = useTranslation()
  if (!review.reasons.length) {
    return null
  }
  const passed = review.automatic && review.status === "approved"

  return (
    <div className="flex flex-col gap-y-2 px-6 py-4">
      <Heading level="h3">
        {passed
          ? t("mall.crm.orderWidget.rulesPassed")
          : t("mall.crm.orderWidget.rulesFailed")}
      </Heading>
      <OrderReviewReasons
        reasons={review.reasons}
        testId="mall-crm-order-review-rule"
      />
    </div>
  )
}

/**
 * The order's customer review (the CRM gate before fulfilment): its status,
 * who decided and why, the rules it met, and the order's deliveries to the
 * CRM. Sales ops approves or rejects a pending review from here.
 */
const OrderCrmReviewWidget = ({
  data: order,
}: DetailWidgetProps<AdminOrder>) => {
  const { t, i18n } = useTranslation()
  const {
    review: found,
    sync_jobs: syncJobs,
    isPending,
    isError,
    error,
  } = useOrderCrmReview(order.id)
  const loaded = !!syncJobs
  const review = found ?? null
  const { roleIn, isPending: meLoading } = useMyDepartments()
  const mayDecide = !!roleIn("sales_ops")
  const userLabel = useUserLabels([review?.decided_by])
  const [mode, setMode] = useState<OrderReviewDecision>("approve")
  const [deciding, setDeciding] = useState(false)

  const decideButton = (next: OrderReviewDecision) => (
    <SalesOpsButton
      allowed={mayDecide}
      deniedHint={t("mall.crm.orderWidget.notMember")}
      variant={next === "approve" ? "primary" : "secondary"}
      onClick={() => {
        setMode(next)
        setDeciding(true)
      }}
      data-testid={`mall-crm-order-review-${next}`}
    >
      {t(`mall.crm.orderReviews.${next}`)}
    </SalesOpsButton>
  )

  return (
    <Container
      className="divide-y p-0"
      data-testid="mall-crm-order-review-widget"
    >
      <div className="flex flex-wrap items-center justify-between gap-2 px-6 py-4">
        <Heading level="h2">{t("mall.crm.orderWidget.title")}</Heading>
        <div className="flex items-center gap-x-2">
          {review?.overdue && (
            <StatusBadge
              color="red"
              className="whitespace-nowrap"
              data-testid="mall-crm-order-review-overdue"
            >
              {t("mall.crm.orderWidget.overdue")}
            </StatusBadge>
          )}
          {review ? (
            <MallStatusBadge
              status={review.status}
              colors={ORDER_REVIEW_STATUS_COLORS}
              labelPrefix="mall.crm.orderReviews.statuses"
              testId="mall-crm-order-review-status"
            />
          ) : (
            loaded && (
              <StatusBadge
                color="grey"
                className="whitespace-nowrap"
                data-testid="mall-crm-order-review-status"
                data-status="none"
              >
                {t("mall.crm.orderWidget.noReview")}
              </StatusBadge>
            )
          )}
        </div>
      </div>

      {isPending && <WidgetSkeleton />}
      {isError && (
        <WidgetLoadError error={error} testId="mall-crm-order-review-error" />
      )}

      {loaded && !review && (
        <div
          className="flex flex-col gap-y-1 px-6 py-4"
          data-testid="mall-crm-order-review-none"
        >
          <Text size="small" weight="plus" leading="compact">
            {t("mall.crm.orderWidget.none")}
          </Text>
          <Text size="small" className="text-ui-fg-subtle">
            {t("mall.crm.orderWidget.noneHint")}
          </Text>
        </div>
      )}

      {review && (
        <div className="flex flex-col gap-y-3 px-6 py-4">
          <DecisionLine review={review} userLabel={userLabel} />
          <CrmRow
            label={t("mall.crm.orderWidget.customer")}
            testId="mall-crm-order-review-contact"
          >
            {review.contact_id || review.customer_email ? (
              <div className="flex flex-col items-end">
                {review.contact_id && (
                  <Link
                    to={`/crm/contacts/${review.contact_id}`}
                    className={SIDE_LINK_CLASS}
                  >
                    {review.contact_display_name ?? review.contact_id}
                  </Link>
                )}
                {review.customer_email &&
                  (review.customer_id ? (
                    <Link
                      to={`/customers/${review.customer_id}`}
                      className={
                        review.contact_id
                          ? "text-ui-fg-subtle hover:text-ui-fg-base txt-compact-xsmall"
                          : SIDE_LINK_CLASS
                      }
                    >
                      {review.customer_email}
                    </Link>
                  ) : (
                    <span className="text-ui-fg-subtle txt-compact-xsmall">
                      {review.customer_email}
                    </span>
                  ))}
              </div>
            ) : null}
          </CrmRow>
          {review.status === "pending" && (
            <CrmRow
              label={t("mall.crm.orderWidget.dueAt")}
              testId="mall-crm-order-review-due"
            >
              <span className={review.overdue ? "text-ui-fg-error" : ""}>
                {review.due_at
                  ? formatDateTime(review.due_at, i18n.language)
                  : t("mall.crm.orderWidget.noDeadline")}
              </span>
            </CrmRow>
          )}
          {review.status === "rejected" && (
            <Text
              size="small"
              className="text-ui-fg-subtle"
              data-testid="mall-crm-order-review-held"
            >
              {t("mall.crm.orderWidget.heldHint")}
            </Text>
          )}
        </div>
      )}

      {review && <ReviewRules review={review} />}

      {review?.status === "pending" && !meLoading && (
        <div className="flex items-center justify-end gap-x-2 px-6 py-4">
          {decideButton("reject")}
          {decideButton("approve")}
        </div>
      )}

      {review && syncJobs && (
        <OrderCrmSyncJobs review={review} jobs={syncJobs} />
      )}

      {review && (
        <OrderReviewDecisionDrawer
          review={review}
          mode={mode}
          open={deciding}
          onOpenChange={setDeciding}
          testIds={{
            drawer: "mall-crm-order-decision-drawer",
            reason: "mall-crm-order-decision-reason",
            error: "mall-crm-order-decision-error",
          }}
        />
      )}
    </Container>
  )
}

// The side column, with the order's other gates: who the buyer is to the
// CRM and whether sales ops let the order through.
export const config = defineWidgetConfig({
  zone: "order.details.side.after",
  id: "enterprise-mall:order-crm-review",
})

export default OrderCrmReviewWidget
