import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import type { AdminReleaseGateResponse } from "../../../../../../../types/http/pipeline"
import {
  decideGateWorkflow,
  toAdminReleaseGate,
} from "../../../../../../../workflows/pipeline"
import { parseGateKind } from "../../../../utils/validators"
import type { AdminDecideGateType } from "../validators"

/** Pass or fail an order's gate, as a member of the department that owns it. */
export const POST = async (
  req: AuthenticatedMedusaRequest<AdminDecideGateType>,
  res: MedusaResponse<AdminReleaseGateResponse>
) => {
  const kind = parseGateKind(req.params.kind)
  const { status, reason, additional_data } = req.validatedBody
  const { result } = await decideGateWorkflow(req.scope).run({
    input: {
      order_id: req.params.id,
      kind,
      status,
      reason: reason || null,
      actor_id: req.auth_context.actor_id,
      additional_data,
    },
  })
  res.json({ release_gate: toAdminReleaseGate(result, new Date()) })
}
