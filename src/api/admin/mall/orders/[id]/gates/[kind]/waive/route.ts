import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import type { AdminReleaseGateResponse } from "../../../../../../../../types/http/pipeline"
import {
  toAdminReleaseGate,
  waiveGateWorkflow,
} from "../../../../../../../../workflows/pipeline"
import { parseGateKind } from "../../../../../utils/validators"
import type { AdminWaiveGateType } from "../../validators"

/** Waive an order's gate, as an owner of the department that owns it. */
export const POST = async (
  req: AuthenticatedMedusaRequest<AdminWaiveGateType>,
  res: MedusaResponse<AdminReleaseGateResponse>
) => {
  const kind = parseGateKind(req.params.kind)
  const { reason, additional_data } = req.validatedBody
  const { result } = await waiveGateWorkflow(req.scope).run({
    input: {
      order_id: req.params.id,
      kind,
      reason,
      actor_id: req.auth_context.actor_id,
      additional_data,
    },
  })
  res.json({ release_gate: toAdminReleaseGate(result, new Date()) })
}
