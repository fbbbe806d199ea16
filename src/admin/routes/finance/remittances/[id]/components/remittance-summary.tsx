import { Container, Heading, Text } from "@medusajs/ui"
import { useTranslation } from "react-i18next"
import { MallStatusBadge } from "../../../../../components/mall-status-badge"
import { Amounts } from "../../../../../components/money"
import {
  REMITTANCE_LINE_OUTCOMES,
  RemittanceLineOutcome,
  RemittanceSummary as Summary,
} from "../../../../../lib/finance-types"
import { OUTCOME_COLORS } from "../../../../../lib/status-colors"

/** How many lines matched, and how many need a look, per outcome. */
export const RemittanceSummary = ({
  summary,
  outcome,
  onOutcomeChange,
}: {
  summary: Summary
  /** The outcome the lines below are filtered by; clicking a count sets it. */
  outcome: RemittanceLineOutcome | undefined
  onOutcomeChange: (outcome: RemittanceLineOutcome | undefined) => void
}) => {
  const { t } = useTranslation()

  return (
    <Container className="divide-y p-0" data-testid="mall-remittance-summary">
      <div className="px-6 py-4">
        <Heading level="h2">{t("mall.finance.remittance.summary")}</Heading>
      </div>
      <div className="grid grid-cols-2 gap-3 px-6 py-4 md:grid-cols-3 xl:grid-cols-6">
        {REMITTANCE_LINE_OUTCOMES.map((key) => {
          const active = outcome === key
          return (
            <button
              key={key}
              type="button"
              onClick={() => onOutcomeChange(active ? undefined : key)}
              aria-pressed={active}
              className={`shadow-borders-base flex flex-col items-start gap-y-2 rounded-lg px-4 py-3 text-left outline-none transition-colors focus-visible:shadow-borders-focus ${
                active
                  ? "bg-ui-bg-highlight"
                  : "bg-ui-bg-base hover:bg-ui-bg-base-hover"
              }`}
              data-testid="mall-remittance-outcome-count"
              data-outcome={key}
              data-count={summary[key]}
            >
              <MallStatusBadge
                status={key}
                colors={OUTCOME_COLORS}
                labelPrefix="mall.finance.outcome"
              />
              <Text size="xlarge" weight="plus" className="tabular-nums">
                {summary[key]}
              </Text>
            </button>
          )
        })}
      </div>
      <div className="grid grid-cols-2 gap-4 px-6 py-4">
        <div className="flex flex-col gap-y-1">
          <Text size="xsmall" className="text-ui-fg-subtle">
            {t("mall.finance.remittance.totalAmount")}
          </Text>
          <Text size="small" weight="plus">
            <Amounts amounts={summary.total_amount} />
          </Text>
        </div>
        <div className="flex flex-col gap-y-1">
          <Text size="xsmall" className="text-ui-fg-subtle">
            {t("mall.finance.remittance.matchedAmount")}
          </Text>
          <Text size="small" weight="plus">
            <Amounts amounts={summary.matched_amount} />
          </Text>
        </div>
      </div>
    </Container>
  )
}
