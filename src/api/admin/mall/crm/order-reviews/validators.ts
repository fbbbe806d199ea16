import { z } from "@medusajs/framework/zod"
import { ORDER_REVIEW_STATUSES } from "../../../../../types/crm"
import {
  additionalData,
  oneOf,
  optionalText,
  paginationParams,
} from "../../utils/validators"

export const AdminGetOrderReviewsParams = z.strictObject({
  status: oneOf(
    ORDER_REVIEW_STATUSES,
    (v) =>
      `status must be one of ${ORDER_REVIEW_STATUSES.join(", ")}, not "${v}"`
  ).optional(),
  /** true: pending past their due time; false: all others. */
  overdue: oneOf(
    ["true", "false"] as const,
    (v) => `overdue must be true or false, not "${v}"`
  )
    .transform((v) => v === "true")
    .optional(),
  order_id: optionalText("order_id"),
  ...paginationParams,
})
export type AdminGetOrderReviewsParamsType = z.infer<
  typeof AdminGetOrderReviewsParams
>

export const AdminApproveOrderReview = z.strictObject({
  reason: z
    .string("reason must be text")
    .trim()
    .refine((s) => s.length <= 2000, "reason is longer than 2000 characters")
    .optional()
    .transform((s) => s || undefined),
  additional_data: additionalData,
})
export type AdminApproveOrderReviewType = z.infer<
  typeof AdminApproveOrderReview
>

export const AdminRejectOrderReview = z.strictObject({
  reason: z
    .string(
      "reason is required to reject an order review: say what is wrong with the order"
    )
    .trim()
    .refine(
      (s) => s.length > 0,
      "reason must not be empty: say what is wrong with the order"
    )
    .refine((s) => s.length <= 2000, "reason is longer than 2000 characters"),
  additional_data: additionalData,
})
export type AdminRejectOrderReviewType = z.infer<typeof AdminRejectOrderReview>
