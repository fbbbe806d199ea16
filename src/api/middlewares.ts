import { defineMiddlewares } from "@medusajs/framework/http"
import { adminMallMiddlewares } from "./admin/mall/middlewares"
import { adminLogisticsCostMiddlewares } from "./admin/mall/finance/logistics-costs/middlewares"
import { adminReceivableMiddlewares } from "./admin/mall/finance/receivables/middlewares"
import { adminRemittanceMiddlewares } from "./admin/mall/finance/remittances/middlewares"
import { adminCodRefusalMiddlewares } from "./admin/mall/orders/[id]/cod-refused/middlewares"
import { guardCodCapture } from "./middlewares/guard-cod-capture"
import { guardCodCartCompletion } from "./middlewares/guard-cod-cart-completion"
import { guardFulfillmentLocation } from "./middlewares/guard-fulfillment-location"
import { guardOrderFulfillment } from "./middlewares/guard-order-fulfillment"
import { syncCodFeeOnPaymentSession } from "./middlewares/sync-cod-fee-on-payment-session"
import { storeMallMiddlewares } from "./store/mall/middlewares"

export default defineMiddlewares({
  routes: [
    ...storeMallMiddlewares,
    ...adminMallMiddlewares,
    ...adminRemittanceMiddlewares,
    ...adminReceivableMiddlewares,
    ...adminLogisticsCostMiddlewares,
    ...adminCodRefusalMiddlewares,
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
    {
      method: ["POST"],
      matcher: "/admin/orders/:id/fulfillments",
      middlewares: [guardOrderFulfillment, guardFulfillmentLocation],
    },
    {
      method: ["POST"],
      matcher: "/admin/payments/:id/capture",
      middlewares: [guardCodCapture],
    },
  ],
})
