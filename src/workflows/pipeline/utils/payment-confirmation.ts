import type { BigNumberInput } from "@medusajs/framework/types"
import { MathBN, MedusaError } from "@medusajs/framework/utils"
import type { AdminPaymentConfirmation } from "../../../types/http/pipeline"

/** A payment confirmation row as the finance module returns it. */
export interface PaymentConfirmationRow {
  id: string
  order_id: string
  display_id?: number | null
  payment_id?: string | null
  provider_id: string
  currency_code: string
  expected_amount: unknown
  received_amount?: unknown
  reference?: string | null
  status: string
  mismatch_accepted?: boolean
  decided_by?: string | null
  decided_at?: Date | string | null
  reason?: string | null
  created_at?: Date | string | null
}

/** "1,299.5 CNY": an amount as finance reads it. */
export function formatAmount(amount: unknown, currencyCode: string): string {
  const value = MathBN.convert(amount as BigNumberInput)
  return `${value.toFormat()} ${currencyCode.toUpperCase()}`
}

const label = (c: Pick<PaymentConfirmationRow, "id" | "display_id">) =>
  c.display_id != null
    ? `The payment confirmation of order #${c.display_id}`
    : `Payment confirmation ${c.id}`

/** Finance decides a confirmation once. */
export function assertConfirmationPending(
  confirmation: PaymentConfirmationRow
): void {
  if (confirmation.status === "pending") {
    return
  }
  throw new MedusaError(
    MedusaError.Types.NOT_ALLOWED,
    `${label(confirmation)} was already ${confirmation.status}; a decision cannot be changed.`
  )
}

/**
 * Whether the amount received differs from the amount expected. A
 * difference must be accepted explicitly; otherwise this throws a message
 * that gives both amounts and says how to accept it.
 */
export function checkReceivedAmount(
  confirmation: PaymentConfirmationRow,
  received: number,
  acceptMismatch: boolean
): { mismatch: boolean } {
  const expected = confirmation.expected_amount as BigNumberInput
  if (MathBN.eq(expected, received)) {
    return { mismatch: false }
  }
  if (acceptMismatch) {
    return { mismatch: true }
  }
  const currency = confirmation.currency_code
  const diff = MathBN.sub(received, expected)
  const direction = MathBN.gt(diff, 0) ? "more" : "less"
  throw new MedusaError(
    MedusaError.Types.NOT_ALLOWED,
    `${label(confirmation)} expects ${formatAmount(expected, currency)} but ${formatAmount(received, currency)} was received (${formatAmount(MathBN.abs(diff), currency)} ${direction}). To confirm it anyway, send the request again with "accept_mismatch": true; otherwise reject it.`,
    "amount_mismatch"
  )
}

const isoOrNull = (d: Date | string | null | undefined) =>
  d ? new Date(d).toISOString() : null

const amountOrNull = (value: unknown) =>
  value == null ? null : MathBN.convert(value as BigNumberInput).toNumber()

/** A payment confirmation as the admin API shows it. */
export function toAdminPaymentConfirmation(
  row: PaymentConfirmationRow,
  customerEmail: string | null
): AdminPaymentConfirmation {
  return {
    id: row.id,
    order_id: row.order_id,
    display_id: row.display_id ?? null,
    customer_email: customerEmail,
    payment_id: row.payment_id ?? null,
    provider_id: row.provider_id,
    currency_code: row.currency_code,
    expected_amount: amountOrNull(row.expected_amount) ?? 0,
    received_amount: amountOrNull(row.received_amount),
    reference: row.reference ?? null,
    status: row.status as AdminPaymentConfirmation["status"],
    mismatch_accepted: !!row.mismatch_accepted,
    decided_by: row.decided_by ?? null,
    decided_at: isoOrNull(row.decided_at),
    reason: row.reason ?? null,
    created_at: isoOrNull(row.created_at) ?? new Date(0).toISOString(),
  }
}
