import { Badge, Table, Text } from "@medusajs/ui"
import { ReactNode } from "react"
import { useTranslation } from "react-i18next"
import { Link } from "react-router-dom"
import type {
  AdminCrmContactView,
  AdminCrmMatchCandidate,
} from "../../../types/http/crm-matching"
import type {
  ContactRecord,
  EvidenceField,
  FieldEvidence,
} from "../../lib/crm-types"
import { EVIDENCE_FIELDS } from "../../lib/crm-types"
import { ContactName } from "./contact-name"
import {
  EvidenceExplanation,
  EvidencePoints,
  useEvidenceFieldLabel,
  useFormatPoints,
} from "./evidence"
import {
  formatAddress,
  KindLabel,
  personName,
  recordName,
  SourceBadge,
  useFormatScore,
} from "./labels"

/** A contact as the matcher compares it. */
const contactRecord = (contact: AdminCrmContactView): ContactRecord => ({
  kind: contact.kind,
  first_name: contact.first_name,
  last_name: contact.last_name,
  full_name: contact.full_name ?? contact.display_name,
  phones: contact.phones,
  emails: contact.emails,
  company_name: contact.company_name,
  tax_id: contact.tax_id,
  addresses: contact.addresses,
})

/** The values of one field of a record, one per line. */
const fieldValues = (
  record: ContactRecord | null,
  field: EvidenceField
): string[] => {
  if (!record) {
    return []
  }
  switch (field) {
    case "phone":
      return record.phones ?? []
    case "email":
      return record.emails ?? []
    case "name": {
      const name =
        record.full_name || personName(record.first_name, record.last_name)
      return name ? [name] : []
    }
    case "company":
      return record.company_name ? [record.company_name] : []
    case "tax_id":
      return record.tax_id ? [record.tax_id] : []
    case "address":
      return (record.addresses ?? []).map((a) => formatAddress(a).join(", "))
  }
}

/** A cell over several columns (the table's cell has no colSpan in its type). */
const SpanCell = ({
  span,
  className = "",
  children,
}: {
  span: number
  className?: string
  children?: ReactNode
}) => (
  <td colSpan={span} className={`h-12 py-0 pl-0 pr-6 ${className}`}>
    {children}
  </td>
)

const Values = ({ values }: { values: string[] }) =>
  values.length ? (
    <div className="flex flex-col gap-y-0.5">
      {values.map((value, i) => (
        <Text
          key={`${value}-${i}`}
          size="small"
          leading="compact"
          className="break-words"
        >
          {value}
        </Text>
      ))}
    </div>
  ) : (
    <Text size="small" className="text-ui-fg-muted">
      —
    </Text>
  )

/** The title of one side: what it is, its name (a link), its badges. */
const SideHeader = ({
  role,
  name,
  to,
  badges,
  note,
  testId,
}: {
  role: string
  name: string
  to?: string
  badges?: ReactNode
  note?: ReactNode
  testId: string
}) => (
  <div className="flex min-w-0 flex-col gap-y-0.5" data-testid={testId}>
    <Text size="xsmall" className="text-ui-fg-subtle whitespace-nowrap">
      {role}
    </Text>
    <div className="flex flex-wrap items-center gap-x-2 gap-y-1">
      {to ? (
        <Link
          to={to}
          className="text-ui-fg-interactive hover:text-ui-fg-interactive-hover txt-compact-small-plus break-words"
          onClick={(event) => event.stopPropagation()}
        >
          {name}
        </Link>
      ) : (
        <Text size="small" weight="plus" leading="compact">
          {name}
        </Text>
      )}
      {badges}
    </div>
    {note}
  </div>
)

