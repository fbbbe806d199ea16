import { defineWidgetConfig } from "@medusajs/admin-sdk"
import { AdminCustomer, DetailWidgetProps } from "@medusajs/framework/types"
import { Badge, Container, Heading, StatusBadge, Text } from "@medusajs/ui"
import { useState } from "react"
import { useTranslation } from "react-i18next"
import { Link } from "react-router-dom"
import { EvidenceBadges } from "../components/crm/evidence-badges"
import {
  KindLabel,
  personName,
  SourceBadge,
  useFormatScore,
} from "../components/crm/labels"
import {
  MatchDecision,
  MatchDecisionDrawer,
} from "../components/crm/match-decision-drawer"
import { SalesOpsButton } from "../components/crm/sales-ops-button"
import { CrmRow, CrmValues, SIDE_LINK_CLASS } from "../components/crm/side-rows"
import {
  WidgetLoadError,
  WidgetSkeleton,
} from "../components/crm/widget-loading"
import { useCustomerCrm } from "../hooks/api/crm-review"
import { useMyDepartments } from "../hooks/api/departments"
import { formatDateTime } from "../lib/date"
import type { AdminCrmMatchCandidate } from "../../types/http/crm-matching"

const LINKED_BY_COLORS = {
  auto: "green",
  review: "blue",
  admin: "purple",
} as const

type Decision = {
  candidate: AdminCrmMatchCandidate
  mode: MatchDecision
}

/**
 * The customer page's CRM side: the contact the customer is linked to (how,
 * and how sure), the other customers of that contact, and the possible
 * duplicates waiting for sales ops, decided here or in the review queue.
 */
