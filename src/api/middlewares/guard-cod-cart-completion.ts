import type {
  MedusaNextFunction,
  MedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { COD_PROVIDER_PREFIX } from "../../types/modules"
import {
  codNotEligibleMessage,
  evaluateCodEligibilityWorkflow,
  isCodFeeLine,
} from "../../workflows/cod"

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
      fields: [
        "id",
        "items.id",
        "items.metadata",
        "payment_collection.payment_sessions.provider_id",
      ],
      filters: { id: req.params.id },
    })
    if (!cart) {
      return next()
    }
    const sessions = (cart.payment_collection?.payment_sessions ?? []) as ({
      provider_id?: string
    } | null)[]
    const paysCod = sessions.some((s) =>
      s?.provider_id?.startsWith(COD_PROVIDER_PREFIX)
    )
    if (!paysCod) {
      const hasFee = (cart.items ?? []).some((item) =>
        isCodFeeLine(item as Parameters<typeof isCodFeeLine>[0])
      )
      if (hasFee && sessions.length) {
        res.status(400).json({
          type: "not_allowed",
          code: "cod_fee_not_applicable",
          message:
            "This cart carries a cash on delivery fee but is not paid cash on delivery. Select the payment method again to update the cart.",
        })
        return
      }
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
      message: codNotEligibleMessage(result),
      reasons: result.reasons,
    })
  } catch (e) {
    next(e)
  }
}
