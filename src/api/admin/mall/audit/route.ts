import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import type MallFinanceModuleService from "../../../../modules/finance/service"
import type { AdminAuditEntryListResponse } from "../../../../types/http/pipeline"
import { MALL_FINANCE_MODULE } from "../../../../types/modules"
import {
  toAdminAuditEntry,
  type AuditEntryRow,
} from "../../../../workflows/pipeline"
import type { AdminGetAuditEntriesParamsType } from "./validators"

/** The audit trail, newest first, filtered by order or by record. */
export const GET = async (
  req: AuthenticatedMedusaRequest<unknown, AdminGetAuditEntriesParamsType>,
  res: MedusaResponse<AdminAuditEntryListResponse>
) => {
  const { limit, offset, ...filters } = req.validatedQuery
  const finance =
    req.scope.resolve<MallFinanceModuleService>(MALL_FINANCE_MODULE)
  const [entries, count] = await finance.listAndCountAuditEntries(
    Object.fromEntries(
      Object.entries(filters).filter(([, value]) => value !== undefined)
    ),
    { skip: offset, take: limit, order: { created_at: "DESC", id: "DESC" } }
  )
  res.json({
    audit_entries: (entries as unknown as AuditEntryRow[]).map(
      toAdminAuditEntry
    ),
    count,
    offset,
    limit,
  })
}
