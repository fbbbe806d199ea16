import { CodeMerge } from "@medusajs/icons"
import { Button, Container, Heading, Text } from "@medusajs/ui"
import { useTranslation } from "react-i18next"
import { KindLabel, SourceBadge } from "../../../../../components/crm/labels"
import type { AdminCrmContact } from "../../../../../lib/crm-types"
import { formatDateTime } from "../../../../../lib/date"
import { Field } from "./section"

const Values = ({ values, testId }: { values: string[]; testId: string }) =>
  values.length ? (
    <ul className="flex flex-col" data-testid={testId}>
      {values.map((value) => (
        <li key={value} className="tabular-nums">
          {value}
        </li>
      ))}
    </ul>
  ) : null

/** The contact's name, kind and source, its fields, and Merge. */
export const ContactHeader = ({
  contact,
  onMerge,
}: {
  contact: AdminCrmContact
  /** Left out for a contact that was merged into another. */
  onMerge?: () => void
}) => {
  const { t, i18n } = useTranslation()
  const isCompany = contact.kind === "company"

  return (
    <Container className="divide-y p-0" data-testid="mall-crm-contact-header">
      <div className="flex flex-wrap items-start justify-between gap-4 px-6 py-4">
        <div className="flex flex-col gap-y-1">
          <div className="flex flex-wrap items-center gap-x-3 gap-y-1">
            <Heading level="h1" data-testid="mall-crm-contact-title">
              {contact.display_name}
            </Heading>
            <SourceBadge source={contact.source} />
          </div>
          <div className="flex items-center gap-x-3">
            <KindLabel kind={contact.kind} />
            {contact.external_id && (
              <Text size="small" className="text-ui-fg-subtle font-mono">
                {contact.external_id}
              </Text>
            )}
          </div>
        </div>
        {onMerge && (
          <Button
            size="small"
            variant="secondary"
            onClick={onMerge}
            data-testid="mall-crm-merge"
          >
            <CodeMerge />
            {t("mall.crm.merge.action")}
          </Button>
        )}
      </div>
      <div className="grid grid-cols-2 gap-4 px-6 py-4 md:grid-cols-4">
        {!isCompany && (contact.last_name || contact.first_name) && (
          <>
            <Field label={t("mall.crm.fields.lastName")}>
              {contact.last_name}
            </Field>
            <Field label={t("mall.crm.fields.firstName")}>
              {contact.first_name}
            </Field>
          </>
        )}
        {!isCompany && contact.full_name && (
          <Field label={t("mall.crm.fields.fullName")}>
            {contact.full_name}
          </Field>
        )}
        <Field label={t("mall.crm.fields.company")}>
          {contact.company_name}
        </Field>
        <Field label={t("mall.crm.fields.phones")}>
          <Values values={contact.phones} testId="mall-crm-contact-phones" />
        </Field>
        <Field label={t("mall.crm.fields.emails")}>
          <Values values={contact.emails} testId="mall-crm-contact-emails" />
        </Field>
        <Field label={t("mall.crm.fields.taxId")}>
          {contact.tax_id && (
            <span className="font-mono">{contact.tax_id}</span>
          )}
        </Field>
        <Field label={t("mall.crm.fields.externalId")}>
          {contact.external_id && (
            <span className="font-mono">{contact.external_id}</span>
          )}
        </Field>
        <Field label={t("mall.crm.fields.createdAt")}>
          {formatDateTime(contact.created_at, i18n.language)}
        </Field>
        <Field label={t("mall.crm.fields.updatedAt")}>
          {formatDateTime(contact.updated_at, i18n.language)}
        </Field>
      </div>
    </Container>
  )
}
