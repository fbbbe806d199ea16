import { ArrowRightMini, Check, XMark } from "@medusajs/icons"
import { Button, Container, Heading, Text } from "@medusajs/ui"
import { useState } from "react"
import { useTranslation } from "react-i18next"
import { Link } from "react-router-dom"
import type { AdminCrmMatchCandidate } from "../../../../../types/http/crm-matching"
import { useFormatScore } from "../../../../components/crm/labels"
import {
  candidateNames,
  MatchDecision,
  MatchDecisionDrawer,
} from "../../../../components/crm/match-decision-drawer"
import { RecordComparison } from "../../../../components/crm/record-comparison"
import { MallStatusBadge } from "../../../../components/mall-status-badge"
import { formatDateTime } from "../../../../lib/date"
import { MATCH_CANDIDATE_STATUS_COLORS } from "../../../../lib/status-colors"

/**
 * One match candidate to decide: "may these two be the same customer?",
 * the score, both records side by side with the evidence per field, and
 * Accept / Reject while it is pending; who decided, when and why after.
 */
export const CandidateCard = ({
  candidate,
  userLabel,
  showOpen,
  onDecided,
}: {
  candidate: AdminCrmMatchCandidate
  userLabel: (id: string | null | undefined) => string | null
  /** A link to the candidate's own page (in the queue). */
  showOpen?: boolean
  onDecided?: () => void
}) => {
  const { t, i18n } = useTranslation()
  const formatScore = useFormatScore()
  const [mode, setMode] = useState<MatchDecision>("accept")
  const [open, setOpen] = useState(false)
  const decide = (next: MatchDecision) => {
    setMode(next)
    setOpen(true)
  }
  const names = candidateNames(candidate)
  const pending = candidate.status === "pending"

  return (
    <Container
      className="divide-y p-0"
      data-testid="mall-crm-match"
      data-id={candidate.id}
      data-status={candidate.status}
    >
      <div className="flex flex-wrap items-start justify-between gap-4 px-6 py-4">
        <div className="flex min-w-0 items-start gap-x-4">
          <div
            className="bg-ui-bg-subtle shadow-borders-base flex min-w-[4.5rem] flex-col items-center rounded-lg px-3 py-1.5"
            data-testid="mall-crm-match-score"
          >
            <Text size="xlarge" weight="plus" className="tabular-nums">
              {formatScore(candidate.score)}
            </Text>
            <Text size="xsmall" className="text-ui-fg-subtle">
              {t("mall.crm.detail.score")}
            </Text>
          </div>
          <div className="flex min-w-0 flex-col gap-y-1">
            <Heading level="h2" className="break-words">
              {t(`mall.crm.matches.question.${candidate.subject_type}`, names)}
            </Heading>
            <div className="flex flex-wrap items-center gap-x-3 gap-y-1">
              <MallStatusBadge
                status={candidate.status}
                colors={MATCH_CANDIDATE_STATUS_COLORS}
                labelPrefix="mall.crm.candidateStatus"
                testId="mall-crm-match-status"
              />
              <Text size="xsmall" className="text-ui-fg-subtle">
                {t("mall.crm.matches.proposedAt", {
                  date: formatDateTime(candidate.created_at, i18n.language),
                })}
              </Text>
            </div>
            {!pending && (
              <Text
                size="small"
                className="text-ui-fg-subtle break-words"
                data-testid="mall-crm-match-decision"
              >
                {t(`mall.crm.matches.decidedLine.${candidate.status}`, {
                  user: userLabel(candidate.decided_by) ?? "—",
                  date: formatDateTime(candidate.decided_at, i18n.language),
                })}
                {candidate.reason && (
                  <>
                    {" · "}
                    <span className="text-ui-fg-base">
                      “{candidate.reason}”
                    </span>
                  </>
                )}
              </Text>
            )}
          </div>
        </div>
        <div className="flex shrink-0 items-center gap-x-2">
          {showOpen && (
            <Button size="small" variant="transparent" asChild>
              <Link
                to={`/crm/matches/${candidate.id}`}
                data-testid="mall-crm-match-open"
              >
                {t("mall.crm.matches.open")}
                <ArrowRightMini />
              </Link>
            </Button>
          )}
          {pending && (
            <>
              <Button
                size="small"
                variant="secondary"
                onClick={() => decide("reject")}
                data-testid="mall-crm-match-reject"
              >
                <XMark />
                {t("mall.crm.matches.reject")}
              </Button>
              <Button
                size="small"
                variant="primary"
                onClick={() => decide("accept")}
                data-testid="mall-crm-match-accept"
              >
                <Check />
                {t("mall.crm.matches.accept")}
              </Button>
            </>
          )}
        </div>
      </div>
      <RecordComparison candidate={candidate} />
      {pending && (
        <MatchDecisionDrawer
          candidate={candidate}
          mode={mode}
          open={open}
          onOpenChange={setOpen}
          onDecided={onDecided}
        />
      )}
    </Container>
  )
}
