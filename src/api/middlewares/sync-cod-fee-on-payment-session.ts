import type {
  MedusaNextFunction,
  MedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { COD_PROVIDER_PREFIX } from "../../types/modules"
import { syncCodFeeWorkflow } from "../../workflows/cod"

/**
 * When a storefront picks a payment method for a cart, the cart gains the
 * COD fee line (COD) or loses it (anything else) before core creates the
 * payment session, so the session is for the right amount. Picking COD for
 * a cart the rules reject answers 400 with the reasons.
 */
export async function syncCodFeeOnPaymentSession(
  req: MedusaRequest<{ provider_id?: string }>,
  res: MedusaResponse,
  next: MedusaNextFunction
) {
  try {
    const providerId = (req.body as { provider_id?: unknown })?.provider_id
    if (typeof providerId !== "string") {
      return next()
    }
    const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
    const {
      data: [collection],
    } = await query.graph({
      entity: "payment_collection",
      fields: ["id", "cart.id"],
      filters: { id: req.params.id },
    })
    const cartId = (collection as { cart?: { id: string } | null } | undefined)
      ?.cart?.id
    if (!cartId) {
      return next()
    }
    await syncCodFeeWorkflow(req.scope).run({
      input: {
        cart_id: cartId,
        cod: providerId.startsWith(COD_PROVIDER_PREFIX),
      },
    })
    next()
  } catch (e) {
    next(e)
  }
}
