import { ArrowUturnLeft } from "@medusajs/icons"
import { Alert, Container, Skeleton, Text } from "@medusajs/ui"
import { useState } from "react"
import { useTranslation } from "react-i18next"
import { Link, useParams } from "react-router-dom"
import { useCrmContact } from "../../../../hooks/api/crm"
import { ContactAddresses } from "./components/contact-addresses"
import { ContactHeader } from "./components/contact-header"
import { LinkedCustomers } from "./components/linked-customers"
import { MatchCandidates } from "./components/match-candidates"
import { MergeContactDrawer } from "./components/merge-contact-drawer"
import { MergedContacts } from "./components/merged-contacts"

/**
 * One CRM contact: its fields and addresses, the customers linked to it,
 * the contacts merged into it, its match candidates, and Merge.
 */
const ContactPage = () => {
  const { t } = useTranslation()
  const { id = "" } = useParams()
  const [merging, setMerging] = useState(false)
  const [preselected, setPreselected] = useState<{
    id: string
    name: string | null
  } | null>(null)
  const {
    contact,
    customer_links,
    merged_contacts,
    match_candidates,
    isPending,
    error,
  } = useCrmContact(id)
  const canMerge = !!contact && !contact.merged_into_id

  const openMerge = (other: { id: string; name: string | null } | null) => {
    setPreselected(other)
    setMerging(true)
  }

  return (
    <div className="flex flex-col gap-y-3" data-testid="mall-crm-contact-page">
      <div>
        <Link
          to="/crm/contacts"
          className="text-ui-fg-subtle hover:text-ui-fg-base txt-compact-small inline-flex items-center gap-x-1"
        >
          <ArrowUturnLeft />
          {t("mall.crm.detail.back")}
        </Link>
      </div>
      {isPending && (
        <Container className="flex flex-col gap-y-2 px-6 py-4">
          <Skeleton className="h-7 w-1/3" />
          <Skeleton className="h-5 w-2/3" />
        </Container>
      )}
      {error && !contact && (
        <Container className="px-6 py-4">
          <Text size="small" className="text-ui-fg-error">
            {t("mall.common.loadError", { message: error.message })}
          </Text>
        </Container>
      )}
      {contact && (
        <>
          {contact.merged_into_id && (
            <Alert variant="warning" data-testid="mall-crm-contact-merged-into">
              <Text size="small">
                {t("mall.crm.detail.mergedInto")}{" "}
                <Link
                  to={`/crm/contacts/${contact.merged_into_id}`}
                  className="text-ui-fg-interactive hover:text-ui-fg-interactive-hover"
                >
                  {t("mall.crm.detail.openSurvivor")}
                </Link>
              </Text>
            </Alert>
          )}
          <ContactHeader
            contact={contact}
            onMerge={canMerge ? () => openMerge(null) : undefined}
          />
          <ContactAddresses addresses={contact.addresses} />
          <LinkedCustomers links={customer_links ?? []} />
          <MatchCandidates
            contactId={contact.id}
            candidates={match_candidates ?? []}
            mergedIds={new Set((merged_contacts ?? []).map((c) => c.id))}
            onMerge={canMerge ? openMerge : undefined}
          />
          <MergedContacts contacts={merged_contacts ?? []} />
          {canMerge && (
            <MergeContactDrawer
              contact={contact}
              open={merging}
              onOpenChange={setMerging}
              preselected={preselected}
            />
          )}
        </>
      )}
    </div>
  )
}

export default ContactPage
