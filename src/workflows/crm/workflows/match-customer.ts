import { emitEventStep } from "@medusajs/medusa/core-flows"
import {
  createHook,
  createWorkflow,
  transform,
  when,
  WorkflowResponse,
  type Hook,
  type ReturnWorkflow,
} from "@medusajs/framework/workflows-sdk"
import { MallEvents } from "../../../types/modules"
import { recordAuditEntriesStep } from "../../pipeline/steps/record-audit-entries"
import {
  matchCustomerStep,
  type MatchCustomerResult,
} from "../steps/match-customer"
import {
  retrieveCrmCustomerStep,
  type RetrievedCrmCustomer,
} from "../steps/retrieve-crm-customer"

export const matchCustomerWorkflowId = "mall-match-crm-customer"

export interface MatchCustomerWorkflowInput {
  customer_id: string
  /** An order of the customer: its shipping address completes a guest's record. */
  order_id?: string | null
  /** Extra data for hook handlers. */
  additional_data?: Record<string, unknown>
}

export type MatchCustomerWorkflowHooks = [
  Hook<
    "validate",
    {
      input: MatchCustomerWorkflowInput
      customer: RetrievedCrmCustomer["customer"]
      record: RetrievedCrmCustomer["record"]
    },
    unknown
  >,
  Hook<
    "customerMatched",
    {
      result: MatchCustomerResult
      additional_data: Record<string, unknown> | undefined
    },
    unknown
  >,
]

/**
 * Answers "who is this buyer?": links a Medusa customer to a CRM contact.
 * A customer scoring at least the auto-link threshold against an existing
 * contact is linked to it; any other gets its own online contact, with the
 * contacts in the review band as candidates for sales ops. A customer
 * linked automatically to its own contact is matched again when an order
 * brings new phones or emails (a guest gives the phone only on the order).
 * A link made by a person never changes. Customers are never merged.
 *
 * Runs under the customer's lock, so the customer.created and order.placed
 * subscribers of one checkout never create two contacts; running it again
 * changes nothing. The plugin runs it on `customer.created`,
 * `customer.customer.created` (guest checkout), `customer.updated` and
 * `order.placed`.
 *
 * @example
 * await matchCustomerWorkflow(container).run({
 *   input: { customer_id: "cus_123", order_id: "order_123" },
 * })
 *
 * @summary
 * Link a customer to a CRM contact.
 *
 * @property hooks.validate - Runs before anything is written; throw a `MedusaError` to refuse.
 * @property hooks.customerMatched - Runs after, with the outcome.
 */
export const matchCustomerWorkflow: ReturnWorkflow<
  MatchCustomerWorkflowInput,
  MatchCustomerResult,
  MatchCustomerWorkflowHooks
> = createWorkflow(
  matchCustomerWorkflowId,
  (input: MatchCustomerWorkflowInput) => {
    const found = retrieveCrmCustomerStep({
      customer_id: input.customer_id,
      order_id: input.order_id,
    })
    const validate = createHook("validate", {
      input,
      customer: found.customer,
      record: found.record,
    })

    const matched = matchCustomerStep({
      customer_id: input.customer_id,
      record: found.record,
    })

    const audit = transform({ input, matched }, ({ input, matched }) =>
      matched.link
        ? [
            {
              order_id: input.order_id ?? null,
              entity_type: "crm_customer_link",
              entity_id: input.customer_id,
              action: "crm_customer.linked",
              actor_id: null,
              department: "sales_ops",
              data: {
                customer_id: input.customer_id,
                contact_id: matched.link.contact_id,
                linked_by: matched.link.linked_by,
                score: matched.link.score,
                outcome: matched.result.outcome,
                candidates: matched.result.candidates,
                merged_contact_id: matched.merged_contact_id,
              },
            },
          ]
        : []
    )
    recordAuditEntriesStep(audit)

    when("mall-crm-customer-linked", { matched }, ({ matched }) => {
      return !!matched.link
    }).then(() => {
      emitEventStep({
        eventName: MallEvents.CRM_CUSTOMER_LINKED,
        data: transform({ input, matched }, ({ input, matched }) => ({
          customer_id: input.customer_id,
          contact_id: matched.result.contact_id,
          linked_by: matched.link?.linked_by ?? "auto",
          outcome: matched.result.outcome,
          score: matched.link?.score ?? null,
          order_id: input.order_id ?? null,
          merged_contact_id: matched.merged_contact_id,
        })),
      })
    })

    const result = transform({ matched }, ({ matched }) => matched.result)
    const customerMatched = createHook("customerMatched", {
      result,
      additional_data: input.additional_data,
    })
    return new WorkflowResponse(result, {
      hooks: [validate, customerMatched],
    })
  }
)
