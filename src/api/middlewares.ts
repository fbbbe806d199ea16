import { defineMiddlewares } from "@medusajs/framework/http"
import { adminMallMiddlewares } from "./admin/mall/middlewares"
import { guardCodCartCompletion } from "./middlewares/guard-cod-cart-completion"
import { syncCodFeeOnPaymentSession } from "./middlewares/sync-cod-fee-on-payment-session"
import { storeMallMiddlewares } from "./store/mall/middlewares"

export default defineMiddlewares({
  routes: [
    ...storeMallMiddlewares,
    ...adminMallMiddlewares,
    {
      method: ["POST"],
      matcher: "/store/carts/:id/complete",
      middlewares: [guardCodCartCompletion],
    },
    {
      method: ["POST"],
      matcher: "/store/payment-collections/:id/payment-sessions",
      middlewares: [syncCodFeeOnPaymentSession],
    },
  ],
})
