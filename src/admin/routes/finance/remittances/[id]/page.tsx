import { ArrowUturnLeft } from "@medusajs/icons"
import { Container, Skeleton, Text } from "@medusajs/ui"
import { useState } from "react"
import { useTranslation } from "react-i18next"
import { Link, useParams } from "react-router-dom"
import { usePagination } from "../../../../components/mall-data-table"
import { useRemittance } from "../../../../hooks/api/finance"
import type { RemittanceLineOutcome } from "../../../../lib/finance-types"
import { RemittanceHeader } from "./components/remittance-header"
import { RemittanceLines } from "./components/remittance-lines"
import { RemittanceSummary } from "./components/remittance-summary"

/** A courier statement's matching report: the import preview, then its record. */
const RemittancePage = () => {
  const { t } = useTranslation()
  const { id = "" } = useParams()
  const [outcome, setOutcome] = useState<RemittanceLineOutcome>()
  const { pagination, setPagination, reset, query } = usePagination(50)
  const { remittance, lines_count, isPending, isFetching, error } =
    useRemittance(id, { ...query, outcome })

  const changeOutcome = (next: RemittanceLineOutcome | undefined) => {
    setOutcome(next)
    reset()
  }

  return (
    <div className="flex flex-col gap-y-3" data-testid="mall-remittance-page">
      <div>
        <Link
          to="/finance/remittances"
          className="text-ui-fg-subtle hover:text-ui-fg-base txt-compact-small inline-flex items-center gap-x-1"
        >
          <ArrowUturnLeft />
          {t("mall.finance.remittance.back")}
        </Link>
      </div>
      {isPending && (
        <Container className="flex flex-col gap-y-2 px-6 py-4">
          <Skeleton className="h-7 w-1/3" />
          <Skeleton className="h-5 w-2/3" />
        </Container>
      )}
      {error && !remittance && (
        <Container className="px-6 py-4">
          <Text size="small" className="text-ui-fg-error">
            {t("mall.common.loadError", { message: error.message })}
          </Text>
        </Container>
      )}
      {remittance && (
        <>
          <RemittanceHeader remittance={remittance} />
          <RemittanceSummary
            summary={remittance.summary}
            outcome={outcome}
            onOutcomeChange={changeOutcome}
          />
          <RemittanceLines
            remittanceId={remittance.id}
            remittanceStatus={remittance.status}
            lines={remittance.lines}
            count={lines_count ?? remittance.lines?.length}
            isLoading={isFetching}
            outcome={outcome}
            onOutcomeChange={changeOutcome}
            pagination={pagination}
            onPaginationChange={setPagination}
          />
        </>
      )}
    </div>
  )
}

export default RemittancePage
