import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { MathBN } from "@medusajs/framework/utils"
import {
  confirmRemittanceWorkflow,
  type ConfirmRemittanceWorkflowOutput,
} from "../../../../../../../workflows/finance"
import {
  retrieveRemittanceReport,
  type AdminRemittanceResponse,
} from "../../helpers"
import type { AdminConfirmRemittanceType } from "../../validators"

export type AdminConfirmRemittanceResponse = AdminRemittanceResponse & {
  /** True when it was confirmed before: nothing changed, nothing captured twice. */
  already_confirmed: boolean
  settlement: {
    /** Receivables settled now. */
    settled: number
    /** Receivables put in dispute now. */
    disputed: number
    /** Payments captured now, and for how much per currency. */
    captured: { count: number; amounts: Record<string, number> }
    captures: ConfirmRemittanceWorkflowOutput["captures"]
  }
}

export const POST = async (
  req: AuthenticatedMedusaRequest<AdminConfirmRemittanceType>,
  res: MedusaResponse<AdminConfirmRemittanceResponse>
) => {
  const { result } = await confirmRemittanceWorkflow(req.scope).run({
    input: {
      remittance_id: req.params.id,
      actor_id: req.auth_context.actor_id,
      additional_data: req.validatedBody.additional_data,
    },
  })
  const report = await retrieveRemittanceReport(req.scope, req.params.id, {
    limit: 1000,
    offset: 0,
  })
  const amounts: Record<string, number> = {}
  const captured = result.captures.filter((c) => !c.already_captured)
  for (const c of captured) {
    amounts[c.currency_code] = MathBN.add(
      amounts[c.currency_code] ?? 0,
      c.amount
    ).toNumber()
  }
  res.json({
    ...report,
    already_confirmed: result.already_confirmed,
    settlement: {
      settled: result.settled.length,
      disputed: result.disputed.length,
      captured: { count: captured.length, amounts },
      captures: result.captures,
    },
  })
}
