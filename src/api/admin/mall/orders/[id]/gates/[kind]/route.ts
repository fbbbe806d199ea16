import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import type MallCrmModuleService from "../../../../../../../modules/crm/service"
import type MallFinanceModuleService from "../../../../../../../modules/finance/service"
import type { AdminReleaseGateResponse } from "../../../../../../../types/http/pipeline"
import {
  MALL_CRM_MODULE,
  MALL_FINANCE_MODULE,
} from "../../../../../../../types/modules"
import {
  approveOrderReviewWorkflow,
  rejectOrderReviewWorkflow,
} from "../../../../../../../workflows/crm"
import {
  decideGateWorkflow,
  toAdminReleaseGate,
  type ReleaseGateRow,
} from "../../../../../../../workflows/pipeline"
import { parseGateKind } from "../../../../utils/validators"
import type { AdminDecideGateType } from "../validators"

/**
 * Pass or fail an order's gate, as a member of the department that owns it.
 * The customer_review gate stands for the order's review: deciding it
 * decides the review (so the review queue, the CRM delivery and a
 * rejection's policy follow), unless the order has no review.
 */
export const POST = async (
  req: AuthenticatedMedusaRequest<AdminDecideGateType>,
  res: MedusaResponse<AdminReleaseGateResponse>
) => {
  const kind = parseGateKind(req.params.kind)
  const { status, reason, additional_data } = req.validatedBody
  const actor_id = req.auth_context.actor_id

  const reviewId =
    kind === "customer_review"
      ? await findOrderReviewId(req, req.params.id)
      : null
  if (reviewId) {
    const decision = { id: reviewId, actor_id, additional_data }
    if (status === "passed") {
      await approveOrderReviewWorkflow(req.scope).run({
        input: { ...decision, reason: reason || null },
      })
    } else {
      // The body's check makes a reason required to fail a gate.
      await rejectOrderReviewWorkflow(req.scope).run({
        input: { ...decision, reason: reason ?? "" },
      })
    }
    const finance =
      req.scope.resolve<MallFinanceModuleService>(MALL_FINANCE_MODULE)
    const [gate] = await finance.listReleaseGates(
      { order_id: req.params.id, kind },
      { take: 1 }
    )
    res.json({
      release_gate: toAdminReleaseGate(
        gate as unknown as ReleaseGateRow,
        new Date()
      ),
    })
    return
  }

  const { result } = await decideGateWorkflow(req.scope).run({
    input: {
      order_id: req.params.id,
      kind,
      status,
      reason: reason || null,
      actor_id,
      additional_data,
    },
  })
  res.json({ release_gate: toAdminReleaseGate(result, new Date()) })
}

/** The order's review, when the order has one and its customer_review gate. */
async function findOrderReviewId(
  req: AuthenticatedMedusaRequest,
  orderId: string
): Promise<string | null> {
  const crm = req.scope.resolve<MallCrmModuleService>(MALL_CRM_MODULE)
  const finance =
    req.scope.resolve<MallFinanceModuleService>(MALL_FINANCE_MODULE)
  const [[review], [gate]] = await Promise.all([
    crm.listCrmOrderReviews({ order_id: orderId }, { take: 1, select: ["id"] }),
    finance.listReleaseGates(
      { order_id: orderId, kind: "customer_review" },
      { take: 1, select: ["id"] }
    ),
  ])
  return review && gate ? review.id : null
}
