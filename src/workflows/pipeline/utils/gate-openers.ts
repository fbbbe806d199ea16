import type {
  Department,
  GateKind,
  PaymentMethodKind,
  PipelineSettings,
} from "../../../types/pipeline"
import { GATE_DEPARTMENT } from "../../../types/pipeline"
import { gateDueAt } from "./gates"
import { orderPaymentMethod, type PipelineOrder } from "./pipeline-order"

/** What an opener sees of the order being opened. */
export interface GateOpenerContext {
  order: PipelineOrder
  payment_method: PaymentMethodKind | null
  settings: PipelineSettings
  now: Date
}

/** A gate to create. */
export interface GateDraft {
  order_id: string
  kind: GateKind
  department: Department
  required: boolean
  due_at: Date
  metadata?: Record<string, unknown> | null
}

/**
 * Opens one kind of gate for the orders it applies to. Adding a gate kind
 * is adding an opener to `GATE_OPENERS`.
 */
export interface GateOpener {
  kind: GateKind
  /** The gate to open, or `null` when this order does not get one. */
  open(context: GateOpenerContext): GateDraft | null
}

/** Whether the settings make a gate required for the order's payment method. */
export function isGateRequired(
  settings: PipelineSettings,
  method: PaymentMethodKind | null,
  kind: GateKind
): boolean {
  return !!method && settings.required_gates[method].includes(kind)
}

/** A gate of `kind` owned by its department, due after its SLA. */
export function draftGate(
  context: GateOpenerContext,
  kind: GateKind
): GateDraft {
  return {
    order_id: context.order.id,
    kind,
    department: GATE_DEPARTMENT[kind],
    required: isGateRequired(context.settings, context.payment_method, kind),
    due_at: gateDueAt(context.now, context.settings.sla_hours[kind]),
  }
}

/** Finance confirms the money of every order that has a payment. */
export const paymentGateOpener: GateOpener = {
  kind: "payment",
  open: (context) =>
    context.payment_method ? draftGate(context, "payment") : null,
}

/**
 * Sales ops (through the CRM's order review) checks the buyer of every
 * order: who they are matters whatever is bought and however it is paid.
 */
export const customerReviewGateOpener: GateOpener = {
  kind: "customer_review",
  open: (context) => draftGate(context, "customer_review"),
}

/** The warehouse routes every order that has goods to ship. */
export const routingGateOpener: GateOpener = {
  kind: "routing",
  open: (context) =>
    context.order.shippable ? draftGate(context, "routing") : null,
}

export const GATE_OPENERS: GateOpener[] = [
  paymentGateOpener,
  customerReviewGateOpener,
  routingGateOpener,
]

/** A payment confirmation to create for a prepaid order. */
export interface PaymentConfirmationDraft {
  order_id: string
  display_id: number | null
  payment_id: string | null
  provider_id: string
  currency_code: string
  expected_amount: number
}

export interface OrderPipelinePlan {
  order_id: string
  payment_method: PaymentMethodKind | null
  /** Gates to create: those that apply and do not exist yet. */
  gates: GateDraft[]
  payment_confirmation: PaymentConfirmationDraft | null
}

export interface PlanOrderPipelineInput {
  order: PipelineOrder
  settings: PipelineSettings
  /** Kinds of gate the order already has. */
  existing_gate_kinds: GateKind[]
  has_payment_confirmation: boolean
  now: Date
  openers?: GateOpener[]
}

/**
 * What opening an order's pipeline creates. Whatever already exists is left
 * out, so planning again for an opened order plans nothing.
 */
export function planOrderPipeline(
  input: PlanOrderPipelineInput
): OrderPipelinePlan {
  const { order, settings, now } = input
  const payment_method = orderPaymentMethod(order)
  const context: GateOpenerContext = { order, payment_method, settings, now }
  const gates = (input.openers ?? GATE_OPENERS)
    .filter((opener) => !input.existing_gate_kinds.includes(opener.kind))
    .map((opener) => opener.open(context))
    .filter((draft): draft is GateDraft => !!draft)

  let payment_confirmation: PaymentConfirmationDraft | null = null
  if (payment_method === "prepaid" && !input.has_payment_confirmation) {
    const payment = order.payments[0]
    payment_confirmation = {
      order_id: order.id,
      display_id: order.display_id,
      payment_id: payment?.id ?? null,
      provider_id: payment?.provider_id ?? order.session_provider_ids[0],
      currency_code: order.currency_code,
      expected_amount: order.total,
    }
  }
  return { order_id: order.id, payment_method, gates, payment_confirmation }
}
