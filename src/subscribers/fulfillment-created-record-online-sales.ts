import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { OrderWorkflowEvents } from "@medusajs/framework/utils"
import { recordOnlineSalesWorkflow } from "../workflows/channel-inventory"

/**
 * A fulfilled online order writes its lines to the channel ledger as online
 * sales. Idempotent: one entry per fulfilment line, so a redelivered event
 * or a second instance changes nothing.
 */
export default async function recordOnlineSalesOnFulfillment({
  event: { data },
  container,
}: SubscriberArgs<{ order_id: string; fulfillment_id: string }>) {
  await recordOnlineSalesWorkflow(container).run({
    input: { fulfillment_id: data.fulfillment_id, order_id: data.order_id },
  })
}

export const config: SubscriberConfig = {
  event: OrderWorkflowEvents.FULFILLMENT_CREATED,
  context: { subscriberId: "mall-record-online-sales-on-fulfillment" },
}
