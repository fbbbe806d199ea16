import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { MathBN } from "@medusajs/framework/utils"
import type MallFinanceModuleService from "../../../../../modules/finance/service"
import type { LogisticsCostKind } from "../../../../../types/cod-collection"
import type { AdminLogisticsCostListResponse } from "../../../../../types/http/finance"
import { MALL_FINANCE_MODULE } from "../../../../../types/modules"
import type { CostBearer } from "../../../../../types/pipeline"
import type { AdminGetLogisticsCostsParamsType } from "./validators"

/** Logistics costs (refused parcels' return trips...), the newest first. */
export const GET = async (
  req: AuthenticatedMedusaRequest<unknown, AdminGetLogisticsCostsParamsType>,
  res: MedusaResponse<AdminLogisticsCostListResponse>
) => {
  const { order_id, bearer, kind, limit, offset } = req.validatedQuery
  const finance =
    req.scope.resolve<MallFinanceModuleService>(MALL_FINANCE_MODULE)
  const [rows, count] = await finance.listAndCountLogisticsCosts(
    {
      ...(order_id?.length ? { order_id } : {}),
      ...(bearer?.length ? { bearer } : {}),
      ...(kind?.length ? { kind } : {}),
    },
    { order: { created_at: "DESC" }, take: limit, skip: offset }
  )
  res.json({
    logistics_costs: rows.map((r) => ({
      id: r.id,
      order_id: r.order_id,
      kind: r.kind as LogisticsCostKind,
      currency_code: r.currency_code,
      amount: MathBN.convert(r.amount as unknown as number).toNumber(),
      bearer: r.bearer as CostBearer,
      reason: r.reason ?? null,
      recorded_by: r.recorded_by ?? null,
      created_at: new Date(r.created_at as unknown as string).toISOString(),
    })),
    count,
    offset,
    limit,
  })
}
