import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type MallCrmModuleService from "../../../modules/crm/service"
import type { CrmOrderPayload } from "../../../types/crm"
import { MALL_CRM_MODULE } from "../../../types/modules"
import {
  buildCrmOrderPayload,
  crmOrderPayloadFields,
  type CrmContactSummary,
  type GraphPayloadOrder,
  type ReviewForPayload,
} from "../utils/crm-sync"

export const buildCrmOrderPayloadStepId = "mall-build-crm-order-payload"

export interface BuildCrmOrderPayloadStepInput {
  order_id: string
  review: ReviewForPayload & { contact_id?: string | null }
}

/**
 * What the CRM receives for an approved order: the order with its lines
 * and shipping address, the contact the buyer is (followed to the contact
 * it was merged into) and the review. `null` when no connector is
 * configured: then nothing is queued. Reads only.
 */
export const buildCrmOrderPayloadStep = createStep(
  buildCrmOrderPayloadStepId,
  async (input: BuildCrmOrderPayloadStepInput, { container }) => {
    const crm = container.resolve<MallCrmModuleService>(MALL_CRM_MODULE)
    if (!crm.getConnector()) {
      return new StepResponse<CrmOrderPayload | null>(null)
    }
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const {
      data: [order],
    } = await query.graph({
      entity: "order",
      fields: crmOrderPayloadFields,
      filters: { id: input.order_id },
    })
    if (!order) {
      return new StepResponse<CrmOrderPayload | null>(null)
    }
    const contact = await retrieveContact(
      crm,
      input.review.contact_id ?? null,
      (order as { customer_id?: string | null }).customer_id ?? null
    )
    return new StepResponse<CrmOrderPayload | null>(
      buildCrmOrderPayload({
        order: order as unknown as GraphPayloadOrder,
        contact,
        review: input.review,
        now: new Date(),
      })
    )
  }
)

/**
 * The contact to send: the customer's current link first (a merge or a
 * review may have moved it since the order was placed), else the one the
 * review recorded; a merged contact is followed to its survivor.
 */
async function retrieveContact(
  crm: MallCrmModuleService,
  reviewContactId: string | null,
  customerId: string | null
): Promise<CrmContactSummary | null> {
  const link = customerId ? await crm.retrieveCustomerLink(customerId) : null
  let id = link?.contact_id ?? reviewContactId
  for (let hops = 0; id && hops < 5; hops++) {
    const [row] = await crm.listCrmContacts(
      { id },
      {
        select: [
          "id",
          "external_id",
          "display_name",
          "phones",
          "emails",
          "merged_into_id",
        ],
        take: 1,
      }
    )
    if (!row) {
      return null
    }
    if (row.merged_into_id) {
      id = row.merged_into_id
      continue
    }
    return {
      id: row.id,
      external_id: row.external_id ?? null,
      display_name: row.display_name,
      phones: (row.phones as unknown as string[] | null) ?? [],
      emails: (row.emails as unknown as string[] | null) ?? [],
    }
  }
  return null
}
