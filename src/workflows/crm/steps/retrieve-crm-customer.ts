import {
  ContainerRegistrationKeys,
  MedusaError,
} from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { ContactRecord } from "../../../types/crm"
import {
  crmCustomerFields,
  crmOrderFields,
  customerRecordOf,
  type CrmCustomer,
  type GraphCrmCustomer,
  type GraphCrmOrder,
} from "../utils/customer-record"

export const retrieveCrmCustomerStepId = "mall-retrieve-crm-customer"

export interface RetrieveCrmCustomerStepInput {
  customer_id: string
  /** An order of the customer whose shipping address completes the record. */
  order_id?: string | null
}

export interface RetrievedCrmCustomer {
  customer: CrmCustomer
  /** The customer (and the order's addressee) as the matcher compares it. */
  record: ContactRecord
}

/** The customer and its record for matching; 404 for an unknown customer or order. Reads only. */
export const retrieveCrmCustomerStep = createStep(
  retrieveCrmCustomerStepId,
  async (input: RetrieveCrmCustomerStepInput, { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const {
      data: [customer],
    } = await query.graph({
      entity: "customer",
      fields: crmCustomerFields,
      filters: { id: input.customer_id },
    })
    if (!customer) {
      throw new MedusaError(
        MedusaError.Types.NOT_FOUND,
        `Customer with id: ${input.customer_id} was not found`
      )
    }
    let order: GraphCrmOrder | null = null
    if (input.order_id) {
      const {
        data: [found],
      } = await query.graph({
        entity: "order",
        fields: crmOrderFields,
        filters: { id: input.order_id },
      })
      if (!found) {
        throw new MedusaError(
          MedusaError.Types.NOT_FOUND,
          `Order with id: ${input.order_id} was not found`
        )
      }
      order = found as unknown as GraphCrmOrder
      if (order.customer_id && order.customer_id !== input.customer_id) {
        throw new MedusaError(
          MedusaError.Types.INVALID_DATA,
          `Order ${input.order_id} belongs to customer ${order.customer_id}, not ${input.customer_id}`
        )
      }
    }
    const graph = customer as unknown as GraphCrmCustomer
    return new StepResponse<RetrievedCrmCustomer>({
      customer: {
        id: graph.id,
        email: graph.email ?? null,
        first_name: graph.first_name ?? null,
        last_name: graph.last_name ?? null,
        phone: graph.phone ?? null,
        company_name: graph.company_name ?? null,
        has_account: !!graph.has_account,
      },
      record: customerRecordOf(graph, order),
    })
  }
)
