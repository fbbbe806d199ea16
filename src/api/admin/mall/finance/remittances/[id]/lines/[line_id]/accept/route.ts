import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { MathBN } from "@medusajs/framework/utils"
import { acceptRemittanceLineWorkflow } from "../../../../../../../../../workflows/finance"
import type { AdminAcceptRemittanceLineType } from "../../../../validators"

const num = (v: unknown) =>
  v === null || v === undefined ? null : MathBN.convert(v as number).toNumber()

/** Finance accepts a disputed short or excess line: capture and settle. */
export const POST = async (
  req: AuthenticatedMedusaRequest<AdminAcceptRemittanceLineType>,
  res: MedusaResponse
) => {
  const { result } = await acceptRemittanceLineWorkflow(req.scope).run({
    input: {
      remittance_id: req.params.id,
      line_id: req.params.line_id,
      reason: req.validatedBody.reason,
      actor_id: req.auth_context.actor_id,
      additional_data: req.validatedBody.additional_data,
    },
  })
  const { line, receivable, capture } = result
  res.json({
    remittance_line: {
      id: line.id,
      line_number: line.line_number,
      outcome: line.outcome,
      status: line.status,
      reason: line.reason ?? null,
      amount: num(line.amount),
      receivable_id: line.receivable_id ?? null,
    },
    cod_receivable: {
      id: receivable.id,
      order_id: receivable.order_id,
      status: receivable.status,
      settled_at: receivable.settled_at ?? null,
      closed_reason: receivable.closed_reason ?? null,
      amount_to_collect: num(receivable.amount_to_collect),
      currency_code: receivable.currency_code,
    },
    capture,
  })
}
