import {
  ContainerRegistrationKeys,
  MedusaError,
} from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type MallFinanceModuleService from "../../../modules/finance/service"
import type {
  ConfirmationChanges,
  ConfirmationLine,
} from "../../../modules/finance/utils/cod-collection-store"
import type { CodReceivableStatus } from "../../../types/cod-collection"
import { MALL_FINANCE_MODULE } from "../../../types/modules"
import type { CodReceivableRow } from "./open-cod-receivable"
import type { RemittanceRow } from "./find-remittance"
import { loadPayments, type CaptureRequest } from "./capture-cod-payments"

export const planRemittanceConfirmationStepId =
  "mall-plan-remittance-confirmation"

export interface SettledReceivable {
  receivable_id: string
  order_id: string
  display_id: number | null
  line_id: string
  amount: string
  currency_code: string
}

export interface DisputedReceivable {
  receivable_id: string
  order_id: string
  reason: string
}

export interface RemittanceConfirmationPlan {
  remittance: RemittanceRow
  /** Confirmed before: nothing changes, captures are only completed. */
  already_confirmed: boolean
  changes: ConfirmationChanges | null
  /** Payments to capture; each capture is idempotent. */
  captures: CaptureRequest[]
  settled: SettledReceivable[]
  disputed: DisputedReceivable[]
}

const OPEN: CodReceivableStatus[] = ["open", "due", "disputed"]
const CHUNK = 5_000

const orderName = (r: { display_id: number | null; order_id: string }) =>
  r.display_id ? `order #${r.display_id}` : `order ${r.order_id}`

/**
 * Works out what confirming a statement does, from fresh data: which matched
 * receivables it settles (and which payments to capture for how much), which
 * receivables and lines are disputed and why. A matched receivable settled,
 * refused, or whose payment was canceled since the import is disputed rather
 * than settled. Reads only; 404 for an unknown statement.
 */
export const planRemittanceConfirmationStep = createStep(
  planRemittanceConfirmationStepId,
  async (
    input: { remittance_id: string; actor_id?: string | null },
    { container }
  ) => {
    const finance =
      container.resolve<MallFinanceModuleService>(MALL_FINANCE_MODULE)
    const [remittance] = await finance.listRemittances(
      { id: input.remittance_id },
      { take: 1 }
    )
    if (!remittance) {
      throw new MedusaError(
        MedusaError.Types.NOT_FOUND,
        `Remittance with id: ${input.remittance_id} was not found`
      )
    }
    const lines = await finance.listRemittanceConfirmationLines(remittance.id)
    const receivableIds = [
      ...new Set(lines.map((l) => l.receivable_id).filter(Boolean)),
    ] as string[]
    const receivables = new Map<string, CodReceivableRow>()
    for (let i = 0; i < receivableIds.length; i += CHUNK) {
      const rows = await finance.listCodReceivables(
        { id: receivableIds.slice(i, i + CHUNK) },
        { take: null }
      )
      rows.forEach((r) => receivables.set(r.id, r))
    }
    const alreadyConfirmed = remittance.status === "confirmed"
    const candidates = lines.filter(
      (l) =>
        l.outcome === "matched" &&
        (alreadyConfirmed ? l.status === "settled" : l.status === "open")
    )
    const payments = await loadPayments(
      container.resolve(ContainerRegistrationKeys.QUERY),
      candidates
        .map((l) => receivables.get(l.receivable_id!)?.payment_id)
        .filter((id): id is string => !!id)
    )

    const plan: RemittanceConfirmationPlan = {
      remittance,
      already_confirmed: alreadyConfirmed,
      changes: null,
      captures: [],
      settled: [],
      disputed: [],
    }
    const captureFor = (line: ConfirmationLine, r: CodReceivableRow) => ({
      payment_id: r.payment_id!,
      order_id: r.order_id,
      display_id: r.display_id ?? null,
      receivable_id: r.id,
      currency_code: r.currency_code,
      collected: line.amount!,
      amount_to_collect: String(r.amount_to_collect),
    })

    if (alreadyConfirmed) {
      // Completes any capture an interrupted confirmation left undone.
      for (const line of candidates) {
        const r = receivables.get(line.receivable_id!)
        if (r?.status === "settled" && r.payment_id) {
          plan.captures.push(captureFor(line, r))
        }
      }
      return new StepResponse(plan)
    }

    const changes: ConfirmationChanges = {
      remittance_id: remittance.id,
      confirmed_by: input.actor_id ?? null,
      confirmed_at: new Date(),
      settle: [],
      dispute_receivables: [],
      dispute_lines: [],
    }
    const touched = new Set<string>()
    const statement = `${remittance.carrier} statement ${remittance.statement_reference}`
    const disputeReceivable = (r: CodReceivableRow, reason: string) => {
      if (
        touched.has(r.id) ||
        !OPEN.includes(r.status as CodReceivableStatus)
      ) {
        return
      }
      touched.add(r.id)
      changes.dispute_receivables.push({ id: r.id, reason })
      plan.disputed.push({ receivable_id: r.id, order_id: r.order_id, reason })
    }

    for (const line of lines) {
      if (line.status !== "open") {
        continue
      }
      const r = line.receivable_id ? receivables.get(line.receivable_id) : null
      if (line.outcome !== "matched") {
        changes.dispute_lines.push({ id: line.id, reason: line.reason })
        if (r && (line.outcome === "short" || line.outcome === "excess")) {
          disputeReceivable(
            r,
            `${statement}, line ${line.line_number}: ${line.reason ?? line.outcome}`
          )
        }
        continue
      }
      if (!r) {
        changes.dispute_lines.push({
          id: line.id,
          reason: "the receivable this line matched no longer exists",
        })
        continue
      }
      if (
        !OPEN.includes(r.status as CodReceivableStatus) ||
        touched.has(r.id)
      ) {
        changes.dispute_lines.push({
          id: line.id,
          reason: `${orderName(r)} was ${r.status} after this statement was imported`,
        })
        continue
      }
      const payment = r.payment_id ? payments.get(r.payment_id) : undefined
      if (!payment || payment.canceled_at) {
        const reason = `the COD payment of ${orderName(r)} is canceled or missing: it cannot be captured`
        changes.dispute_lines.push({ id: line.id, reason })
        disputeReceivable(
          r,
          `${statement}, line ${line.line_number}: ${reason}`
        )
        continue
      }
      touched.add(r.id)
      changes.settle.push({
        line_id: line.id,
        receivable_id: r.id,
        closed_reason: null,
      })
      plan.settled.push({
        receivable_id: r.id,
        order_id: r.order_id,
        display_id: r.display_id ?? null,
        line_id: line.id,
        amount: line.amount!,
        currency_code: r.currency_code,
      })
      plan.captures.push(captureFor(line, r))
    }
    plan.changes = changes
    return new StepResponse(plan)
  }
)