const CustomerCrmWidget = ({
  data: customer,
}: DetailWidgetProps<AdminCustomer>) => {
  const { t, i18n } = useTranslation()
  const score = useFormatScore()
  const {
    contact,
    link,
    other_customers: others = [],
    pending_candidates: candidates = [],
    isPending,
    isError,
    error,
  } = useCustomerCrm(customer.id)
  const { roleIn, isPending: meLoading } = useMyDepartments()
  const mayDecide = !!roleIn("sales_ops")
  const [decision, setDecision] = useState<Decision | null>(null)
  const [drawerOpen, setDrawerOpen] = useState(false)
  const loaded = !isPending && !isError

  const status = !loaded
    ? null
    : candidates.length
      ? { key: "review", color: "orange" as const }
      : link
        ? { key: "linked", color: "green" as const }
        : { key: "unlinked", color: "grey" as const }

  const decideButton = (
    candidate: AdminCrmMatchCandidate,
    mode: MatchDecision
  ) => (
    <SalesOpsButton
      allowed={mayDecide}
      deniedHint={t("mall.crm.customerWidget.notMember")}
      variant={mode === "accept" ? "secondary" : "transparent"}
      onClick={() => {
        setDecision({ candidate, mode })
        setDrawerOpen(true)
      }}
      data-testid={`mall-crm-customer-candidate-${mode}`}
    >
      {t(`mall.crm.matches.${mode}`)}
    </SalesOpsButton>
  )

  return (
    <Container className="divide-y p-0" data-testid="mall-crm-customer-widget">
      <div className="flex items-center justify-between gap-x-4 px-6 py-4">
        <Heading level="h2">{t("mall.crm.customerWidget.title")}</Heading>
        {status && (
          <StatusBadge
            color={status.color}
            data-testid="mall-crm-customer-status"
            data-status={status.key}
            className="whitespace-nowrap"
          >
            {t(`mall.crm.customerWidget.status.${status.key}`)}
          </StatusBadge>
        )}
      </div>

      {isPending && <WidgetSkeleton />}
      {isError && (
        <WidgetLoadError error={error} testId="mall-crm-customer-error" />
      )}

      {loaded && !contact && !candidates.length && (
        <div
          className="flex flex-col gap-y-1 px-6 py-4"
          data-testid="mall-crm-customer-empty"
        >
          <Text size="small" weight="plus" leading="compact">
            {t("mall.crm.customerWidget.empty")}
          </Text>
          <Text size="small" className="text-ui-fg-subtle">
            {t("mall.crm.customerWidget.emptyHint")}
          </Text>
        </div>
      )}

      {loaded && contact && (
        <div
          className="flex flex-col gap-y-3 px-6 py-4"
          data-testid="mall-crm-customer-contact"
          data-contact-id={contact.id}
        >
          <div className="flex flex-col gap-y-1">
            <Link
              to={`/crm/contacts/${contact.id}`}
              className={`${SIDE_LINK_CLASS} txt-compact-medium-plus`}
              data-testid="mall-crm-customer-contact-link"
            >
              {contact.display_name}
            </Link>
            <div className="flex flex-wrap items-center gap-2">
              <KindLabel kind={contact.kind} />
              <SourceBadge source={contact.source} />
            </div>
          </div>
          <CrmRow
            label={t("mall.crm.fields.phones")}
            testId="mall-crm-customer-phones"
          >
            <CrmValues values={contact.phones} />
          </CrmRow>
          <CrmRow
            label={t("mall.crm.fields.emails")}
            testId="mall-crm-customer-emails"
          >
            <CrmValues values={contact.emails} />
          </CrmRow>
          {contact.company_name && (
            <CrmRow label={t("mall.crm.fields.company")}>
              {contact.company_name}
            </CrmRow>
          )}
          <CrmRow
            label={t("mall.crm.fields.externalId")}
            testId="mall-crm-customer-external-id"
          >
            {contact.external_id && (
              <span className="tabular-nums">{contact.external_id}</span>
            )}
          </CrmRow>
          {link && (
            <CrmRow
              label={t("mall.crm.customerWidget.linked")}
              testId="mall-crm-customer-link"
            >
              <div className="flex flex-col items-end gap-y-0.5">
                <div className="flex items-center gap-x-1.5">
                  <Badge
                    size="2xsmall"
                    color={LINKED_BY_COLORS[link.linked_by] ?? "grey"}
                    data-testid="mall-crm-customer-linked-by"
                    data-linked-by={link.linked_by}
                  >
                    {t(`mall.crm.linkedBy.${link.linked_by}`, {
                      defaultValue: link.linked_by,
                    })}
                  </Badge>
                  {link.score !== null && (
                    <span
                      className="tabular-nums"
                      title={t("mall.crm.detail.score")}
                    >
                      {score(link.score)}
                    </span>
                  )}
                </div>
                <Text size="xsmall" className="text-ui-fg-subtle">
                  {formatDateTime(String(link.created_at), i18n.language)}
                </Text>
              </div>
            </CrmRow>
          )}
        </div>
      )}

      {loaded && contact && (
        <div
          className="flex flex-col gap-y-2 px-6 py-4"
          data-testid="mall-crm-customer-others"
        >
          <div className="flex items-center gap-x-2">
            <Heading level="h3">
              {t("mall.crm.customerWidget.otherCustomers")}
            </Heading>
            <Text size="small" className="text-ui-fg-muted tabular-nums">
              {others.length}
            </Text>
          </div>
          {others.length ? (
            <ul className="flex flex-col gap-y-2">
              {others.map((other) => {
                const otherName = personName(other.first_name, other.last_name)
                return (
                  <li
                    key={other.id}
                    className="flex flex-col"
                    data-testid="mall-crm-customer-other"
                  >
                    <Link
                      to={`/customers/${other.id}`}
                      className={`${SIDE_LINK_CLASS} truncate`}
                    >
                      {otherName || other.email || other.id}
                    </Link>
                    <Text size="xsmall" className="text-ui-fg-subtle truncate">
                      {[
                        otherName ? other.email : null,
                        other.has_account
                          ? t("mall.crm.detail.registered")
                          : t("mall.crm.detail.guest"),
                      ]
                        .filter(Boolean)
                        .join(" · ")}
                    </Text>
                  </li>
                )
              })}
            </ul>
          ) : (
            <Text size="small" className="text-ui-fg-muted">
              {t("mall.crm.customerWidget.noOtherCustomers")}
            </Text>
          )}
        </div>
      )}

      {loaded && candidates.length > 0 && (
        <div
          className="flex flex-col gap-y-3 px-6 py-4"
          data-testid="mall-crm-customer-candidates"
        >
          <div className="flex flex-col gap-y-1">
            <div className="flex items-center justify-between gap-x-2">
              <div className="flex items-center gap-x-2">
                <Heading level="h3">
                  {t("mall.crm.customerWidget.candidates")}
                </Heading>
                <Text size="small" className="text-ui-fg-muted tabular-nums">
                  {candidates.length}
                </Text>
              </div>
              <Link
                to="/crm/matches?status=pending"
                className={SIDE_LINK_CLASS}
                data-testid="mall-crm-customer-review-queue"
              >
                {t("mall.crm.customerWidget.reviewQueue")}
              </Link>
            </div>
            <Text size="small" className="text-ui-fg-subtle">
              {t("mall.crm.customerWidget.candidatesHint")}
            </Text>
          </div>
          <ul className="flex flex-col gap-y-3">
            {candidates.map((candidate) => (
              <li
                key={candidate.id}
                className="bg-ui-bg-subtle shadow-borders-base flex flex-col gap-y-2 rounded-md px-3 py-2.5"
                data-testid="mall-crm-customer-candidate"
                data-candidate-id={candidate.id}
              >
                <div className="flex items-start justify-between gap-x-2">
                  <div className="flex min-w-0 flex-col gap-y-0.5">
                    {candidate.contact ? (
                      <Link
                        to={`/crm/contacts/${candidate.contact.id}`}
                        className={`${SIDE_LINK_CLASS} truncate`}
                      >
                        {candidate.contact.display_name}
                      </Link>
                    ) : (
                      <Text size="small" className="text-ui-fg-muted">
                        {t("mall.crm.matches.contactGone")}
                      </Text>
                    )}
                    {candidate.contact && (
                      <div className="flex flex-wrap items-center gap-1.5">
                        <SourceBadge source={candidate.contact.source} />
                        {candidate.contact.external_id && (
                          <Text
                            size="xsmall"
                            className="text-ui-fg-subtle tabular-nums"
                          >
                            {candidate.contact.external_id}
                          </Text>
                        )}
                      </div>
                    )}
                  </div>
                  <div className="flex shrink-0 flex-col items-end">
                    <Text
                      size="base"
                      weight="plus"
                      leading="compact"
                      className="tabular-nums"
                      data-testid="mall-crm-customer-candidate-score"
                    >
                      {score(candidate.score)}
                    </Text>
                    <Text size="xsmall" className="text-ui-fg-subtle">
                      {t("mall.crm.detail.score")}
                    </Text>
                  </div>
                </div>
                <EvidenceBadges evidence={candidate.evidence} />
                {!meLoading && (
                  <div className="flex items-center justify-end gap-x-1">
                    {decideButton(candidate, "reject")}
                    {decideButton(candidate, "accept")}
                  </div>
                )}
              </li>
            ))}
          </ul>
        </div>
      )}

      {decision && (
        <MatchDecisionDrawer
          candidate={decision.candidate}
          mode={decision.mode}
          open={drawerOpen}
          onOpenChange={setDrawerOpen}
          testIds={{
            drawer: "mall-crm-customer-decision-drawer",
            reason: "mall-crm-customer-decision-reason",
            error: "mall-crm-customer-decision-error",
          }}
        />
      )}
    </Container>
  )
}

// The side column, next to the addresses: who this customer is in the CRM.
export const config = defineWidgetConfig({
  zone: "customer.details.side.before",
  id: "enterprise-mall:customer-crm",
})

export default CustomerCrmWidget
