import { ArrowUturnLeft } from "@medusajs/icons"
import { Container, Skeleton, Text } from "@medusajs/ui"
import { useTranslation } from "react-i18next"
import { Link, useParams } from "react-router-dom"
import { useCrmMatch } from "../../../../hooks/api/crm-review"
import { useUserLabels } from "../../../../hooks/api/departments"
import { CandidateCard } from "../components/candidate-card"

/**
 * One match candidate on its own page: both records side by side with the
 * evidence, Accept / Reject while pending, the decision after.
 */
const MatchPage = () => {
  const { t } = useTranslation()
  const { id = "" } = useParams()
  const { match_candidate, isPending, error } = useCrmMatch(id)
  const userLabel = useUserLabels([match_candidate?.decided_by])

  return (
    <div className="flex flex-col gap-y-3" data-testid="mall-crm-match-page">
      <div>
        <Link
          to="/crm/matches"
          className="text-ui-fg-subtle hover:text-ui-fg-base txt-compact-small inline-flex items-center gap-x-1"
        >
          <ArrowUturnLeft />
          {t("mall.crm.matches.back")}
        </Link>
      </div>
      {isPending && (
        <Container className="flex flex-col gap-y-2 px-6 py-4">
          <Skeleton className="h-7 w-1/3" />
          <Skeleton className="h-40 w-full" />
        </Container>
      )}
      {error && !match_candidate && (
        <Container className="px-6 py-4">
          <Text size="small" className="text-ui-fg-error">
            {t("mall.common.loadError", { message: error.message })}
          </Text>
        </Container>
      )}
      {match_candidate && (
        <CandidateCard candidate={match_candidate} userLabel={userLabel} />
      )}
    </div>
  )
}

export default MatchPage