/** Who the subject is: an online customer or an imported contact. */
const SubjectHeader = ({
  candidate,
}: {
  candidate: AdminCrmMatchCandidate
}) => {
  const { t } = useTranslation()
  const fallback = recordName(candidate.subject) ?? candidate.subject_id
  const gone = (
    <Text size="xsmall" className="text-ui-fg-muted">
      {t("mall.crm.matches.gone")}
    </Text>
  )

  if (candidate.subject_type === "customer") {
    const customer = candidate.customer
    const name = customer
      ? personName(customer.first_name, customer.last_name) ||
        customer.email ||
        fallback
      : fallback
    return (
      <SideHeader
        role={t("mall.crm.matches.subject.customer")}
        name={name}
        to={customer ? `/customers/${customer.id}` : undefined}
        badges={
          customer && (
            <Badge size="2xsmall" color="blue" className="whitespace-nowrap">
              {customer.has_account
                ? t("mall.crm.detail.registered")
                : t("mall.crm.detail.guest")}
            </Badge>
          )
        }
        note={
          customer
            ? customer.email &&
              customer.email !== name && (
                <Text size="xsmall" className="text-ui-fg-subtle">
                  {customer.email}
                </Text>
              )
            : gone
        }
        testId="mall-crm-match-subject"
      />
    )
  }

  const contact = candidate.subject_contact
  return (
    <SideHeader
      role={t("mall.crm.matches.subject.contact")}
      name={contact?.display_name ?? fallback}
      to={contact ? `/crm/contacts/${contact.id}` : undefined}
      badges={contact && <SourceBadge source={contact.source} />}
      note={
        contact
          ? contact.external_id && (
              <Text size="xsmall" className="text-ui-fg-subtle font-mono">
                {contact.external_id}
              </Text>
            )
          : gone
      }
      testId="mall-crm-match-subject"
    />
  )
}

/**
 * The existing contact the subject may be. Once it was merged, the
 * candidate still names it (a decision is about the records compared), so
 * the surviving contact, where its customers are now, is named and linked.
 */
const ContactHeader = ({
  candidate,
}: {
  candidate: AdminCrmMatchCandidate
}) => {
  const { t } = useTranslation()
  const { contact, contact_merged_into_id: survivorId } = candidate
  const survivor = survivorId && (
    <Text
      size="xsmall"
      className="text-ui-fg-subtle"
      data-testid="mall-crm-match-contact-survivor"
    >
      {t("mall.crm.matches.mergedInto")}{" "}
      <Link
        to={`/crm/contacts/${survivorId}`}
        className="text-ui-fg-interactive hover:text-ui-fg-interactive-hover txt-compact-xsmall-plus"
        onClick={(event) => event.stopPropagation()}
      >
        <ContactName id={survivorId} />
      </Link>
    </Text>
  )
  if (!contact) {
    return (
      <SideHeader
        role={t("mall.crm.matches.existing")}
        name={t("mall.crm.matches.contactGone")}
        note={
          survivor || (
            <Text size="xsmall" className="text-ui-fg-muted font-mono">
              {candidate.contact_id}
            </Text>
          )
        }
        testId="mall-crm-match-contact"
      />
    )
  }
  return (
    <SideHeader
      role={t("mall.crm.matches.existing")}
      name={contact.display_name}
      to={`/crm/contacts/${contact.id}`}
      badges={<SourceBadge source={contact.source} />}
      note={
        <div className="flex flex-wrap items-center gap-x-2">
          {contact.external_id && (
            <Text size="xsmall" className="text-ui-fg-subtle font-mono">
              {contact.external_id}
            </Text>
          )}
          {survivor}
        </div>
      }
      testId="mall-crm-match-contact"
    />
  )
}

/**
 * Both records of a match candidate side by side, field by field, with how
 * each field compared and the points it gave; the sum is behind the score.
 * Fields neither record has are named on one line below.
 */
