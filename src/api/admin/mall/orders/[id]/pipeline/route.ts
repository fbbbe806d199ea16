import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import {
  ContainerRegistrationKeys,
  MedusaError,
} from "@medusajs/framework/utils"
import type MallFinanceModuleService from "../../../../../../modules/finance/service"
import type { AdminOrderPipelineResponse } from "../../../../../../types/http/pipeline"
import { MALL_FINANCE_MODULE } from "../../../../../../types/modules"
import {
  buildOrderPipeline,
  pipelineOrderFields,
  toPipelineOrder,
  type AuditEntryRow,
  type GraphPipelineOrder,
  type ReleaseGateRow,
} from "../../../../../../workflows/pipeline"

/** An order's release gates and its timeline. */
export const GET = async (
  req: AuthenticatedMedusaRequest,
  res: MedusaResponse<AdminOrderPipelineResponse>
) => {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const {
    data: [order],
  } = await query.graph({
    entity: "order",
    fields: pipelineOrderFields,
    filters: { id: req.params.id },
  })
  if (!order) {
    throw new MedusaError(
      MedusaError.Types.NOT_FOUND,
      `Order with id: ${req.params.id} was not found`
    )
  }
  const finance =
    req.scope.resolve<MallFinanceModuleService>(MALL_FINANCE_MODULE)
  const [gates, auditEntries] = await Promise.all([
    finance.listReleaseGates({ order_id: order.id }),
    finance.listAuditEntries(
      { order_id: order.id },
      { order: { created_at: "ASC" } }
    ),
  ])
  res.json({
    pipeline: buildOrderPipeline({
      order: toPipelineOrder(order as unknown as GraphPipelineOrder),
      gates: gates as unknown as ReleaseGateRow[],
      audit_entries: auditEntries as unknown as AuditEntryRow[],
      now: new Date(),
    }),
  })
}
