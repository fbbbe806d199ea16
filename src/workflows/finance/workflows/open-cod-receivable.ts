import { emitEventStep, useQueryGraphStep } from "@medusajs/medusa/core-flows"
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
  openCodReceivableStep,
  type OpenCodReceivableStepOutput,
} from "../steps/open-cod-receivable"
import {
  receivableFromFulfillment,
  receivableFulfillmentFields,
  type GraphFulfillment,
  type ReceivableData,
} from "../utils/receivable-from-fulfillment"

export const openCodReceivableWorkflowId = "mall-open-cod-receivable"

export interface OpenCodReceivableWorkflowInput {
  /** The fulfillment that was shipped (the `shipment.created` event's id). */
  fulfillment_id: string
  additional_data?: Record<string, unknown>
}

export type OpenCodReceivableWorkflowOutput = OpenCodReceivableStepOutput

export type OpenCodReceivableWorkflowHooks = [
  Hook<
    "validate",
    {
      input: OpenCodReceivableWorkflowInput
      /** What would be opened; null when the shipment is not a COD parcel. */
      receivable: ReceivableData | null
    },
    unknown
  >,
  Hook<
    "codReceivableOpened",
    OpenCodReceivableStepOutput & {
      additional_data: Record<string, unknown> | undefined
    },
    unknown
  >,
]

/**
 * Opens the COD receivable of a shipped order: the carrier, the tracking
 * number (the shipment's first label), and what the courier must collect
 * (the authorized COD amount less anything captured). Run by the
 * `shipment.created` subscriber; a shipment that is not a COD parcel, or an
 * order that already has its receivable, changes nothing.
 *
 * @example
 * await openCodReceivableWorkflow(container).run({
 *   input: { fulfillment_id: "ful_123" },
 * })
 *
 * @summary
 * Open the COD receivable of a shipped order.
 *
 * @property hooks.validate - Runs before the receivable is written.
 * @property hooks.codReceivableOpened - Runs after it is written (or found).
 */
export const openCodReceivableWorkflow: ReturnWorkflow<
  OpenCodReceivableWorkflowInput,
  OpenCodReceivableWorkflowOutput,
  OpenCodReceivableWorkflowHooks
> = createWorkflow(
  openCodReceivableWorkflowId,
  (input: OpenCodReceivableWorkflowInput) => {
    const { data: fulfillments } = useQueryGraphStep({
      entity: "fulfillment",
      fields: receivableFulfillmentFields,
      filters: { id: input.fulfillment_id },
    })
    const receivable = transform({ fulfillments }, ({ fulfillments }) =>
      receivableFromFulfillment(fulfillments[0] as GraphFulfillment | undefined)
    )
    const validate = createHook("validate", { input, receivable })

    const opened = openCodReceivableStep({ receivable })

    when("mall-cod-receivable-was-opened", { opened }, ({ opened }) => {
      return opened.created
    }).then(() => {
      recordAuditEntriesStep(
        transform({ opened }, ({ opened }) => [
          {
            order_id: opened.receivable!.order_id,
            entity_type: "cod_receivable",
            entity_id: opened.receivable!.id,
            action: "cod_receivable.opened",
            data: {
              carrier: opened.receivable!.carrier,
              tracking_number: opened.receivable!.tracking_number,
              amount_to_collect: opened.receivable!.amount_to_collect,
              currency_code: opened.receivable!.currency_code,
            },
          },
        ])
      )
    })

    const codReceivableOpened = createHook("codReceivableOpened", {
      receivable: opened.receivable,
      created: opened.created,
      additional_data: input.additional_data,
    })

    when("mall-emit-cod-receivable-opened", { opened }, ({ opened }) => {
      return opened.created
    }).then(() => {
      emitEventStep({
        eventName: MallEvents.COD_RECEIVABLE_OPENED,
        data: transform({ opened }, ({ opened }) => ({
          id: opened.receivable!.id,
          order_id: opened.receivable!.order_id,
        })),
      })
    })

    return new WorkflowResponse(opened, {
      hooks: [validate, codReceivableOpened],
    })
  }
)
