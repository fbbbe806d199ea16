import type { MedusaContainer } from "@medusajs/framework/types"
import { matchCustomerWorkflow } from "../workflows/match-customer"

/**
 * What customer events carry: `{ id }` from core workflows, `{ id }` or
 * `{ id: [...] }` from the customer module (one event for a batch), and a
 * list of those when events are grouped.
 */
export type CustomerEventData =
  { id: string | string[] } | { id: string | string[] }[]

/** The customer ids of an event, each once, in order. */
export function customerIdsOf(data: CustomerEventData | null | undefined) {
  const items = Array.isArray(data) ? data : data ? [data] : []
  const ids = items.flatMap((item) =>
    Array.isArray(item?.id) ? item.id : item?.id ? [item.id] : []
  )
  return [...new Set(ids.filter((id) => typeof id === "string" && id))]
}

/**
 * Matches each customer of the event against the CRM. One customer that
 * fails does not keep the others from being matched; the first failure is
 * thrown afterwards, so the event bus logs it.
 */
export async function matchCustomersOfEvent(
  container: MedusaContainer,
  data: CustomerEventData | null | undefined
): Promise<void> {
  let failure: unknown = null
  for (const customer_id of customerIdsOf(data)) {
    try {
      await matchCustomerWorkflow(container).run({ input: { customer_id } })
    } catch (error) {
      failure ??= error
    }
  }
  if (failure) {
    throw failure
  }
}
