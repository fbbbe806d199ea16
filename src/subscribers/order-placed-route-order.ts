import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { routeOrderWorkflow } from "../workflows/routing"

/**
 * Routes every order placed: picks the warehouses, moves the reservations
 * Medusa made at checkout, and passes the routing gate. A second delivery
 * of the event finds the order routed and does nothing.
 */
export default async function orderPlacedRouteOrder({
  event: { data },
  container,
}: SubscriberArgs<{ id: string }>) {
  await routeOrderWorkflow(container).run({
    input: { order_id: data.id, source: "placement" },
  })
}

export const config: SubscriberConfig = {
  event: "order.placed",
  context: { subscriberId: "mall-order-placed-route-order" },
}
