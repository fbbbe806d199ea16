import {
  createHook,
  createWorkflow,
  transform,
  WorkflowResponse,
  type Hook,
  type ReturnWorkflow,
} from "@medusajs/framework/workflows-sdk"
import { createPaymentConfirmationsStep } from "../steps/create-payment-confirmations"
import { createReleaseGatesStep } from "../steps/create-release-gates"
import { planOrderPipelineStep } from "../steps/plan-order-pipeline"
import {
  recordAuditEntriesStep,
  type AuditEntryInput,
} from "../steps/record-audit-entries"
import { retrieveOrderPipelineStateStep } from "../steps/retrieve-order-pipeline-state"
import { retrievePipelineOrderStep } from "../steps/retrieve-pipeline-order"
import { retrievePipelineSettingsStep } from "../steps/retrieve-pipeline-settings"
import type { OrderPipelinePlan } from "../utils/gate-openers"
import type { ReleaseGateRow } from "../utils/order-pipeline-view"
import type { PaymentConfirmationRow } from "../utils/payment-confirmation"
import type { PipelineOrder } from "../utils/pipeline-order"

export const openOrderPipelineWorkflowId = "mall-open-order-pipeline"

export interface OpenOrderPipelineWorkflowInput {
  /** The order just placed. */
  order_id: string
  /** Extra data for hook handlers. */
  additional_data?: Record<string, unknown>
}

export interface OpenOrderPipelineWorkflowOutput {
  order_id: string
  payment_method: OrderPipelinePlan["payment_method"]
  /** Gates this run created; empty when the pipeline was already open. */
  release_gates: ReleaseGateRow[]
  /** The confirmation this run created, if any. */
  payment_confirmation: PaymentConfirmationRow | null
}

export type OpenOrderPipelineWorkflowHooks = [
  Hook<
    "validate",
    {
      input: OpenOrderPipelineWorkflowInput
      order: PipelineOrder
      plan: OrderPipelinePlan
    },
    unknown
  >,
  Hook<
    "pipelineOpened",
    {
      order_id: string
      release_gates: ReleaseGateRow[]
      payment_confirmation: PaymentConfirmationRow | null
      additional_data: Record<string, unknown> | undefined
    },
    unknown
  >,
]

/**
 * Opens the release gates of a placed order and, for a prepaid order, the
 * payment confirmation finance works from. The plugin runs it on
 * `order.placed`. Idempotent: running it again for an opened order creates
 * nothing, and two instances racing on the same order end with one set.
 *
 * @example
 * await openOrderPipelineWorkflow(container).run({
 *   input: { order_id: "order_123" },
 * })
 *
 * @summary
 * Open the release gates of a placed order.
 *
 * @property hooks.validate - Runs before anything is created, with the plan.
 * @property hooks.pipelineOpened - Runs after the gates and confirmation exist.
 */
export const openOrderPipelineWorkflow: ReturnWorkflow<
  OpenOrderPipelineWorkflowInput,
  OpenOrderPipelineWorkflowOutput,
  OpenOrderPipelineWorkflowHooks
> = createWorkflow(
  openOrderPipelineWorkflowId,
  (input: OpenOrderPipelineWorkflowInput) => {
    const order = retrievePipelineOrderStep({ order_id: input.order_id })
    const settings = retrievePipelineSettingsStep()
    const state = retrieveOrderPipelineStateStep({ order_id: input.order_id })
    const plan = planOrderPipelineStep({ order, settings, state })

    const validate = createHook("validate", { input, order, plan })

    const gates = createReleaseGatesStep(
      transform({ plan }, ({ plan }) => plan.gates)
    )
    const confirmations = createPaymentConfirmationsStep(
      transform({ plan }, ({ plan }) =>
        plan.payment_confirmation ? [plan.payment_confirmation] : []
      )
    )

    const audit = transform(
      { plan, gates, confirmations },
      ({ plan, gates, confirmations }): AuditEntryInput[] =>
        gates.length || confirmations.length
          ? [
              {
                order_id: plan.order_id,
                entity_type: "order",
                entity_id: plan.order_id,
                action: "pipeline.opened",
                data: {
                  payment_method: plan.payment_method,
                  gates: gates.map((g) => ({
                    id: g.id,
                    kind: g.kind,
                    department: g.department,
                    required: g.required,
                    due_at: g.due_at,
                  })),
                  payment_confirmation_id: confirmations[0]?.id ?? null,
                },
              },
            ]
          : []
    )
    recordAuditEntriesStep(audit)

    const result = transform(
      { plan, gates, confirmations },
      ({ plan, gates, confirmations }): OpenOrderPipelineWorkflowOutput => ({
        order_id: plan.order_id,
        payment_method: plan.payment_method,
        release_gates: gates,
        payment_confirmation: confirmations[0] ?? null,
      })
    )
    const pipelineOpened = createHook("pipelineOpened", {
      order_id: input.order_id,
      release_gates: gates,
      payment_confirmation: transform(
        { result },
        ({ result }) => result.payment_confirmation
      ),
      additional_data: input.additional_data,
    })
    return new WorkflowResponse(result, {
      hooks: [validate, pipelineOpened],
    })
  }
)
