import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { MathBN } from "@medusajs/framework/utils"
import { refuseCodDeliveryWorkflow } from "../../../../../../workflows/finance"
import type { AdminRecordCodRefusalType } from "./validators"

const iso = (d: unknown) => (d ? new Date(d as string).toISOString() : null)
const num = (v: unknown) => MathBN.convert(v as number).toNumber()

/**
 * Records that the buyer refused the COD parcel: cancels the COD
 * authorization, returns the goods to origin (restocked), records the return
 * trip's cost and who bears it, closes the receivable, counts the refusal.
 */
export const POST = async (
  req: AuthenticatedMedusaRequest<AdminRecordCodRefusalType>,
  res: MedusaResponse
) => {
  const { additional_data, ...refusal } = req.validatedBody
  const { result } = await refuseCodDeliveryWorkflow(req.scope).run({
    input: {
      ...refusal,
      order_id: req.params.id,
      actor_id: req.auth_context.actor_id,
      additional_data,
    },
  })
  const r = result.receivable
  const cost = result.logistics_cost
  res.json({
    cod_refusal: {
      order_id: result.order_id,
      return_id: result.return_id,
      location_id: result.location_id,
      payment_id: result.payment_id,
      payment_canceled: true,
      receivable: {
        id: r.id,
        status: r.status,
        closed_reason: r.closed_reason ?? null,
        amount_to_collect: num(r.amount_to_collect),
        currency_code: r.currency_code,
      },
      logistics_cost: {
        id: cost.id,
        kind: cost.kind,
        amount: num(cost.amount),
        currency_code: cost.currency_code,
        bearer: cost.bearer,
        reason: cost.reason ?? null,
      },
      refusal: {
        id: result.refusal.id,
        customer_id: result.refusal.customer_id ?? null,
        email: result.refusal.email ?? null,
        reason: result.refusal.reason ?? null,
        created_at: iso(result.refusal.created_at),
      },
    },
  })
}
