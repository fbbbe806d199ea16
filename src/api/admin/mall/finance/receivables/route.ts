import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import type MallFinanceModuleService from "../../../../../modules/finance/service"
import type { AdminCodReceivableListResponse } from "../../../../../types/http/finance"
import { MALL_FINANCE_MODULE } from "../../../../../types/modules"
import { receivableFilters, toAdminReceivable } from "./helpers"
import type { AdminGetReceivablesParamsType } from "./validators"

/** COD receivables, the oldest delivery first, filtered by carrier and status. */
export const GET = async (
  req: AuthenticatedMedusaRequest<unknown, AdminGetReceivablesParamsType>,
  res: MedusaResponse<AdminCodReceivableListResponse>
) => {
  const { limit, offset, ...filters } = req.validatedQuery
  const finance =
    req.scope.resolve<MallFinanceModuleService>(MALL_FINANCE_MODULE)
  const [rows, count] = await finance.listAndCountCodReceivables(
    receivableFilters(filters),
    {
      order: { delivered_at: "ASC", shipped_at: "ASC", id: "ASC" },
      take: limit,
      skip: offset,
    }
  )
  const now = new Date()
  res.json({
    cod_receivables: rows.map((r) => toAdminReceivable(r, now)),
    count,
    offset,
    limit,
  })
}
