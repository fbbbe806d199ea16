import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import type MallFinanceModuleService from "../../../../../../modules/finance/service"
import { MALL_FINANCE_MODULE } from "../../../../../../types/modules"
import { csvRow } from "../../../../../../utils/csv"
import {
  RECEIVABLE_CSV_COLUMNS,
  receivableFilters,
  toAdminReceivable,
} from "../helpers"
import type { AdminExportReceivablesParamsType } from "../validators"

const PAGE = 2_000

/**
 * The receivables as a CSV download (UTF-8 with a byte-order mark, so that
 * spreadsheet programs read Chinese text), written page by page.
 */
export const GET = async (
  req: AuthenticatedMedusaRequest<unknown, AdminExportReceivablesParamsType>,
  res: MedusaResponse
) => {
  const finance =
    req.scope.resolve<MallFinanceModuleService>(MALL_FINANCE_MODULE)
  const filters = receivableFilters(req.validatedQuery)
  const now = new Date()
  const stamp = now.toISOString().slice(0, 10)
  // The first page is read before anything is sent, so an error still
  // becomes a proper error response.
  let page = await finance.listCodReceivables(filters, {
    order: { delivered_at: "ASC", shipped_at: "ASC", id: "ASC" },
    take: PAGE,
    skip: 0,
  })
  res.setHeader("Content-Type", "text/csv; charset=utf-8")
  res.setHeader(
    "Content-Disposition",
    `attachment; filename="cod-receivables-${stamp}.csv"`
  )
  res.write("\uFEFF" + csvRow(RECEIVABLE_CSV_COLUMNS))
  let offset = 0
  while (page.length) {
    res.write(
      page
        .map((row) => {
          const r = toAdminReceivable(row, now)
          return csvRow(RECEIVABLE_CSV_COLUMNS.map((c) => r[c]))
        })
        .join("")
    )
    if (page.length < PAGE) {
      break
    }
    offset += PAGE
    page = await finance.listCodReceivables(filters, {
      order: { delivered_at: "ASC", shipped_at: "ASC", id: "ASC" },
      take: PAGE,
      skip: offset,
    })
  }
  res.end()
}
