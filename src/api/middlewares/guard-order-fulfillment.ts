import type {
  MedusaNextFunction,
  MedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type MallFinanceModuleService from "../../modules/finance/service"
import { MALL_FINANCE_MODULE } from "../../types/modules"
import {
  blockingGates,
  describeBlockingGates,
  orderLabel,
  type ReleaseGateRow,
} from "../../workflows/pipeline"

/**
 * Refuses to fulfil an order while a required release gate has not passed
 * (or been waived), naming each one. Orders without gates (placed before
 * the plugin was installed) are not held back.
 */
export async function guardOrderFulfillment(
  req: MedusaRequest,
  res: MedusaResponse,
  next: MedusaNextFunction
) {
  try {
    const finance =
      req.scope.resolve<MallFinanceModuleService>(MALL_FINANCE_MODULE)
    const gates = (await finance.listReleaseGates({
      order_id: req.params.id,
    })) as unknown as ReleaseGateRow[]
    const blocking = blockingGates(gates)
    if (!blocking.length) {
      return next()
    }
    const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
    const {
      data: [order],
    } = await query.graph({
      entity: "order",
      fields: ["id", "display_id"],
      filters: { id: req.params.id },
    })
    res.status(400).json({
      type: "not_allowed",
      code: "gates_pending",
      message: describeBlockingGates(
        orderLabel(order ?? { id: req.params.id }),
        blocking
      ),
      gates: blocking.map((g) => ({
        id: g.id,
        kind: g.kind,
        department: g.department,
        status: g.status,
      })),
    })
  } catch (e) {
    next(e)
  }
}
