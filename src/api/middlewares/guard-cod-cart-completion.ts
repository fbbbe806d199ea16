import type {
  MedusaNextFunction,
  MedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { COD_PROVIDER_PREFIX } from "../../types/modules"
import { evaluateCodEligibilityWorkflow } from "../../workflows/cod"

/**
 * Refuses to complete a cart paid by COD that the eligibility rules reject,
 * before core's completeCart runs, so nothing is created. A middleware keeps
 * `completeCartWorkflow.hooks.validate` free for the merchant: Medusa allows
 * one handler per hook in the whole app.
 */
export async function guardCodCartCompletion(
  req: MedusaRequest,
  res: MedusaResponse,
  next: MedusaNextFunction
) {
  try {
    const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
    const {
      data: [cart],
    } = await query.graph({
      entity: "cart",
      fields: ["id", "payment_collection.payment_sessions.provider_id"],
      filters: { id: req.params.id },
    })
    const sessions = cart?.payment_collection?.payment_sessions ?? []
    const paysCod = sessions.some((s: { provider_id?: string } | null) =>
      s?.provider_id?.startsWith(COD_PROVIDER_PREFIX)
    )
    if (!paysCod) {
      return next()
    }
    const { result } = await evaluateCodEligibilityWorkflow(req.scope).run({
      input: { cart_id: req.params.id },
    })
    if (result.eligible) {
      return next()
    }
    res.status(400).json({
      type: "not_allowed",
      code: "cod_not_eligible",
      message: `This cart cannot be paid cash on delivery: ${result.reasons
        .map((r) => r.message)
        .join(" ")} Choose another payment method.`,
      reasons: result.reasons,
    })
  } catch (e) {
    next(e)
  }
}