export const RecordComparison = ({
  candidate,
}: {
  candidate: AdminCrmMatchCandidate
}) => {
  const { t } = useTranslation()
  const fieldLabel = useEvidenceFieldLabel()
  const formatPoints = useFormatPoints()
  const formatScore = useFormatScore()
  const subject = candidate.subject_contact
    ? contactRecord(candidate.subject_contact)
    : candidate.subject
  const contact = candidate.contact ? contactRecord(candidate.contact) : null
  const byField = new Map<string, FieldEvidence>(
    candidate.evidence.map((e) => [e.field, e])
  )
  const rows = EVIDENCE_FIELDS.map((field) => ({
    field,
    evidence: byField.get(field),
    left: fieldValues(subject, field),
    right: fieldValues(contact, field),
  }))
  // Custom matchers may compare fields of their own.
  for (const e of candidate.evidence) {
    if (!(EVIDENCE_FIELDS as readonly string[]).includes(e.field)) {
      rows.push({
        field: e.field,
        evidence: e,
        left: e.left ? [e.left] : [],
        right: e.right ? [e.right] : [],
      })
    }
  }
  const shown = rows.filter(
    (row) =>
      row.left.length ||
      row.right.length ||
      (row.evidence && row.evidence.code !== "missing")
  )
  const absent = rows.filter((row) => !shown.includes(row))
  const total = candidate.evidence.reduce((sum, e) => sum + e.points, 0)
  const kindConflict = !!contact && contact.kind !== subject.kind
  return (
    <div className="overflow-x-auto" data-testid="mall-crm-match-comparison">
      <Table className="table-fixed">
        <colgroup>
          <col className="w-[9rem]" />
          <col className="w-[22%]" />
          <col className="w-[22%]" />
          <col />
          <col className="w-[6rem]" />
        </colgroup>
        <Table.Header>
          <Table.Row className="[&_th:first-child]:pl-6 [&_th:last-child]:pr-6">
            <Table.HeaderCell className="align-bottom">
              {t("mall.crm.matches.field")}
            </Table.HeaderCell>
            <Table.HeaderCell className="h-auto py-2 align-bottom">
              <SubjectHeader candidate={candidate} />
            </Table.HeaderCell>
            <Table.HeaderCell className="h-auto py-2 align-bottom">
              <ContactHeader candidate={candidate} />
            </Table.HeaderCell>
            <Table.HeaderCell className="align-bottom">
              {t("mall.crm.matches.comparison")}
            </Table.HeaderCell>
            <Table.HeaderCell className="text-right align-bottom">
              {t("mall.crm.matches.points")}
            </Table.HeaderCell>
          </Table.Row>
        </Table.Header>
        <Table.Body>
          <Table.Row className="[&_td:first-child]:pl-6 [&_td:last-child]:pr-6">
            <Table.Cell className="text-ui-fg-subtle">
              {t("mall.crm.fields.kind")}
            </Table.Cell>
            <Table.Cell>
              <KindLabel kind={subject.kind} />
            </Table.Cell>
            <Table.Cell>
              {contact && <KindLabel kind={contact.kind} />}
            </Table.Cell>
            <SpanCell span={2}>
              {kindConflict && (
                <Text size="small" className="text-ui-fg-error">
                  {t("mall.crm.matches.kindConflict")}
                </Text>
              )}
            </SpanCell>
          </Table.Row>
          {shown.map((row) => (
            <Table.Row
              key={row.field}
              className="[&_td:first-child]:pl-6 [&_td:last-child]:pr-6"
              data-testid="mall-crm-evidence"
              data-field={row.field}
              data-code={row.evidence?.code}
            >
              <Table.Cell className="text-ui-fg-subtle h-auto py-3 align-top">
                {fieldLabel(row.field)}
              </Table.Cell>
              <Table.Cell className="h-auto py-3 align-top">
                <Values values={row.left} />
              </Table.Cell>
              <Table.Cell className="h-auto py-3 align-top">
                <Values values={row.right} />
              </Table.Cell>
              <Table.Cell className="h-auto py-3 align-top">
                {row.evidence ? (
                  <EvidenceExplanation evidence={row.evidence} />
                ) : (
                  <Text size="small" className="text-ui-fg-muted">
                    {t("mall.crm.matches.notCompared")}
                  </Text>
                )}
              </Table.Cell>
              <Table.Cell className="h-auto py-3 text-right align-top">
                {row.evidence && (
                  <EvidencePoints points={row.evidence.points} />
                )}
              </Table.Cell>
            </Table.Row>
          ))}
          <Table.Row className="bg-ui-bg-subtle [&_td:first-child]:pl-6 [&_td:last-child]:pr-6">
            <Table.Cell>
              <Text size="small" weight="plus">
                {t("mall.crm.matches.total")}
              </Text>
            </Table.Cell>
            <SpanCell span={3} className="h-auto py-2">
              <Text size="small" className="text-ui-fg-subtle">
                {t("mall.crm.matches.scoreIs", {
                  score: formatScore(candidate.score),
                })}
                {absent.length > 0 &&
                  ` · ${t("mall.crm.matches.neither", {
                    fields: absent
                      .map((row) => fieldLabel(row.field))
                      .join(t("mall.crm.matches.listSeparator")),
                  })}`}
              </Text>
            </SpanCell>
            <Table.Cell className="text-right">
              <Text
                size="small"
                weight="plus"
                className="tabular-nums"
                data-testid="mall-crm-evidence-total"
              >
                {formatPoints(total)}
              </Text>
            </Table.Cell>
          </Table.Row>
        </Table.Body>
      </Table>
    </div>
  )
}
