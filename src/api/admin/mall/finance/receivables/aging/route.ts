import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import type MallFinanceModuleService from "../../../../../../modules/finance/service"
import type { AdminReceivablesAgingResponse } from "../../../../../../types/http/finance"
import { MALL_FINANCE_MODULE } from "../../../../../../types/modules"
import { summarizeAging } from "../../../../../../utils/receivable-aging"
import type { AdminGetReceivablesAgingParamsType } from "../validators"

/**
 * What couriers owe, per carrier: due receivables by days since delivery
 * (0-7, 8-15, 16-30, more than 30), shipped but not delivered, disputed;
 * counts and totals per currency. Aggregated in the database.
 */
export const GET = async (
  req: AuthenticatedMedusaRequest<unknown, AdminGetReceivablesAgingParamsType>,
  res: MedusaResponse<AdminReceivablesAgingResponse>
) => {
  const finance =
    req.scope.resolve<MallFinanceModuleService>(MALL_FINANCE_MODULE)
  const now = new Date()
  const rows = await finance.aggregateReceivablesAging(
    { carrier: req.validatedQuery.carrier },
    now
  )
  res.json({ aging: summarizeAging(rows, now) })
}
