import type { RemoteQueryFunction } from "@medusajs/framework/types"
import {
  ContainerRegistrationKeys,
  MathBN,
  MedusaError,
} from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { capturePaymentWorkflow } from "@medusajs/medusa/core-flows"

export const captureCodPaymentsStepId = "mall-capture-cod-payments"

/** One COD payment to capture for what the courier collected. */
export interface CaptureRequest {
  payment_id: string
  order_id: string
  display_id: number | null
  receivable_id: string
  currency_code: string
  /** What the courier collected and remitted (decimal string). */
  collected: string
  /** What the receivable asked the courier to collect (decimal string). */
  amount_to_collect: string
}

export interface CaptureResult {
  payment_id: string
  order_id: string
  receivable_id: string
  currency_code: string
  /** Captured now; 0 when the payment was already captured for it. */
  amount: number
  already_captured: boolean
}

export type GraphPayment = {
  id: string
  amount: unknown
  canceled_at?: string | Date | null
  captures?: ({ amount: unknown } | null)[] | null
}

/** The payments by id, with their captures. */
export async function loadPayments(
  query: Omit<RemoteQueryFunction, symbol>,
  ids: string[]
): Promise<Map<string, GraphPayment>> {
  const out = new Map<string, GraphPayment>()
  const unique = [...new Set(ids)]
  for (let i = 0; i < unique.length; i += 1_000) {
    const { data } = await query.graph({
      entity: "payment",
      fields: ["id", "amount", "canceled_at", "captures.amount"],
      filters: { id: unique.slice(i, i + 1_000) },
    })
    for (const p of data as GraphPayment[]) {
      out.set(p.id, p)
    }
  }
  return out
}

/**
 * What is left to capture for a collection: the receivable was opened for
 * the authorized amount less what was captured then, so the payment's
 * captured total must reach (amount − amount_to_collect) + collected, never
 * more than the amount authorized. Zero when that is already the case,
 * which makes a repeated capture a no-op.
 */
export function amountLeftToCapture(
  payment: GraphPayment,
  request: Pick<CaptureRequest, "collected" | "amount_to_collect">
) {
  const captured = (payment.captures ?? []).reduce(
    (sum, c) => (c ? MathBN.add(sum, c.amount as number) : sum),
    MathBN.convert(0)
  )
  const before = MathBN.sub(payment.amount as number, request.amount_to_collect)
  const target = MathBN.min(
    MathBN.add(MathBN.max(before, 0), request.collected),
    payment.amount as number
  )
  return MathBN.max(MathBN.sub(target, captured), 0)
}

/**
 * Captures COD payments in Medusa (`capturePaymentWorkflow`, as the admin
 * Capture button does) for what the courier remitted. Idempotent rather than
 * compensable: a capture takes the money, so, like Medusa's own capture
 * step, it is never undone automatically; instead each payment is only
 * captured for what it still lacks, so running the step again (a retried or
 * repeated confirmation) never captures twice. A failure names the payment;
 * the captures made before it stay, and are skipped on the next run.
 */
export const captureCodPaymentsStep = createStep(
  captureCodPaymentsStepId,
  async (
    input: { captures: CaptureRequest[]; actor_id?: string | null },
    { container }
  ) => {
    const results: CaptureResult[] = []
    if (!input.captures.length) {
      return new StepResponse(results)
    }
    const payments = await loadPayments(
      container.resolve(ContainerRegistrationKeys.QUERY),
      input.captures.map((c) => c.payment_id)
    )
    for (const request of input.captures) {
      const payment = payments.get(request.payment_id)
      const order = request.display_id
        ? `order #${request.display_id}`
        : `order ${request.order_id}`
      if (!payment) {
        throw new MedusaError(
          MedusaError.Types.NOT_FOUND,
          `The COD payment ${request.payment_id} of ${order} was not found`
        )
      }
      const amount = amountLeftToCapture(payment, request)
      const base = {
        payment_id: request.payment_id,
        order_id: request.order_id,
        receivable_id: request.receivable_id,
        currency_code: request.currency_code,
      }
      if (MathBN.lte(amount, 0)) {
        results.push({ ...base, amount: 0, already_captured: true })
        continue
      }
      try {
        await capturePaymentWorkflow(container).run({
          input: {
            payment_id: request.payment_id,
            amount: amount.toNumber(),
            captured_by: input.actor_id ?? undefined,
          },
        })
      } catch (e) {
        const error = e as MedusaError
        throw new MedusaError(
          error?.type && Object.values(MedusaError.Types).includes(error.type)
            ? error.type
            : MedusaError.Types.UNEXPECTED_STATE,
          `Capturing the COD payment ${request.payment_id} of ${order} failed: ${error?.message}. Nothing was settled; payments captured before it stay captured and are not captured again when the remittance is confirmed again.`
        )
      }
      results.push({
        ...base,
        amount: amount.toNumber(),
        already_captured: false,
      })
    }
    return new StepResponse(results)
  }
)
