import type {
  MedusaNextFunction,
  MedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { COD_PROVIDER_PREFIX } from "../../types/modules"
import { isCodFeeLine, syncCodFeeWorkflow } from "../../workflows/cod"

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
      fields: ["id", "cart.id", "cart.items.id", "cart.items.metadata"],
      filters: { id: req.params.id },
    })
    const cart = (
      collection as
        | {
            cart?: {
              id: string
              items?: Parameters<typeof isCodFeeLine>[0][] | null
            } | null
          }
        | undefined
    )?.cart
    if (!cart) {
      return next()
    }
    const cod = providerId.startsWith(COD_PROVIDER_PREFIX)
    // The common case on the checkout path: another method, no fee to remove.
    if (!cod && !(cart.items ?? []).some(isCodFeeLine)) {
      return next()
    }
    await syncCodFeeWorkflow(req.scope).run({
      input: { cart_id: cart.id, cod },
    })
    next()
  } catch (e) {
    next(e)
  }
}
