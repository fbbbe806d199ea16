import { useCallback, useState } from "react"
import { useTranslation } from "react-i18next"
import { FilterSelect } from "../../../../../components/filter-select"
import { MallDataTable } from "../../../../../components/mall-data-table"
import { PageHeading } from "../../../../../components/page-heading"
import {
  AdminRemittanceLine,
  REMITTANCE_LINE_OUTCOMES,
  RemittanceLineOutcome,
  RemittanceStatus,
} from "../../../../../lib/finance-types"
import { AcceptLineDrawer } from "./accept-line-drawer"
import { useLineColumns } from "./line-columns"
import type { DataTablePaginationState } from "@medusajs/ui"

type RemittanceLinesProps = {
  remittanceId: string
  remittanceStatus: RemittanceStatus
  lines: AdminRemittanceLine[] | undefined
  count: number | undefined
  isLoading: boolean
  outcome: RemittanceLineOutcome | undefined
  onOutcomeChange: (outcome: RemittanceLineOutcome | undefined) => void
  pagination: DataTablePaginationState
  onPaginationChange: (state: DataTablePaginationState) => void
}

/** The statement's lines with their outcome and why. */
export const RemittanceLines = ({
  remittanceId,
  remittanceStatus,
  lines,
  count,
  isLoading,
  outcome,
  onOutcomeChange,
  pagination,
  onPaginationChange,
}: RemittanceLinesProps) => {
  const { t } = useTranslation()
  const [accepting, setAccepting] = useState<AdminRemittanceLine | null>(null)
  const onAccept = useCallback(
    (line: AdminRemittanceLine) => setAccepting(line),
    []
  )
  const columns = useLineColumns(remittanceStatus, onAccept)

  return (
    <>
      <MallDataTable
        testId="mall-remittance-lines"
        heading={
          <PageHeading level="h2" title={t("mall.finance.remittance.lines")} />
        }
        toolbar={
          <FilterSelect
            label={t("mall.finance.fields.outcome")}
            value={outcome}
            allLabel={t("mall.finance.filters.allOutcomes")}
            options={REMITTANCE_LINE_OUTCOMES.map((value) => ({
              value,
              label: t(`mall.finance.outcome.${value}`),
            }))}
            onChange={(value) =>
              onOutcomeChange(value as RemittanceLineOutcome | undefined)
            }
            testId="mall-remittance-outcome-filter"
          />
        }
        columns={columns}
        data={lines}
        count={count}
        isLoading={isLoading}
        pagination={pagination}
        onPaginationChange={onPaginationChange}
        getRowId={(row) => row.id}
        emptyHeading={t("mall.finance.remittance.noLines")}
      />
      <AcceptLineDrawer
        remittanceId={remittanceId}
        line={accepting}
        onClose={() => setAccepting(null)}
      />
    </>
  )
}
