import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type MallFinanceModuleService from "../../../modules/finance/service"
import { MALL_FINANCE_MODULE } from "../../../types/modules"
import type { GateStatus } from "../../../types/pipeline"

export const setPaymentGatesStepId = "mall-set-payment-gates"

export interface SetPaymentGatesStepInput {
  order_ids: string[]
  status: Extract<GateStatus, "passed" | "failed">
  actor_id?: string | null
  reason?: string | null
}

type Previous = {
  id: string
  status: GateStatus
  decided_by: string | null
  decided_at: Date | null
  reason: string | null
}

const CHUNK = 1_000

/**
 * Decides the payment gate of many orders at once (e.g. every order a
 * remittance settles). Only gates still pending change: an order without a
 * payment gate, or whose gate was decided or waived, is left alone.
 * Compensation restores the previous decisions.
 */
export const setPaymentGatesStep = createStep(
  setPaymentGatesStepId,
  async (input: SetPaymentGatesStepInput, { container }) => {
    const previous: Previous[] = []
    if (!input.order_ids.length) {
      return new StepResponse(previous, previous)
    }
    const finance =
      container.resolve<MallFinanceModuleService>(MALL_FINANCE_MODULE)
    const now = new Date()
    for (let i = 0; i < input.order_ids.length; i += CHUNK) {
      const gates = await finance.listReleaseGates(
        {
          order_id: input.order_ids.slice(i, i + CHUNK),
          kind: "payment",
          status: "pending",
        },
        { take: null }
      )
      if (!gates.length) {
        continue
      }
      previous.push(
        ...gates.map((g) => ({
          id: g.id,
          status: g.status as GateStatus,
          decided_by: g.decided_by ?? null,
          decided_at: (g.decided_at as Date | null) ?? null,
          reason: g.reason ?? null,
        }))
      )
      await finance.updateReleaseGates(
        gates.map((g) => ({
          id: g.id,
          status: input.status,
          decided_by: input.actor_id ?? null,
          decided_at: now,
          reason: input.reason ?? null,
        }))
      )
    }
    return new StepResponse(previous, previous)
  },
  async (previous, { container }) => {
    if (!previous?.length) {
      return
    }
    const finance =
      container.resolve<MallFinanceModuleService>(MALL_FINANCE_MODULE)
    await finance.updateReleaseGates(previous)
  }
)
