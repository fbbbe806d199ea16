import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { openOrderPipelineWorkflow } from "../workflows/pipeline"
import { routeOrderWorkflow } from "../workflows/routing"

/**
 * Opens the release gates of every order placed, then routes it to its
 * warehouses. One subscriber runs both, in this order, because routing
 * decides the routing gate the pipeline opens; as two workflows, so an
 * order whose routing fails still has its gates (and waits in the
 * needs-routing queue). Both are idempotent, so a redelivered event or a
 * second instance does no harm.
 */
export default async function orderPlacedOpenPipeline({
  event: { data },
  container,
}: SubscriberArgs<{ id: string }>) {
  await openOrderPipelineWorkflow(container).run({
    input: { order_id: data.id },
  })
  await routeOrderWorkflow(container).run({
    input: { order_id: data.id, source: "placement" },
  })
}

export const config: SubscriberConfig = {
  event: "order.placed",
  context: { subscriberId: "mall-order-placed-open-pipeline" },
}
