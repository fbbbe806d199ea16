import {
  acquireLockStep,
  addToCartWorkflow,
  deleteLineItemsWorkflow,
  releaseLockStep,
  useQueryGraphStep,
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
import type { CodEligibilityResult, CodFee } from "../../../types/cod"
import { assertCodEligibleStep } from "../steps/assert-cod-eligible"
import { evaluateCodEligibilityStep } from "../steps/evaluate-cod-eligibility"
import { planCodFeeStep } from "../steps/plan-cod-fee"
import { COD_FEE_METADATA_KEY, type CodFeePlan } from "../utils/cod-fee"
import {
  codEligibilityCartFields,
  toEligibilityCart,
  type GraphCart,
} from "../utils/to-eligibility-cart"

export const syncCodFeeWorkflowId = "mall-sync-cod-fee"

export interface SyncCodFeeWorkflowInput {
  cart_id: string
  /** Whether the buyer is paying cash on delivery. */
  cod: boolean
  /** The title of the fee line the buyer sees. */
  fee_title?: string
  additional_data?: Record<string, unknown>
}

export interface SyncCodFeeWorkflowOutput {
  eligibility: CodEligibilityResult | null
  fee: CodFee | null
  plan: CodFeePlan
}

export type SyncCodFeeWorkflowHooks = [
  Hook<
    "validate",
    {
      input: SyncCodFeeWorkflowInput
      eligibility: CodEligibilityResult | null
    },
    unknown
  >,
  Hook<
    "codFeeSynced",
    {
      cart_id: string
      fee: CodFee | null
      additional_data: Record<string, unknown> | undefined
    },
    unknown
  >,
]

/**
 * Makes a cart carry the COD fee exactly when it is paid cash on delivery:
 * adds the fee line when the buyer picks COD, removes it when they pick
 * another method. Picking COD for a cart the rules reject fails with the
 * reasons. The plugin runs it when a storefront creates a payment session,
 * so a storefront needs no extra call.
 *
 * @summary
 * Add or remove the COD fee line of a cart.
 *
 * @property hooks.validate - Runs before the cart is changed.
 * @property hooks.codFeeSynced - Runs after the fee line is in place.
 */
export const syncCodFeeWorkflow: ReturnWorkflow<
  SyncCodFeeWorkflowInput,
  SyncCodFeeWorkflowOutput,
  SyncCodFeeWorkflowHooks
> = createWorkflow(syncCodFeeWorkflowId, (input: SyncCodFeeWorkflowInput) => {
  // The same key and timing as core's cart workflows, so they serialize.
  acquireLockStep({ key: input.cart_id, timeout: 2, ttl: 10 })

  const { data: carts } = useQueryGraphStep({
    entity: "cart",
    fields: codEligibilityCartFields,
    filters: { id: input.cart_id },
    options: { throwIfKeyNotFound: true },
  })
  const cart = transform({ carts }, ({ carts }) => carts[0] as GraphCart)

  const eligibility = when("mall-cod-chosen", { input }, ({ input }) => {
    return input.cod
  }).then(() => {
    const verdict = evaluateCodEligibilityStep({
      cart: transform({ cart }, ({ cart }) => toEligibilityCart(cart)),
    })
    assertCodEligibleStep(verdict)
    return verdict
  })

  const validate = createHook("validate", {
    input,
    eligibility: transform({ eligibility }, ({ eligibility }) => {
      return eligibility ?? null
    }),
  })

  const fee = transform({ eligibility, input }, ({ eligibility, input }) => {
    return input.cod ? (eligibility?.fee ?? null) : null
  })
  const plan = planCodFeeStep({
    items: transform({ cart }, ({ cart }) => cart.items ?? []),
    fee,
  })

  when("mall-remove-stale-cod-fee", { plan }, ({ plan }) => {
    return plan.remove.length > 0
  }).then(() => {
    deleteLineItemsWorkflow.runAsStep({
      input: transform({ plan, input }, ({ plan, input }) => ({
        cart_id: input.cart_id,
        ids: plan.remove,
      })),
    })
  })

  when("mall-add-cod-fee", { plan }, ({ plan }) => {
    return !!plan.add
  }).then(() => {
    addToCartWorkflow.runAsStep({
      input: transform({ plan, input }, ({ plan, input }) => ({
        cart_id: input.cart_id,
        items: [
          {
            title: input.fee_title ?? "Cash on delivery fee",
            quantity: 1,
            unit_price: plan.add!.amount,
            is_tax_inclusive: true,
            requires_shipping: false,
            metadata: { [COD_FEE_METADATA_KEY]: true },
          },
        ],
      })),
    })
  })

  const codFeeSynced = createHook("codFeeSynced", {
    cart_id: input.cart_id,
    fee,
    additional_data: input.additional_data,
  })
  releaseLockStep({ key: input.cart_id })

  const result = transform(
    { eligibility, fee, plan },
    ({ eligibility, fee, plan }) => ({
      eligibility: eligibility ?? null,
      fee,
      plan,
    })
  )
  return new WorkflowResponse(result, { hooks: [validate, codFeeSynced] })
})
