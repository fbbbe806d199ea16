import { CodeMerge } from "@medusajs/icons"
import { Badge, Button, Table, Text } from "@medusajs/ui"
import { useTranslation } from "react-i18next"
import { Link } from "react-router-dom"
import { ContactName } from "../../../../../components/crm/contact-name"
import { EvidenceBadges } from "../../../../../components/crm/evidence-badges"
import {
  recordName,
  useFormatScore,
} from "../../../../../components/crm/labels"
import { MallStatusBadge } from "../../../../../components/mall-status-badge"
import type { AdminCrmMatchCandidate } from "../../../../../lib/crm-types"
import { MATCH_CANDIDATE_STATUS_COLORS } from "../../../../../lib/status-colors"
import { Section } from "./section"

/** The other side of a candidate, seen from this contact. */
type Other =
  | { type: "customer"; id: string; name: string | null }
  | { type: "contact"; id: string; name: string | null }

const otherSide = (
  candidate: AdminCrmMatchCandidate,
  contactId: string
): { other: Other; direction: "incoming" | "outgoing" } =>
  candidate.contact_id === contactId
    ? {
        // Someone else may be this contact.
        direction: "incoming",
        other: {
          type: candidate.subject_type,
          id: candidate.subject_id,
          name: recordName(candidate.subject),
        },
      }
    : {
        // This contact (as imported) may be another contact.
        direction: "outgoing",
        other: { type: "contact", id: candidate.contact_id, name: null },
      }

/**
 * Records that may be the same customer as this contact, with the score and
 * the evidence field by field. A pending candidate that is another contact
 * can be merged into this one from here.
 */
export const MatchCandidates = ({
  contactId,
  candidates,
  mergedIds,
  onMerge,
}: {
  contactId: string
  candidates: AdminCrmMatchCandidate[]
  /** Contacts already merged into this one: nothing left to merge. */
  mergedIds: Set<string>
  /** Left out when this contact cannot take a merge (it was merged itself). */
  onMerge?: (contact: { id: string; name: string | null }) => void
}) => {
  const { t } = useTranslation()
  const score = useFormatScore()

  return (
    <Section
      title={t("mall.crm.detail.candidates")}
      count={candidates.length}
      description={t("mall.crm.detail.candidatesHint")}
      empty={candidates.length ? undefined : t("mall.crm.detail.noCandidates")}
      testId="mall-crm-contact-candidates"
    >
      <Table>
        <Table.Header>
          <Table.Row>
            <Table.HeaderCell>{t("mall.crm.detail.record")}</Table.HeaderCell>
            <Table.HeaderCell>{t("mall.crm.detail.score")}</Table.HeaderCell>
            <Table.HeaderCell>{t("mall.crm.detail.evidence")}</Table.HeaderCell>
            <Table.HeaderCell>{t("mall.crm.detail.status")}</Table.HeaderCell>
            <Table.HeaderCell />
          </Table.Row>
        </Table.Header>
        <Table.Body>
          {candidates.map((candidate) => {
            const { other, direction } = otherSide(candidate, contactId)
            const to =
              other.type === "customer"
                ? `/customers/${other.id}`
                : `/crm/contacts/${other.id}`
            const merged = other.type === "contact" && mergedIds.has(other.id)
            const mergeable =
              onMerge &&
              !merged &&
              other.type === "contact" &&
              candidate.status === "pending"
            return (
              <Table.Row
                key={candidate.id}
                data-testid="mall-crm-candidate"
                data-status={candidate.status}
                className="[&_td:first-child]:pl-6 [&_td:last-child]:pr-6"
              >
                <Table.Cell className="h-auto py-2">
                  <Link to={to} className="flex flex-col">
                    <Text
                      size="small"
                      weight="plus"
                      leading="compact"
                      className="text-ui-fg-interactive hover:text-ui-fg-interactive-hover"
                    >
                      {other.type === "contact" ? (
                        <ContactName id={other.id} name={other.name} />
                      ) : (
                        (other.name ?? other.id)
                      )}
                    </Text>
                    <Text size="xsmall" className="text-ui-fg-subtle">
                      {t(
                        `mall.crm.detail.direction.${direction}.${other.type}`
                      )}
                    </Text>
                  </Link>
                </Table.Cell>
                <Table.Cell>
                  <Text
                    size="small"
                    weight="plus"
                    className="tabular-nums"
                    data-testid="mall-crm-candidate-score"
                  >
                    {score(candidate.score)}
                  </Text>
                </Table.Cell>
                <Table.Cell className="h-auto py-2">
                  <EvidenceBadges
                    evidence={candidate.evidence}
                    className="max-w-[24rem]"
                    empty={<span className="text-ui-fg-muted">—</span>}
                  />
                </Table.Cell>
                <Table.Cell>
                  <MallStatusBadge
                    status={candidate.status}
                    colors={MATCH_CANDIDATE_STATUS_COLORS}
                    labelPrefix="mall.crm.candidateStatus"
                  />
                </Table.Cell>
                <Table.Cell className="text-right">
                  {merged && (
                    <Badge
                      size="2xsmall"
                      color="grey"
                      className="whitespace-nowrap"
                      data-testid="mall-crm-candidate-merged"
                    >
                      {t("mall.crm.detail.alreadyMerged")}
                    </Badge>
                  )}
                  {mergeable && (
                    <Button
                      size="small"
                      variant="transparent"
                      onClick={() =>
                        onMerge({
                          id: other.id,
                          name: other.name,
                        })
                      }
                      data-testid="mall-crm-candidate-merge"
                    >
                      <CodeMerge />
                      {t("mall.crm.merge.short")}
                    </Button>
                  )}
                </Table.Cell>
              </Table.Row>
            )
          })}
        </Table.Body>
      </Table>
    </Section>
  )
}
