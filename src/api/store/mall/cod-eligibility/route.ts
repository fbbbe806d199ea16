import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { CodEligibilityResult } from "../../../../types/cod"
import { evaluateCodEligibilityWorkflow } from "../../../../workflows/cod"
import type { StoreGetCodEligibilityParamsType } from "./validators"

export const GET = async (
  req: MedusaRequest<unknown, StoreGetCodEligibilityParamsType>,
  res: MedusaResponse<CodEligibilityResult>
) => {
  const { result } = await evaluateCodEligibilityWorkflow(req.scope).run({
    input: { cart_id: req.validatedQuery.cart_id },
  })
  res.json(result)
}
