import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { openOrderPipelineWorkflow } from "../workflows/pipeline"

/**
 * Opens the release gates of every order placed. The workflow is
 * idempotent, so a redelivered event or a second instance does no harm.
 */
export default async function orderPlacedOpenPipeline({
  event: { data },
  container,
}: SubscriberArgs<{ id: string }>) {
  await openOrderPipelineWorkflow(container).run({
    input: { order_id: data.id },
  })
}

export const config: SubscriberConfig = {
  event: "order.placed",
  context: { subscriberId: "mall-order-placed-open-pipeline" },
}
