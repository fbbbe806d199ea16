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
  markCodReceivableDueStep,
  type MarkCodReceivableDueStepOutput,
} from "../steps/mark-cod-receivable-due"
import {
  openCodReceivableStep,
  type CodReceivableRow,
} from "../steps/open-cod-receivable"
import {
  receivableFromFulfillment,
  receivableFulfillmentFields,
  type GraphFulfillment,
  type ReceivableData,
} from "../utils/receivable-from-fulfillment"

export const markCodReceivableDueWorkflowId = "mall-mark-cod-receivable-due"

export interface MarkCodReceivableDueWorkflowInput {
  /** The fulfillment that was delivered (the `delivery.created` event's id). */
  fulfillment_id: string
  additional_data?: Record<string, unknown>
}

export interface MarkCodReceivableDueWorkflowOutput {
  receivable: CodReceivableRow | null
  /** Whether the receivable became due now (false when nothing changed). */
  changed: boolean
}

export type MarkCodReceivableDueWorkflowHooks = [
  Hook<
    "validate",
    {
      input: MarkCodReceivableDueWorkflowInput
      receivable: ReceivableData | null
    },
    unknown
  >,
  Hook<
    "codReceivableDue",
    MarkCodReceivableDueWorkflowOutput & {
      additional_data: Record<string, unknown> | undefined
    },
    unknown
  >,
]

/**
 * Makes an order's COD receivable due when its parcel is delivered, with the
 * delivery time; from then on it ages. Run by the `delivery.created`
 * subscriber. A receivable missed at shipment (e.g. the plugin was installed
 * later) is opened here directly as due. Anything else changes nothing.
 *
 * @summary
 * Make the COD receivable of a delivered parcel due.
 *
 * @property hooks.validate - Runs before anything is written.
 * @property hooks.codReceivableDue - Runs after the receivable is due.
 */
export const markCodReceivableDueWorkflow: ReturnWorkflow<
  MarkCodReceivableDueWorkflowInput,
  MarkCodReceivableDueWorkflowOutput,
  MarkCodReceivableDueWorkflowHooks
> = createWorkflow(
  markCodReceivableDueWorkflowId,
  (input: MarkCodReceivableDueWorkflowInput) => {
    const { data: fulfillments } = useQueryGraphStep({
      entity: "fulfillment",
      fields: receivableFulfillmentFields,
      filters: { id: input.fulfillment_id },
    })
    const fulfillment = transform(
      { fulfillments },
      ({ fulfillments }) => fulfillments[0] as GraphFulfillment | undefined
    )
    const receivable = transform({ fulfillment }, ({ fulfillment }) =>
      receivableFromFulfillment(fulfillment)
    )
    const deliveredAt = transform({ fulfillment }, ({ fulfillment }) =>
      fulfillment?.delivered_at
        ? new Date(fulfillment.delivered_at)
        : new Date()
    )
    const validate = createHook("validate", { input, receivable })

    // Opens it already due when the shipment was never seen.
    const opened = openCodReceivableStep({
      receivable,
      status: "due",
      delivered_at: deliveredAt,
    })
    const marked = when(
      "mall-cod-receivable-to-mark-due",
      { receivable },
      ({ receivable }) => !!receivable
    ).then(() =>
      markCodReceivableDueStep({
        order_id: transform(
          { receivable },
          ({ receivable }) => receivable!.order_id
        ),
        fulfillment_id: input.fulfillment_id,
        delivered_at: deliveredAt,
      })
    )
    const result = transform(
      { opened, marked },
      ({ opened, marked }): MarkCodReceivableDueWorkflowOutput => {
        const m = marked as MarkCodReceivableDueStepOutput | undefined
        return {
          receivable: m?.receivable ?? opened.receivable,
          changed: opened.created || !!m?.changed,
        }
      }
    )

    when("mall-cod-receivable-became-due", { result }, ({ result }) => {
      return result.changed
    }).then(() => {
      recordAuditEntriesStep(
        transform({ result }, ({ result }) => [
          {
            order_id: result.receivable!.order_id,
            entity_type: "cod_receivable",
            entity_id: result.receivable!.id,
            action: "cod_receivable.due",
            data: { delivered_at: result.receivable!.delivered_at },
          },
        ])
      )
    })

    const codReceivableDue = createHook("codReceivableDue", {
      receivable: result.receivable,
      changed: result.changed,
      additional_data: input.additional_data,
    })

    when("mall-emit-cod-receivable-due", { result }, ({ result }) => {
      return result.changed
    }).then(() => {
      emitEventStep({
        eventName: MallEvents.COD_RECEIVABLE_DUE,
        data: transform({ result }, ({ result }) => ({
          id: result.receivable!.id,
          order_id: result.receivable!.order_id,
        })),
      })
    })

    return new WorkflowResponse(result, {
      hooks: [validate, codReceivableDue],
    })
  }
)
