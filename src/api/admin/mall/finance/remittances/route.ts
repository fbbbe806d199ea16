import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import type MallFinanceModuleService from "../../../../../modules/finance/service"
import type { RawStatementLine } from "../../../../../types/cod-collection"
import type {
  AdminImportRemittanceResponse,
  AdminRemittanceListResponse,
} from "../../../../../types/http/finance"
import { MALL_FINANCE_MODULE } from "../../../../../types/modules"
import { importRemittanceWorkflow } from "../../../../../workflows/finance"
import { retrieveRemittanceReport, toRemittanceHeader } from "./helpers"
import type {
  AdminGetRemittancesParamsType,
  AdminImportRemittanceType,
} from "./validators"

export const GET = async (
  req: AuthenticatedMedusaRequest<unknown, AdminGetRemittancesParamsType>,
  res: MedusaResponse<AdminRemittanceListResponse>
) => {
  const { carrier, status, limit, offset } = req.validatedQuery
  const finance =
    req.scope.resolve<MallFinanceModuleService>(MALL_FINANCE_MODULE)
  const [rows, count] = await finance.listAndCountRemittances(
    {
      ...(carrier ? { carrier } : {}),
      ...(status?.length ? { status } : {}),
    },
    { order: { created_at: "DESC" }, take: limit, skip: offset }
  )
  const summaries = await finance.summarizeRemittances(rows.map((r) => r.id))
  res.json({
    remittances: rows.map((r) => toRemittanceHeader(r, summaries.get(r.id)!)),
    count,
    offset,
    limit,
  })
}

/** Lines returned with the import; page through the rest with GET :id. */
const FIRST_PAGE = 1000

export const POST = async (
  req: AuthenticatedMedusaRequest<AdminImportRemittanceType>,
  res: MedusaResponse<AdminImportRemittanceResponse>
) => {
  const { additional_data, lines, ...statement } = req.validatedBody
  const { result } = await importRemittanceWorkflow(req.scope).run({
    input: {
      ...statement,
      lines: lines as RawStatementLine[],
      actor_id: req.auth_context.actor_id,
      additional_data,
    },
  })
  const report = await retrieveRemittanceReport(
    req.scope,
    result.remittance_id,
    { limit: FIRST_PAGE, offset: 0 }
  )
  res.json({ ...report, already_imported: result.already_imported })
}
