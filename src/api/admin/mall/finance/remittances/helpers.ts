import type { MedusaContainer } from "@medusajs/framework/types"
import { MathBN, MedusaError } from "@medusajs/framework/utils"
import type MallFinanceModuleService from "../../../../../modules/finance/service"
import type {
  CodReceivableStatus,
  RemittanceLineOutcome,
  RemittanceLineReport,
  RemittanceLineStatus,
  RemittanceReport,
  RemittanceStatus,
  RemittanceSummary,
} from "../../../../../types/cod-collection"
import type { AdminRemittanceResponse } from "../../../../../types/http/finance"
import { MALL_FINANCE_MODULE } from "../../../../../types/modules"

export interface RemittanceLinesQuery {
  outcome?: RemittanceLineOutcome[]
  status?: RemittanceLineStatus[]
  limit: number
  offset: number
}

const iso = (d: unknown) => (d ? new Date(d as string).toISOString() : null)
const num = (v: unknown) =>
  v === null || v === undefined ? null : MathBN.convert(v as number).toNumber()

type RemittanceRow = Awaited<
  ReturnType<MallFinanceModuleService["listRemittances"]>
>[number]

export function toRemittanceHeader(
  row: RemittanceRow,
  summary: RemittanceSummary
): Omit<RemittanceReport, "lines"> {
  return {
    id: row.id,
    carrier: row.carrier,
    statement_reference: row.statement_reference,
    bank_reference: row.bank_reference ?? null,
    status: row.status as RemittanceStatus,
    line_count: row.line_count,
    imported_by: row.imported_by ?? null,
    confirmed_by: row.confirmed_by ?? null,
    confirmed_at: iso(row.confirmed_at),
    created_at: iso(row.created_at)!,
    summary,
  }
}

/**
 * A statement's report: its summary (every line) and a page of its lines,
 * each with the receivable it matched. The import preview and the view
 * after confirmation.
 */
export async function retrieveRemittanceReport(
  container: MedusaContainer,
  id: string,
  query: RemittanceLinesQuery
): Promise<AdminRemittanceResponse> {
  const finance =
    container.resolve<MallFinanceModuleService>(MALL_FINANCE_MODULE)
  const [row] = await finance.listRemittances({ id }, { take: 1 })
  if (!row) {
    throw new MedusaError(
      MedusaError.Types.NOT_FOUND,
      `Remittance with id: ${id} was not found`
    )
  }
  const [summaries, [lines, count]] = await Promise.all([
    finance.summarizeRemittances([id]),
    finance.listAndCountRemittanceLines(
      {
        remittance_id: id,
        ...(query.outcome?.length ? { outcome: query.outcome } : {}),
        ...(query.status?.length ? { status: query.status } : {}),
      },
      {
        order: { line_number: "ASC" },
        take: query.limit,
        skip: query.offset,
      }
    ),
  ])
  const receivableIds = [
    ...new Set(lines.map((l) => l.receivable_id).filter(Boolean)),
  ] as string[]
  const receivables = new Map(
    (receivableIds.length
      ? await finance.listCodReceivables({ id: receivableIds }, { take: null })
      : []
    ).map((r) => [r.id, r])
  )
  const reportLines: RemittanceLineReport[] = lines.map((line) => {
    const r = line.receivable_id ? receivables.get(line.receivable_id) : null
    return {
      id: line.id,
      line_number: line.line_number,
      tracking_number: line.tracking_number ?? null,
      order_display_id: line.order_display_id ?? null,
      currency_code: line.currency_code ?? null,
      amount: num(line.amount),
      collected_at: iso(line.collected_at),
      outcome: line.outcome as RemittanceLineOutcome,
      status: line.status as RemittanceLineStatus,
      reason: line.reason ?? null,
      receivable_id: line.receivable_id ?? null,
      receivable: r
        ? {
            id: r.id,
            order_id: r.order_id,
            display_id: r.display_id ?? null,
            tracking_number: r.tracking_number ?? null,
            amount_to_collect: num(r.amount_to_collect)!,
            currency_code: r.currency_code,
            status: r.status as CodReceivableStatus,
          }
        : null,
    }
  })
  return {
    remittance: {
      ...toRemittanceHeader(row, summaries.get(id)!),
      lines: reportLines,
    },
    lines_count: count,
    lines_offset: query.offset,
    lines_limit: query.limit,
  }
}
