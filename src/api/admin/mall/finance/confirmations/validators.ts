import { z } from "@medusajs/framework/zod"
import { PAYMENT_CONFIRMATION_STATUSES } from "../../../../../types/pipeline"
import {
  additionalData,
  listOf,
  oneOf,
  paginationParams,
  requiredText,
} from "../../utils/validators"

export const AdminGetPaymentConfirmationsParams = z.strictObject({
  status: listOf(oneOf(PAYMENT_CONFIRMATION_STATUSES, "status")).optional(),
  /** Payment provider id(s), e.g. `pp_system_default`. */
  method: listOf(z.string().trim().min(1)).optional(),
  order_id: listOf(z.string().trim().min(1)).optional(),
  ...paginationParams,
})

export type AdminGetPaymentConfirmationsParamsType = z.infer<
  typeof AdminGetPaymentConfirmationsParams
>

const amount = z
  .number()
  .finite()
  .refine((n) => n > 0, "received_amount must be more than 0")
  .refine(
    (n) => Math.abs(n * 10_000 - Math.round(n * 10_000)) < 1e-6,
    "received_amount has more than 4 decimals"
  )

export const AdminConfirmPayment = z.strictObject({
  reference: requiredText(
    "reference",
    "give the bank transfer or payment-provider reference"
  ),
  received_amount: amount,
  accept_mismatch: z.boolean().optional(),
  additional_data: additionalData,
})

export type AdminConfirmPaymentType = z.infer<typeof AdminConfirmPayment>

export const AdminRejectPayment = z.strictObject({
  reason: requiredText("reason", "say why the payment is rejected"),
  additional_data: additionalData,
})

export type AdminRejectPaymentType = z.infer<typeof AdminRejectPayment>
