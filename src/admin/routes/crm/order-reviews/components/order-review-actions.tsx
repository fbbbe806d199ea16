import { Button } from "@medusajs/ui"
import { useState } from "react"
import { useTranslation } from "react-i18next"
import type { AdminCrmOrderReview } from "../../../../../types/http/crm-order-review"
import {
  OrderReviewDecision,
  OrderReviewDecisionDrawer,
} from "../../../../components/crm/order-review-decision-drawer"

/** Reject and Approve of a pending review, with their drawers. */
export const OrderReviewActions = ({
  review,
}: {
  review: AdminCrmOrderReview
}) => {
  const { t } = useTranslation()
  const [mode, setMode] = useState<OrderReviewDecision>("approve")
  const [open, setOpen] = useState(false)

  if (review.status !== "pending") {
    return null
  }
  const decide = (next: OrderReviewDecision) => {
    setMode(next)
    setOpen(true)
  }

  return (
    <div
      className="flex items-center justify-end gap-x-2 p-px"
      onClick={(event) => event.stopPropagation()}
    >
      <Button
        size="small"
        variant="transparent"
        onClick={() => decide("reject")}
        data-testid="mall-crm-review-reject"
      >
        {t("mall.crm.orderReviews.reject")}
      </Button>
      <Button
        size="small"
        variant="secondary"
        onClick={() => decide("approve")}
        data-testid="mall-crm-review-approve"
      >
        {t("mall.crm.orderReviews.approve")}
      </Button>
      <OrderReviewDecisionDrawer
        review={review}
        mode={mode}
        open={open}
        onOpenChange={setOpen}
      />
    </div>
  )
}
