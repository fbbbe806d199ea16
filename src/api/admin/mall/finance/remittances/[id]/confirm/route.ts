import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { MathBN } from "@medusajs/framework/utils"
import {
  confirmRemittanceWorkflow,
  type ConfirmRemittanceWorkflowOutput,
} from "../../../../../../../workflows/finance"
import type { AdminConfirmRemittanceResponse as AdminConfirmRemittanceReport } from "../../../../../../../types/http/finance"
import { retrieveRemittanceReport } from "../../helpers"
import type { AdminConfirmRemittanceType } from "../../validators"

/** The confirmation with each capture's detail, for API consumers reconciling with the bank. */
export type AdminConfirmRemittanceResponse = AdminConfirmRemittanceReport & {
  settlement: { captures: ConfirmRemittanceWorkflowOutput["captures"] }
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
