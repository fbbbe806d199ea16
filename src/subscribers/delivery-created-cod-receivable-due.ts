import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { FulfillmentWorkflowEvents } from "@medusajs/framework/utils"
import { markCodReceivableDueWorkflow } from "../workflows/finance"

/**
 * A delivered COD parcel makes its receivable due. Idempotent: only an open
 * receivable changes, so a redelivered event changes nothing.
 */
export default async function markCodReceivableDueOnDelivery({
  event: { data },
  container,
}: SubscriberArgs<{ id: string }>) {
  await markCodReceivableDueWorkflow(container).run({
    input: { fulfillment_id: data.id },
  })
}

export const config: SubscriberConfig = {
  event: FulfillmentWorkflowEvents.DELIVERY_CREATED,
  context: { subscriberId: "mall-cod-receivable-due-on-delivery" },
}
