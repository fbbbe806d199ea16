import {
  acquireLockStep,
  emitEventStep,
  releaseLockStep,
} from "@medusajs/medusa/core-flows"
import {
  createHook,
  createWorkflow,
  transform,
  WorkflowResponse,
  type Hook,
  type ReturnWorkflow,
} from "@medusajs/framework/workflows-sdk"
import type MallFinanceModuleService from "../../../modules/finance/service"
import { MallEvents } from "../../../types/modules"
import { assertDepartmentMemberStep } from "../../pipeline/steps/assert-department-member"
import { recordAuditEntriesStep } from "../../pipeline/steps/record-audit-entries"
import {
  captureCodPaymentsStep,
  type CaptureResult,
} from "../steps/capture-cod-payments"
import type { CodReceivableRow } from "../steps/open-cod-receivable"
import {
  planLineAcceptanceStep,
  type LineAcceptancePlan,
} from "../steps/plan-line-acceptance"
import { setPaymentGatesStep } from "../steps/set-payment-gates"
import { settleAcceptedLineStep } from "../steps/settle-accepted-line"
import { COD_SETTLEMENT_LOCK } from "./confirm-remittance"

export const acceptRemittanceLineWorkflowId = "mall-accept-remittance-line"

export interface AcceptRemittanceLineWorkflowInput {
  remittance_id: string
  line_id: string
  /** Why finance accepts the amount the courier remitted. */
  reason: string
  /** The admin user accepting (must belong to finance). */
  actor_id?: string | null
  additional_data?: Record<string, unknown>
}

export interface AcceptRemittanceLineWorkflowOutput {
  line: Awaited<
    ReturnType<MallFinanceModuleService["listRemittanceLines"]>
  >[number]
  receivable: CodReceivableRow
  capture: CaptureResult
}

export type AcceptRemittanceLineWorkflowHooks = [
  Hook<
    "validate",
    { input: AcceptRemittanceLineWorkflowInput; plan: LineAcceptancePlan },
    unknown
  >,
  Hook<
    "remittanceLineAccepted",
    AcceptRemittanceLineWorkflowOutput & {
      additional_data: Record<string, unknown> | undefined
    },
    unknown
  >,
]

/**
 * Accepts a disputed short or excess line of a confirmed remittance, e.g.
 * when the courier's deduction is agreed: captures the COD payment for what
 * the courier remitted (at most what was authorized), settles the line and
 * its receivable with finance's reason, and passes the order's payment gate.
 * Used by `POST /admin/mall/finance/remittances/:id/lines/:line_id/accept`.
 *
 * @summary
 * Accept a short or excess remittance line.
 *
 * @property hooks.validate - Runs with the plan, before the capture.
 * @property hooks.remittanceLineAccepted - Runs after the line is settled.
 */
export const acceptRemittanceLineWorkflow: ReturnWorkflow<
  AcceptRemittanceLineWorkflowInput,
  AcceptRemittanceLineWorkflowOutput,
  AcceptRemittanceLineWorkflowHooks
> = createWorkflow(
  acceptRemittanceLineWorkflowId,
  (input: AcceptRemittanceLineWorkflowInput) => {
    acquireLockStep({ key: COD_SETTLEMENT_LOCK, timeout: 60, ttl: 120 })
    assertDepartmentMemberStep({
      actor_id: input.actor_id,
      department: "finance",
      action: "accept remittance lines",
    })
    const plan = planLineAcceptanceStep({
      remittance_id: input.remittance_id,
      line_id: input.line_id,
    })
    const validate = createHook("validate", { input, plan })

    const captures = captureCodPaymentsStep({
      captures: transform({ plan }, ({ plan }) => [plan.capture]),
      actor_id: input.actor_id,
    })
    const settled = settleAcceptedLineStep({
      line_id: input.line_id,
      receivable_id: transform({ plan }, ({ plan }) => plan.receivable.id),
      reason: input.reason,
    })
    setPaymentGatesStep({
      order_ids: transform({ plan }, ({ plan }) => [plan.receivable.order_id]),
      status: "passed",
      actor_id: input.actor_id,
      reason: transform(
        { plan, input },
        ({ plan, input }) =>
          `${plan.outcome} COD remittance accepted by finance (${plan.carrier} statement ${plan.statement_reference}): ${input.reason}`
      ),
    })
    recordAuditEntriesStep(
      transform({ plan, input }, ({ plan, input }) => [
        {
          order_id: plan.receivable.order_id,
          entity_type: "cod_receivable",
          entity_id: plan.receivable.id,
          action: "cod_receivable.settled",
          actor_id: input.actor_id ?? null,
          department: "finance",
          reason: input.reason,
          data: {
            accepted: plan.outcome,
            remittance_id: input.remittance_id,
            line_id: input.line_id,
            amount: plan.capture.collected,
            amount_to_collect: plan.capture.amount_to_collect,
          },
        },
      ])
    )
    const result = transform(
      { settled, captures },
      ({ settled, captures }): AcceptRemittanceLineWorkflowOutput => ({
        line: settled.line,
        receivable: settled.receivable,
        capture: captures[0],
      })
    )
    const remittanceLineAccepted = createHook("remittanceLineAccepted", {
      line: result.line,
      receivable: result.receivable,
      capture: result.capture,
      additional_data: input.additional_data,
    })
    emitEventStep({
      eventName: MallEvents.COD_RECEIVABLE_SETTLED,
      data: transform({ plan, input }, ({ plan, input }) => ({
        id: plan.receivable.id,
        order_id: plan.receivable.order_id,
        remittance_id: input.remittance_id,
      })),
    })
    releaseLockStep({ key: COD_SETTLEMENT_LOCK })

    return new WorkflowResponse(result, {
      hooks: [validate, remittanceLineAccepted],
    })
  }
)
