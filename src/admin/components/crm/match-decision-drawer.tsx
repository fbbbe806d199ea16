import { Alert, Text, toast } from "@medusajs/ui"
import { useTranslation } from "react-i18next"
import type { AdminCrmMatchCandidate } from "../../../types/http/crm-matching"
import {
  useAcceptCrmMatch,
  useRejectCrmMatch,
} from "../../hooks/api/crm-review"
import { personName, recordName, useFormatScore } from "./labels"
import { DecisionTestIds, ReasonDecisionDrawer } from "./reason-decision-drawer"

export type MatchDecision = "accept" | "reject"

/** How to name each side of a candidate in a sentence. */
export const candidateNames = (candidate: AdminCrmMatchCandidate) => {
  const fallback = recordName(candidate.subject) ?? candidate.subject_id
  const customer = candidate.customer
  const subject =
    candidate.subject_type === "customer"
      ? customer
        ? personName(customer.first_name, customer.last_name) ||
          customer.email ||
          fallback
        : fallback
      : (candidate.subject_contact?.display_name ?? fallback)
  return {
    subject,
    contact: candidate.contact?.display_name ?? "—",
  }
}

/**
 * Accept ("same customer": links the customer to the contact, or folds the
 * imported contact into it) or reject ("different customers": the pair is
 * never proposed again). The match review and the customer's widget both
 * decide here, so both say the same of what the decision does.
 */
export const MatchDecisionDrawer = ({
  candidate,
  mode,
  open,
  onOpenChange,
  onDecided,
  testIds = {
    drawer: `mall-crm-match-${mode}-drawer`,
    reason: "mall-crm-match-reason",
    error: "mall-crm-match-error",
  },
}: {
  candidate: AdminCrmMatchCandidate
  mode: MatchDecision
  open: boolean
  onOpenChange: (open: boolean) => void
  onDecided?: () => void
  testIds?: DecisionTestIds
}) => {
  const { t } = useTranslation()
  const formatScore = useFormatScore()
  const accept = useAcceptCrmMatch(candidate.id)
  const reject = useRejectCrmMatch(candidate.id)
  const names = candidateNames(candidate)
  const consequence =
    mode === "reject"
      ? "reject"
      : candidate.subject_type === "customer"
        ? "acceptCustomer"
        : "acceptContact"

  const decide = async (reason: string | undefined) => {
    if (mode === "accept") {
      const result = await accept.mutateAsync({ reason })
      const others = result.rejected_candidate_ids?.length ?? 0
      toast.success(t("mall.crm.matches.decide.toast.accepted"), {
        description: [
          t(`mall.crm.matches.decide.done.${consequence}`, names),
          others
            ? t("mall.crm.matches.decide.othersRejected", { count: others })
            : null,
        ]
          .filter(Boolean)
          .join(" "),
      })
    } else {
      await reject.mutateAsync({ reason })
      toast.success(t("mall.crm.matches.decide.toast.rejected"), {
        description: t("mall.crm.matches.decide.done.reject", names),
      })
    }
    onDecided?.()
  }

  return (
    <ReasonDecisionDrawer
      open={open}
      onOpenChange={onOpenChange}
      negative={mode === "reject"}
      title={t(`mall.crm.matches.decide.title.${mode}`)}
      description={t(`mall.crm.matches.decide.description.${mode}`)}
      submitLabel={t(`mall.crm.matches.decide.submit.${mode}`)}
      reasonHint={t(`mall.crm.matches.decide.reasonHint.${mode}`)}
      missingReason={t("mall.crm.matches.decide.errors.reason")}
      isSubmitting={accept.isPending || reject.isPending}
      onDecide={decide}
      testIds={testIds}
    >
      <Alert
        variant={mode === "reject" ? "warning" : "info"}
        data-testid="mall-crm-match-decision-summary"
      >
        <Text size="small">
          {t(`mall.crm.matches.decide.summary.${consequence}`, {
            ...names,
            score: formatScore(candidate.score),
          })}
        </Text>
      </Alert>
    </ReasonDecisionDrawer>
  )
}
