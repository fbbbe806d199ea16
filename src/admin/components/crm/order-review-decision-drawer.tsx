import { Text, toast } from "@medusajs/ui"
import { useTranslation } from "react-i18next"
import type { AdminCrmOrderReview } from "../../../types/http/crm-order-review"
import {
  useApproveOrderReview,
  useRejectOrderReview,
} from "../../hooks/api/crm-review"
import { formatAmount } from "../../lib/format"
import { OrderReviewReasons } from "./order-review-reasons"
import { DecisionTestIds, ReasonDecisionDrawer } from "./reason-decision-drawer"

export type OrderReviewDecision = "approve" | "reject"

/** "#1042" or the order id. */
export const orderLabel = (review: AdminCrmOrderReview) =>
  review.display_id !== null ? `#${review.display_id}` : review.order_id

/**
 * Approves an order held at the customer gate (it then goes to the CRM) or
 * rejects it (held or canceled, as the store is set up: the drawer says
 * which, since a cancelation cannot be taken back). Shows the order and the
 * rules it failed, for the review queue and the order's widget alike.
 */
export const OrderReviewDecisionDrawer = ({
  review,
  mode,
  open,
  onOpenChange,
  testIds = {
    drawer: `mall-crm-review-${mode}-drawer`,
    reason: "mall-crm-review-reason-input",
    error: "mall-crm-review-error",
  },
}: {
  review: AdminCrmOrderReview
  mode: OrderReviewDecision
  open: boolean
  onOpenChange: (open: boolean) => void
  testIds?: DecisionTestIds
}) => {
  const { t, i18n } = useTranslation()
  const approve = useApproveOrderReview(review.id)
  const reject = useRejectOrderReview(review.id)
  const order = orderLabel(review)
  const total =
    review.total !== null && review.currency_code
      ? formatAmount(review.total, review.currency_code, i18n.language)
      : "—"

  const decide = async (reason: string | undefined) => {
    await (mode === "approve" ? approve : reject).mutateAsync({ reason })
    toast.success(t(`mall.crm.orderReviews.decide.toast.${mode}`, { order }))
  }

  return (
    <ReasonDecisionDrawer
      open={open}
      onOpenChange={onOpenChange}
      negative={mode === "reject"}
      title={t(`mall.crm.orderReviews.decide.title.${mode}`, { order })}
      description={t(
        mode === "reject"
          ? `mall.crm.orderReviews.decide.description.reject.${review.on_reject}`
          : "mall.crm.orderReviews.decide.description.approve"
      )}
      submitLabel={t(`mall.crm.orderReviews.decide.submit.${mode}`)}
      reasonHint={t(`mall.crm.orderReviews.decide.reasonHint.${mode}`)}
      missingReason={t("mall.crm.orderReviews.decide.errors.reason")}
      isSubmitting={approve.isPending || reject.isPending}
      onDecide={decide}
      testIds={testIds}
    >
      <div className="flex flex-col gap-y-2">
        <Text size="small" className="text-ui-fg-subtle">
          {t("mall.crm.orderReviews.decide.order", {
            order,
            total,
            customer: review.customer_email ?? "—",
          })}
        </Text>
        {review.reasons.length > 0 && (
          <div className="flex flex-col gap-y-1">
            <Text size="small" weight="plus">
              {t("mall.crm.orderReviews.decide.rules")}
            </Text>
            <OrderReviewReasons reasons={review.reasons} />
          </div>
        )}
      </div>
    </ReasonDecisionDrawer>
  )
}
