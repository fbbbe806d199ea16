import type {
  MedusaNextFunction,
  MedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type MallFinanceModuleService from "../../modules/finance/service"
import { COD_PROVIDER_PREFIX, MALL_FINANCE_MODULE } from "../../types/modules"
import {
  codEligibilityCartFields,
  codNotEligibleMessage,
  isCodFeeLine,
  toEligibilityCart,
  type GraphCart,
} from "../../workflows/cod"

/**
 * Refuses to complete a cart paid by COD that the eligibility rules reject,
 * before core's completeCart runs, so nothing is created. A middleware keeps
 * `completeCartWorkflow.hooks.validate` free for the merchant: Medusa allows
 * one handler per hook in the whole app. It sits on the checkout's hot path,
 * so it reads the cart once and calls the strategy without a workflow.
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
        ...codEligibilityCartFields.filter(
          (f) => f !== "total" && f !== "items.total"
        ),
        "payment_collection.amount",
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
      const items = (cart.items ?? []) as Parameters<typeof isCodFeeLine>[0][]
      const hasFee = items.some(isCodFeeLine)
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
    // Medusa keeps the payment collection's amount equal to the cart total
    // (a change of total replaces the sessions), so the costly totals
    // computation is not needed here.
    const result = await req.scope
      .resolve<MallFinanceModuleService>(MALL_FINANCE_MODULE)
      .evaluateCartCodEligibility(
        toEligibilityCart(
          cart as unknown as GraphCart,
          cart.payment_collection?.amount
        )
      )
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
