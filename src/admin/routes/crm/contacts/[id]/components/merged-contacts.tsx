import { Table, Text } from "@medusajs/ui"
import { useTranslation } from "react-i18next"
import { Link } from "react-router-dom"
import { SourceBadge } from "../../../../../components/crm/labels"
import type { AdminCrmMergedContact } from "../../../../../lib/crm-types"
import { formatDateTime } from "../../../../../lib/date"
import { Section } from "./section"

/** Contacts folded into this one: kept, pointing here, with their history. */
export const MergedContacts = ({
  contacts,
}: {
  contacts: AdminCrmMergedContact[]
}) => {
  const { t, i18n } = useTranslation()

  return (
    <Section
      title={t("mall.crm.detail.merged")}
      count={contacts.length}
      description={t("mall.crm.detail.mergedHint")}
      empty={contacts.length ? undefined : t("mall.crm.detail.noMerged")}
      testId="mall-crm-contact-merged"
    >
      <Table>
        <Table.Header>
          <Table.Row>
            <Table.HeaderCell>{t("mall.crm.fields.name")}</Table.HeaderCell>
            <Table.HeaderCell>{t("mall.crm.fields.source")}</Table.HeaderCell>
            <Table.HeaderCell>
              {t("mall.crm.fields.externalId")}
            </Table.HeaderCell>
            <Table.HeaderCell>{t("mall.crm.detail.mergedAt")}</Table.HeaderCell>
          </Table.Row>
        </Table.Header>
        <Table.Body>
          {contacts.map((contact) => (
            <Table.Row
              key={contact.id}
              data-testid="mall-crm-contact-merged-row"
              className="[&_td:first-child]:pl-6 [&_td:last-child]:pr-6"
            >
              <Table.Cell>
                <Link to={`/crm/contacts/${contact.id}`}>
                  <Text
                    size="small"
                    weight="plus"
                    leading="compact"
                    className="text-ui-fg-interactive hover:text-ui-fg-interactive-hover"
                  >
                    {contact.display_name}
                  </Text>
                </Link>
              </Table.Cell>
              <Table.Cell>
                <SourceBadge source={contact.source} />
              </Table.Cell>
              <Table.Cell>
                {contact.external_id ? (
                  <span className="txt-compact-small font-mono">
                    {contact.external_id}
                  </span>
                ) : (
                  <span className="text-ui-fg-muted">—</span>
                )}
              </Table.Cell>
              <Table.Cell className="whitespace-nowrap">
                {formatDateTime(contact.updated_at, i18n.language)}
              </Table.Cell>
            </Table.Row>
          ))}
        </Table.Body>
      </Table>
    </Section>
  )
}
