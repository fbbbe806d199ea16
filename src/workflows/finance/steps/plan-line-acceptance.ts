import {
  ContainerRegistrationKeys,
  MedusaError,
} from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type MallFinanceModuleService from "../../../modules/finance/service"
import type { RemittanceLineOutcome } from "../../../types/cod-collection"
import { MALL_FINANCE_MODULE } from "../../../types/modules"
import { loadPayments, type CaptureRequest } from "./capture-cod-payments"
import type { CodReceivableRow } from "./open-cod-receivable"

export const planLineAcceptanceStepId = "mall-plan-line-acceptance"

type LineRow = Awaited<
  ReturnType<MallFinanceModuleService["listRemittanceLines"]>
>[number]

export interface LineAcceptancePlan {
  line: LineRow
  outcome: RemittanceLineOutcome
  receivable: CodReceivableRow
  capture: CaptureRequest
  carrier: string
  statement_reference: string
}

const notAllowed = (message: string) =>
  new MedusaError(MedusaError.Types.NOT_ALLOWED, message)

/**
 * Checks that finance may accept a disputed short or excess line of a
 * confirmed remittance, and what accepting captures: what the courier
 * remitted (never more than authorized). Reads only.
 */
export const planLineAcceptanceStep = createStep(
  planLineAcceptanceStepId,
  async (input: { remittance_id: string; line_id: string }, { container }) => {
    const finance =
      container.resolve<MallFinanceModuleService>(MALL_FINANCE_MODULE)
    const [remittance] = await finance.listRemittances(
      { id: input.remittance_id },
      { take: 1 }
    )
    const [line] = remittance
      ? await finance.listRemittanceLines(
          { id: input.line_id, remittance_id: remittance.id },
          { take: 1 }
        )
      : []
    if (!remittance || !line) {
      throw new MedusaError(
        MedusaError.Types.NOT_FOUND,
        remittance
          ? `Line ${input.line_id} is not on remittance ${input.remittance_id}`
          : `Remittance with id: ${input.remittance_id} was not found`
      )
    }
    if (remittance.status !== "confirmed") {
      throw notAllowed(
        `Remittance ${remittance.statement_reference} is not confirmed yet: confirm it, then accept its disputed lines`
      )
    }
    const outcome = line.outcome as RemittanceLineOutcome
    if (outcome !== "short" && outcome !== "excess") {
      throw notAllowed(
        `Line ${line.line_number} is ${outcome}: only short or excess lines can be accepted`
      )
    }
    if (line.status !== "disputed") {
      throw notAllowed(`Line ${line.line_number} is already ${line.status}`)
    }
    const [receivable] = line.receivable_id
      ? await finance.listCodReceivables(
          { id: line.receivable_id },
          { take: 1 }
        )
      : []
    if (
      !receivable ||
      !["open", "due", "disputed"].includes(receivable.status)
    ) {
      throw notAllowed(
        `Line ${line.line_number} cannot be accepted: its receivable is ${receivable?.status ?? "gone"}`
      )
    }
    const payments = await loadPayments(
      container.resolve(ContainerRegistrationKeys.QUERY),
      receivable.payment_id ? [receivable.payment_id] : []
    )
    const payment = receivable.payment_id
      ? payments.get(receivable.payment_id)
      : undefined
    if (!payment || payment.canceled_at) {
      throw notAllowed(
        `Line ${line.line_number} cannot be accepted: the COD payment of order #${receivable.display_id} is canceled or missing`
      )
    }
    const plan: LineAcceptancePlan = {
      line,
      outcome,
      receivable,
      carrier: remittance.carrier,
      statement_reference: remittance.statement_reference,
      capture: {
        payment_id: payment.id,
        order_id: receivable.order_id,
        display_id: receivable.display_id ?? null,
        receivable_id: receivable.id,
        currency_code: receivable.currency_code,
        collected: String(line.amount),
        amount_to_collect: String(receivable.amount_to_collect),
      },
    }
    return new StepResponse(plan)
  }
)
