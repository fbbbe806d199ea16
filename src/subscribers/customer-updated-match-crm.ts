import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { CustomerWorkflowEvents } from "@medusajs/framework/utils"
import {
  matchCustomersOfEvent,
  type CustomerEventData,
} from "../workflows/crm/utils/customer-event"

/**
 * A customer who adds a name or a phone may now be recognised as a known
 * contact: match again. The workflow event comes from the admin and store
 * routes, the module event from any other update. Idempotent: a link made
 * by a person never changes, and nothing new changes nothing.
 */
export default async function matchCrmCustomerOnUpdate({
  event: { data },
  container,
}: SubscriberArgs<CustomerEventData>) {
  await matchCustomersOfEvent(container, data)
}

export const config: SubscriberConfig = {
  event: [CustomerWorkflowEvents.UPDATED, "customer.customer.updated"],
  context: { subscriberId: "mall-match-crm-customer-on-update" },
}
