import {
  acquireLockStep,
  emitEventStep,
  releaseLockStep,
} from "@medusajs/medusa/core-flows"
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
import { assertDepartmentMemberStep } from "../../pipeline/steps/assert-department-member"
import {
  recordAuditEntriesStep,
  type AuditEntryInput,
} from "../../pipeline/steps/record-audit-entries"
import { applyRemittanceConfirmationStep } from "../steps/apply-remittance-confirmation"
import {
  captureCodPaymentsStep,
  type CaptureResult,
} from "../steps/capture-cod-payments"
import {
  planRemittanceConfirmationStep,
  type DisputedReceivable,
  type RemittanceConfirmationPlan,
  type SettledReceivable,
} from "../steps/plan-remittance-confirmation"
import { setPaymentGatesStep } from "../steps/set-payment-gates"

export const confirmRemittanceWorkflowId = "mall-confirm-remittance"

/** Confirmations, refusals and acceptances of COD money take this lock in turn. */
export const COD_SETTLEMENT_LOCK = "mall-cod-settlement"

export interface ConfirmRemittanceWorkflowInput {
  remittance_id: string
  /** The admin user confirming (must belong to finance). */
  actor_id?: string | null
  additional_data?: Record<string, unknown>
}

export interface ConfirmRemittanceWorkflowOutput {
  remittance_id: string
  /** True when it was confirmed before: nothing changed, no payment captured twice. */
  already_confirmed: boolean
  settled: SettledReceivable[]
  disputed: DisputedReceivable[]
  captures: CaptureResult[]
}

export type ConfirmRemittanceWorkflowHooks = [
  Hook<
    "validate",
    {
      input: ConfirmRemittanceWorkflowInput
      plan: RemittanceConfirmationPlan
    },
    unknown
  >,
  Hook<
    "remittanceConfirmed",
    ConfirmRemittanceWorkflowOutput & {
      additional_data: Record<string, unknown> | undefined
    },
    unknown
  >,
]

/**
 * Confirms a courier remittance: captures the COD payment of each matched
 * receivable in Medusa for what was collected, settles those receivables
 * and passes their orders' payment gates; short and excess lines stay open
 * as disputes, with the reason, and so do their receivables. Captures come
 * first and are idempotent, so an interrupted or repeated confirmation never
 * captures a payment twice; confirming a confirmed statement changes nothing
 * (it only completes captures an interruption left undone).
 * Used by `POST /admin/mall/finance/remittances/:id/confirm`.
 *
 * @example
 * await confirmRemittanceWorkflow(container).run({
 *   input: { remittance_id: "remit_123", actor_id: "user_123" },
 * })
 *
 * @summary
 * Confirm a courier remittance: settle, capture, dispute.
 *
 * @property hooks.validate - Runs with the plan, before any capture or write; throw to refuse.
 * @property hooks.remittanceConfirmed - Runs after the statement is confirmed.
 */
export const confirmRemittanceWorkflow: ReturnWorkflow<
  ConfirmRemittanceWorkflowInput,
  ConfirmRemittanceWorkflowOutput,
  ConfirmRemittanceWorkflowHooks
> = createWorkflow(
  confirmRemittanceWorkflowId,
  (input: ConfirmRemittanceWorkflowInput) => {
    acquireLockStep({ key: COD_SETTLEMENT_LOCK, timeout: 60, ttl: 600 })
    assertDepartmentMemberStep({
      actor_id: input.actor_id,
      department: "finance",
      action: "confirm courier remittances",
    })
    const plan = planRemittanceConfirmationStep({
      remittance_id: input.remittance_id,
      actor_id: input.actor_id,
    })
    const validate = createHook("validate", { input, plan })

    const captures = captureCodPaymentsStep({
      captures: plan.captures,
      actor_id: input.actor_id,
    })
    applyRemittanceConfirmationStep(plan.changes)
    setPaymentGatesStep({
      order_ids: transform({ plan }, ({ plan }) =>
        plan.settled.map((s) => s.order_id)
      ),
      status: "passed",
      actor_id: input.actor_id,
      reason: transform(
        { plan },
        ({ plan }) =>
          `COD remitted by ${plan.remittance.carrier} (statement ${plan.remittance.statement_reference}) and confirmed by finance`
      ),
    })
    recordAuditEntriesStep(
      transform({ plan, input }, ({ plan, input }): AuditEntryInput[] => {
        if (plan.already_confirmed) {
          return []
        }
        const actor = {
          actor_id: input.actor_id ?? null,
          department: "finance",
        }
        const statement = {
          remittance_id: plan.remittance.id,
          statement_reference: plan.remittance.statement_reference,
        }
        return [
          {
            ...actor,
            entity_type: "remittance",
            entity_id: plan.remittance.id,
            action: "remittance.confirmed",
            data: {
              carrier: plan.remittance.carrier,
              statement_reference: plan.remittance.statement_reference,
              bank_reference: plan.remittance.bank_reference ?? null,
              settled: plan.settled.length,
              disputed: plan.disputed.length,
            },
          },
          ...plan.settled.map((s) => ({
            ...actor,
            order_id: s.order_id,
            entity_type: "cod_receivable",
            entity_id: s.receivable_id,
            action: "cod_receivable.settled",
            data: {
              ...statement,
              amount: s.amount,
              currency_code: s.currency_code,
            },
          })),
          ...plan.disputed.map((d) => ({
            ...actor,
            order_id: d.order_id,
            entity_type: "cod_receivable",
            entity_id: d.receivable_id,
            action: "cod_receivable.disputed",
            reason: d.reason,
            data: statement,
          })),
        ]
      })
    )

    const result = transform(
      { plan, captures },
      ({ plan, captures }): ConfirmRemittanceWorkflowOutput => ({
        remittance_id: plan.remittance.id,
        already_confirmed: plan.already_confirmed,
        settled: plan.settled,
        disputed: plan.disputed,
        captures,
      })
    )
    const remittanceConfirmed = createHook("remittanceConfirmed", {
      remittance_id: result.remittance_id,
      already_confirmed: result.already_confirmed,
      settled: result.settled,
      disputed: result.disputed,
      captures: result.captures,
      additional_data: input.additional_data,
    })

    when("mall-emit-remittance-confirmed", { plan }, ({ plan }) => {
      return !plan.already_confirmed
    }).then(() => {
      emitEventStep({
        eventName: MallEvents.REMITTANCE_CONFIRMED,
        data: transform({ plan }, ({ plan }) => ({
          id: plan.remittance.id,
          settled: plan.settled.length,
          disputed: plan.disputed.length,
        })),
      }).config({ name: "mall-emit-remittance-confirmed-event" })
      emitEventStep({
        eventName: MallEvents.COD_RECEIVABLE_SETTLED,
        data: transform({ plan }, ({ plan }) =>
          plan.settled.map((s) => ({
            id: s.receivable_id,
            order_id: s.order_id,
            remittance_id: plan.remittance.id,
          }))
        ),
      }).config({ name: "mall-emit-cod-receivables-settled-event" })
    })
    releaseLockStep({ key: COD_SETTLEMENT_LOCK })

    return new WorkflowResponse(result, {
      hooks: [validate, remittanceConfirmed],
    })
  }
)
