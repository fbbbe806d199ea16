import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type MallCrmModuleService from "../../../modules/crm/service"
import { reviewDueAt } from "../../../strategies/order-review"
import { MALL_CRM_MODULE } from "../../../types/modules"
import type {
  OrderReviewFacts,
  OrderReviewVerdict,
} from "../../../types/order-review"

export const evaluateOrderReviewStepId = "mall-evaluate-order-review"

export interface EvaluateOrderReviewStepInput {
  facts: OrderReviewFacts
  /** Hours sales ops has to decide (the pipeline's customer_review SLA). */
  sla_hours: number
}

export interface OrderReviewEvaluation {
  verdict: OrderReviewVerdict
  /** When the review must be decided; the SLA clock starts now. */
  due_at: Date
}

/**
 * Applies the review strategy (plugin option `crm.order_review.strategy`,
 * else the default rules) to the order's facts. Reads only.
 */
export const evaluateOrderReviewStep = createStep(
  evaluateOrderReviewStepId,
  async (input: EvaluateOrderReviewStepInput, { container }) => {
    const crm = container.resolve<MallCrmModuleService>(MALL_CRM_MODULE)
    const { rules, strategy } = crm.getOrderReviewOptions()
    const verdict = strategy.evaluate(input.facts, rules)
    return new StepResponse<OrderReviewEvaluation>({
      verdict: {
        decision: verdict.decision === "approve" ? "approve" : "review",
        reasons: (verdict.reasons ?? []).map((r) => ({
          code: String(r.code),
          detail: String(r.detail ?? ""),
        })),
      },
      due_at: reviewDueAt(new Date(), input.sla_hours),
    })
  }
)
