import { MedusaError } from "@medusajs/framework/utils"
import { createStep } from "@medusajs/framework/workflows-sdk"
import type { OrderReviewStatus } from "../../../types/crm"

export const assertOrderReviewDecidableStepId =
  "mall-assert-order-review-decidable"

export interface AssertOrderReviewDecidableStepInput {
  review: { id: string; status: OrderReviewStatus; automatic?: boolean }
  /** What the user tried to do. */
  decision: "approved" | "rejected"
  /** "order #12", for the message. */
  order_label: string
}

const already: Record<OrderReviewStatus, string> = {
  pending: "is pending",
  approved: "was already approved",
  rejected: "was already rejected",
}

/**
 * Refuses, with 400, a decision on a review that is not pending: sales ops
 * decides a review once. A rejected order's gate can still be waived by an
 * owner of sales_ops, which the message says.
 */
export const assertOrderReviewDecidableStep = createStep(
  assertOrderReviewDecidableStepId,
  async (input: AssertOrderReviewDecidableStepInput) => {
    const { review } = input
    if (review.status === "pending") {
      return
    }
    const how =
      review.status === "approved" && review.automatic
        ? " automatically by the review rules"
        : ""
    const hint =
      review.status === "rejected"
        ? " An owner of the sales_ops department may still waive the order's customer_review gate."
        : ""
    throw new MedusaError(
      MedusaError.Types.NOT_ALLOWED,
      `The customer review of ${input.order_label} ${already[review.status]}${how}; a decision cannot be changed.${hint}`
    )
  }
)
