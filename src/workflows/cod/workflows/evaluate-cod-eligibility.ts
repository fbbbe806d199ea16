import { useQueryGraphStep } from "@medusajs/medusa/core-flows"
import {
  createWorkflow,
  transform,
  WorkflowResponse,
  type ReturnWorkflow,
} from "@medusajs/framework/workflows-sdk"
import type { CodEligibilityResult } from "../../../types/cod"
import { evaluateCodEligibilityStep } from "../steps/evaluate-cod-eligibility"
import {
  codEligibilityCartFields,
  toEligibilityCart,
} from "../utils/to-eligibility-cart"

export const evaluateCodEligibilityWorkflowId = "mall-evaluate-cod-eligibility"

export interface EvaluateCodEligibilityWorkflowInput {
  /** The cart to check. */
  cart_id: string
}

/**
 * Tells whether a cart may be paid cash on delivery, why not, and the COD
 * fee. Used by `GET /store/mall/cod-eligibility` and by the guard on cart
 * completion. The decision itself is the `cod.eligibility_strategy` option.
 *
 * @example
 * const { result } = await evaluateCodEligibilityWorkflow(container).run({
 *   input: { cart_id: "cart_123" },
 * })
 *
 * @summary
 * Check whether a cart may be paid cash on delivery.
 */
export const evaluateCodEligibilityWorkflow: ReturnWorkflow<
  EvaluateCodEligibilityWorkflowInput,
  CodEligibilityResult,
  []
> = createWorkflow(
  evaluateCodEligibilityWorkflowId,
  (input: EvaluateCodEligibilityWorkflowInput) => {
    const { data: carts } = useQueryGraphStep({
      entity: "cart",
      fields: codEligibilityCartFields,
      filters: { id: input.cart_id },
      options: { throwIfKeyNotFound: true },
    })
    const cart = transform({ carts }, ({ carts }) =>
      toEligibilityCart(carts[0] as Parameters<typeof toEligibilityCart>[0])
    )
    const result = evaluateCodEligibilityStep({ cart })
    return new WorkflowResponse(result)
  }
)
