import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { FulfillmentWorkflowEvents } from "@medusajs/framework/utils"
import { openCodReceivableWorkflow } from "../workflows/finance"

/**
 * A shipped COD parcel opens its receivable. Idempotent: one receivable per
 * order, so a redelivered event or a second instance changes nothing.
 */
export default async function openCodReceivableOnShipment({
  event: { data },
  container,
}: SubscriberArgs<{ id: string }>) {
  await openCodReceivableWorkflow(container).run({
    input: { fulfillment_id: data.id },
  })
}

export const config: SubscriberConfig = {
  event: FulfillmentWorkflowEvents.SHIPMENT_CREATED,
  context: { subscriberId: "mall-open-cod-receivable-on-shipment" },
}
