import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { CustomerWorkflowEvents } from "@medusajs/framework/utils"
import {
  matchCustomersOfEvent,
  type CustomerEventData,
} from "../workflows/crm/utils/customer-event"

/**
 * Links every new customer to a CRM contact. A guest checkout creates its
 * customer through the customer module only, so only the module event
 * `customer.customer.created` tells of it; registration and the admin emit
 * `customer.created` too. Both run the same idempotent match under the
 * customer's lock, so a customer seen twice gets one contact.
 */
export default async function matchCrmCustomerOnCreate({
  event: { data },
  container,
}: SubscriberArgs<CustomerEventData>) {
  await matchCustomersOfEvent(container, data)
}

export const config: SubscriberConfig = {
  event: [CustomerWorkflowEvents.CREATED, "customer.customer.created"],
  context: { subscriberId: "mall-match-crm-customer-on-create" },
}
