import { Badge, createDataTableColumnHelper, Text } from "@medusajs/ui"
import { useMemo } from "react"
import { useTranslation } from "react-i18next"
import { Link } from "react-router-dom"
import type { AdminCrmOrderReview } from "../../../../../types/http/crm-order-review"
import { OrderCell } from "../../../../components/crm/order-cell"
import { OrderReviewReasons } from "../../../../components/crm/order-review-reasons"
import { formatRelative, formatShortDateTime } from "../../../../lib/date"
import { ORDER_REVIEW_STATUS_COLORS } from "../../../../components/crm/review-statuses"
import { MallStatusBadge } from "../../../../components/mall-status-badge"
import { Money } from "../../../../components/money"
import { OrderReviewActions } from "./order-review-actions"

const column = createDataTableColumnHelper<AdminCrmOrderReview>()

export const useOrderReviewColumns = ({
  userLabel,
}: {
  userLabel: (id: string | null | undefined) => string | null
}) => {
  const { t, i18n } = useTranslation()

  return useMemo(
    () => [
      column.accessor("display_id", {
        header: t("mall.crm.orderReviews.fields.order"),
        cell: ({ row }) => (
          <OrderCell
            orderId={row.original.order_id}
            displayId={row.original.display_id}
            createdAt={row.original.created_at}
          />
        ),
      }),
      column.accessor("customer_email", {
        header: t("mall.crm.orderReviews.fields.customer"),
        cell: ({ row }) => {
          const review = row.original
          return (
            <div className="flex min-w-0 flex-col">
              {review.customer_id && review.customer_email ? (
                <Link
                  to={`/customers/${review.customer_id}`}
                  className="text-ui-fg-base hover:text-ui-fg-interactive txt-compact-small block max-w-[12rem] truncate"
                  title={review.customer_email}
                  onClick={(event) => event.stopPropagation()}
                >
                  {review.customer_email}
                </Link>
              ) : (
                <span className="txt-compact-small block max-w-[12rem] truncate">
                  {review.customer_email ?? "—"}
                </span>
              )}
              {review.contact_id ? (
                <Text
                  size="xsmall"
                  className="text-ui-fg-subtle max-w-[12rem] truncate"
                >
                  {t("mall.crm.orderReviews.fields.contact")}
                  {": "}
                  <Link
                    to={`/crm/contacts/${review.contact_id}`}
                    className="text-ui-fg-interactive hover:text-ui-fg-interactive-hover"
                    onClick={(event) => event.stopPropagation()}
                    data-testid="mall-crm-review-contact"
                  >
                    {review.contact_display_name ?? review.contact_id}
                  </Link>
                </Text>
              ) : (
                <Text size="xsmall" className="text-ui-fg-muted">
                  {t("mall.crm.orderReviews.noContact")}
                </Text>
              )}
            </div>
          )
        },
      }),
      column.accessor("total", {
        header: t("mall.crm.orderReviews.fields.total"),
        cell: ({ row }) => (
          <Money
            amount={row.original.total}
            currency={row.original.currency_code}
          />
        ),
      }),
      column.accessor("reasons", {
        header: t("mall.crm.orderReviews.fields.reasons"),
        cell: ({ row }) => (
          <div className="py-2">
            <OrderReviewReasons reasons={row.original.reasons} compact />
          </div>
        ),
      }),
      column.accessor("due_at", {
        header: t("mall.crm.orderReviews.fields.due"),
        cell: ({ row }) => {
          const review = row.original
          if (!review.due_at) {
            return <span className="text-ui-fg-muted">—</span>
          }
          const relative = formatRelative(review.due_at, i18n.language)
          return (
            <div
              className="flex flex-col items-start gap-y-0.5"
              data-testid="mall-crm-review-due"
            >
              <Text size="small" className="whitespace-nowrap">
                {formatShortDateTime(review.due_at, i18n.language)}
              </Text>
              {review.overdue ? (
                <Badge
                  size="2xsmall"
                  color="red"
                  className="whitespace-nowrap"
                  data-testid="mall-crm-review-overdue"
                >
                  {t("mall.crm.orderReviews.overdueBy", { when: relative })}
                </Badge>
              ) : (
                review.status === "pending" &&
                relative && (
                  <Text
                    size="xsmall"
                    className="text-ui-fg-subtle whitespace-nowrap"
                  >
                    {t("mall.crm.orderReviews.dueIn", { when: relative })}
                  </Text>
                )
              )}
            </div>
          )
        },
      }),
      column.accessor("status", {
        header: t("mall.crm.orderReviews.fields.status"),
        cell: ({ row }) => {
          const review = row.original
          return (
            <div className="flex flex-col items-start gap-y-0.5 py-2">
              <MallStatusBadge
                status={review.status}
                colors={ORDER_REVIEW_STATUS_COLORS}
                labelPrefix="mall.crm.orderReviews.statuses"
                testId="mall-crm-review-status"
              />
              {review.status !== "pending" && (
                <div
                  className="flex flex-col"
                  data-testid="mall-crm-review-decision"
                >
                  <Text
                    size="xsmall"
                    className="text-ui-fg-subtle whitespace-nowrap"
                  >
                    {t("mall.crm.orderReviews.decidedBy", {
                      user: review.automatic
                        ? t("mall.crm.orderReviews.automatic")
                        : (userLabel(review.decided_by) ?? "—"),
                      date: formatShortDateTime(
                        review.decided_at,
                        i18n.language
                      ),
                    })}
                  </Text>
                  {review.reason && (
                    <Text
                      size="xsmall"
                      className="text-ui-fg-base line-clamp-2 max-w-[13rem] whitespace-normal break-words"
                      title={review.reason}
                    >
                      “{review.reason}”
                    </Text>
                  )}
                </div>
              )}
            </div>
          )
        },
      }),
      column.display({
        id: "actions",
        minSize: 170,
        cell: ({ row }) => <OrderReviewActions review={row.original} />,
      }),
    ],
    [t, i18n.language, userLabel]
  )
}
