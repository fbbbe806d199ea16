import { Badge, Table, Text } from "@medusajs/ui"
import { useTranslation } from "react-i18next"
import { Link } from "react-router-dom"
import {
  personName,
  useFormatScore,
} from "../../../../../components/crm/labels"
import { useCustomersByIds } from "../../../../../hooks/api/crm"
import type { AdminCrmCustomerLink } from "../../../../../lib/crm-types"
import { formatDateTime } from "../../../../../lib/date"
import { Section } from "./section"

const LINKED_BY_COLORS = {
  auto: "green",
  review: "blue",
  admin: "purple",
} as const

/**
 * The Medusa customers that are this contact: a guest and a registered
 * account, several emails. They are linked, never merged.
 */
export const LinkedCustomers = ({
  links,
}: {
  links: AdminCrmCustomerLink[]
}) => {
  const { t, i18n } = useTranslation()
  const score = useFormatScore()
  const { customers } = useCustomersByIds(links.map((l) => l.customer_id))
  const byId = new Map((customers ?? []).map((c) => [c.id, c]))

  return (
    <Section
      title={t("mall.crm.detail.customers")}
      count={links.length}
      description={t("mall.crm.detail.customersHint")}
      empty={links.length ? undefined : t("mall.crm.detail.noCustomers")}
      testId="mall-crm-contact-customers"
    >
      <Table>
        <Table.Header>
          <Table.Row>
            <Table.HeaderCell>{t("mall.crm.detail.customer")}</Table.HeaderCell>
            <Table.HeaderCell>{t("mall.crm.detail.linkedBy")}</Table.HeaderCell>
            <Table.HeaderCell>{t("mall.crm.detail.score")}</Table.HeaderCell>
            <Table.HeaderCell>{t("mall.crm.detail.linkedAt")}</Table.HeaderCell>
          </Table.Row>
        </Table.Header>
        <Table.Body>
          {links.map((link) => {
            const customer = byId.get(link.customer_id)
            const name = customer
              ? personName(customer.first_name, customer.last_name)
              : ""
            return (
              <Table.Row
                key={link.id}
                data-testid="mall-crm-contact-customer"
                className="[&_td:first-child]:pl-6 [&_td:last-child]:pr-6"
              >
                <Table.Cell className="h-auto py-2">
                  <Link
                    to={`/customers/${link.customer_id}`}
                    className="flex flex-col"
                  >
                    <Text
                      size="small"
                      weight="plus"
                      leading="compact"
                      className="text-ui-fg-interactive hover:text-ui-fg-interactive-hover"
                    >
                      {name || customer?.email || link.customer_id}
                    </Text>
                    {customer && (
                      <Text size="xsmall" className="text-ui-fg-subtle">
                        {[
                          name ? customer.email : null,
                          customer.has_account
                            ? t("mall.crm.detail.registered")
                            : t("mall.crm.detail.guest"),
                        ]
                          .filter(Boolean)
                          .join(" · ")}
                      </Text>
                    )}
                  </Link>
                </Table.Cell>
                <Table.Cell>
                  <Badge
                    size="2xsmall"
                    color={LINKED_BY_COLORS[link.linked_by] ?? "grey"}
                  >
                    {t(`mall.crm.linkedBy.${link.linked_by}`, {
                      defaultValue: link.linked_by,
                    })}
                  </Badge>
                </Table.Cell>
                <Table.Cell className="tabular-nums">
                  {score(link.score)}
                </Table.Cell>
                <Table.Cell className="whitespace-nowrap">
                  {formatDateTime(link.created_at, i18n.language)}
                </Table.Cell>
              </Table.Row>
            )
          })}
        </Table.Body>
      </Table>
    </Section>
  )
}
