import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import type { Logger } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import {
  matchCustomerWorkflow,
  openOrderReviewWorkflow,
} from "../workflows/crm"
import { openOrderPipelineWorkflow } from "../workflows/pipeline"
import { routeOrderWorkflow } from "../workflows/routing"

/**
 * Everything a placed order sets off, in this order: its release gates
 * open, it is routed to its warehouses (routing decides the routing gate),
 * its buyer is matched to a CRM contact, and its customer review opens (the
 * review rules need the contact the match found). One subscriber runs them
 * in sequence because each needs the one before; as separate workflows, each
 * in its own try/catch, so one failing leaves the others done (an order whose
 * routing fails still has its gates and its review, and waits in the
 * needs-routing queue). All are idempotent, so a redelivered event or a
 * second instance does no harm.
 */
export default async function orderPlacedOpenPipeline({
  event: { data },
  container,
}: SubscriberArgs<{ id: string }>) {
  const logger = container.resolve<Logger>(ContainerRegistrationKeys.LOGGER)
  const attempt = async (what: string, run: () => Promise<unknown>) => {
    try {
      await run()
    } catch (error) {
      logger.error(
        `order.placed: ${what} failed for order ${data.id}: ${(error as Error)?.message ?? error}`
      )
    }
  }

  await attempt("opening the pipeline", () =>
    openOrderPipelineWorkflow(container).run({
      input: { order_id: data.id },
    })
  )
  await attempt("routing", () =>
    routeOrderWorkflow(container).run({
      input: { order_id: data.id, source: "placement" },
    })
  )
  await attempt("matching the customer to a CRM contact", async () => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const {
      data: [order],
    } = await query.graph({
      entity: "order",
      fields: ["id", "customer_id"],
      filters: { id: data.id },
    })
    const customer_id = (order as { customer_id?: string | null } | undefined)
      ?.customer_id
    if (customer_id) {
      await matchCustomerWorkflow(container).run({
        input: { customer_id, order_id: data.id },
      })
    }
  })
  await attempt("opening the customer review", () =>
    openOrderReviewWorkflow(container).run({
      input: { order_id: data.id },
    })
  )
}

export const config: SubscriberConfig = {
  event: "order.placed",
  context: { subscriberId: "mall-order-placed-open-pipeline" },
}
