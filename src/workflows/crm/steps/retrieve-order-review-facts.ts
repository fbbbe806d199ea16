import type { MedusaContainer } from "@medusajs/framework/types"
import {
  ContainerRegistrationKeys,
  MedusaError,
} from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type MallCrmModuleService from "../../../modules/crm/service"
import type { ContactSource } from "../../../types/crm"
import { MALL_CRM_MODULE } from "../../../types/modules"
import type { OrderReviewFacts } from "../../../types/order-review"
import {
  orderReviewFactsFields,
  toOrderReviewFacts,
  type GraphReviewOrder,
  type ReviewContactFacts,
} from "../utils/order-review"

export const retrieveOrderReviewFactsStepId = "mall-retrieve-order-review-facts"

export interface RetrieveOrderReviewFactsStepInput {
  order_id: string
}

export interface OrderReviewFactsResult {
  facts: OrderReviewFacts
  customer_id: string | null
  contact_id: string | null
}

/**
 * What the review rules judge an order by: its total and payment method,
 * whether the buyer has an account, the CRM contact the buyer is linked to
 * (with its source and earlier orders) and the possible duplicates of the
 * buyer no one has decided on. 404 for an unknown order. Reads only.
 */
export const retrieveOrderReviewFactsStep = createStep(
  retrieveOrderReviewFactsStepId,
  async (input: RetrieveOrderReviewFactsStepInput, { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const crm = container.resolve<MallCrmModuleService>(MALL_CRM_MODULE)
    const {
      data: [found],
    } = await query.graph({
      entity: "order",
      fields: orderReviewFactsFields,
      filters: { id: input.order_id },
    })
    if (!found) {
      throw new MedusaError(
        MedusaError.Types.NOT_FOUND,
        `Order with id: ${input.order_id} was not found`
      )
    }
    const order = found as unknown as GraphReviewOrder
    const customer_id = order.customer?.id ?? order.customer_id ?? null

    let contact: ReviewContactFacts | null = null
    let pending_match_candidates = 0
    if (customer_id) {
      const [link, [, pending]] = await Promise.all([
        crm.retrieveCustomerLink(customer_id),
        crm.listAndCountCrmMatchCandidates(
          {
            subject_type: "customer",
            subject_id: customer_id,
            status: "pending",
          },
          { select: ["id"], take: 1 }
        ),
      ])
      pending_match_candidates = pending
      if (link) {
        const [row] = await crm.listCrmContacts(
          { id: link.contact_id },
          { select: ["id", "source"], take: 1 }
        )
        if (row) {
          contact = {
            id: row.id,
            source: row.source as ContactSource,
            linked_by: link.linked_by,
            order_count: await countEarlierOrders(
              container,
              crm,
              row.id,
              order
            ),
          }
        }
      }
    }

    return new StepResponse<OrderReviewFactsResult>({
      facts: toOrderReviewFacts({ order, contact, pending_match_candidates }),
      customer_id,
      contact_id: contact?.id ?? null,
    })
  }
)

/**
 * Orders the contact placed before this one, through any of its customers
 * (a guest and a registered account of the same person count together).
 * Canceled orders do not make a buyer known.
 */
async function countEarlierOrders(
  container: MedusaContainer,
  crm: MallCrmModuleService,
  contactId: string,
  order: GraphReviewOrder
): Promise<number> {
  const links = await crm.listCustomerLinksByContact(contactId)
  const customerIds = links.map((l) => l.customer_id)
  if (!customerIds.length) {
    return 0
  }
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { metadata } = await query.graph({
    entity: "order",
    fields: ["id"],
    filters: {
      customer_id: customerIds,
      id: { $ne: order.id },
      status: { $ne: "canceled" },
      ...(order.created_at
        ? { created_at: { $lt: new Date(order.created_at) } }
        : {}),
    },
    pagination: { skip: 0, take: 1 },
  })
  return metadata?.count ?? 0
}
