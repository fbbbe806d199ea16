import { defineRouteConfig } from "@medusajs/admin-sdk"
import { ArrowUpTray } from "@medusajs/icons"
import { Button } from "@medusajs/ui"
import { useState } from "react"
import { useTranslation } from "react-i18next"
import { useNavigate } from "react-router-dom"
import { ImportContactsDrawer } from "../../../components/crm/import-contacts-drawer"
import { useFilterParams } from "../../../hooks/use-filter-params"
import { FilterSelect } from "../../../components/filter-select"
import {
  MallDataTable,
  usePagination,
} from "../../../components/mall-data-table"
import { PageHeading } from "../../../components/page-heading"
import { SearchInput } from "../../../components/search-input"
import { useCrmContacts } from "../../../hooks/api/crm"
import {
  CONTACT_KINDS,
  CONTACT_SOURCES,
  ContactKind,
  ContactSource,
} from "../../../lib/crm-types"
import { useContactColumns } from "./components/contact-columns"

const oneOf = <T extends string>(values: readonly T[], value: string | null) =>
  (values as readonly string[]).includes(value ?? "") ? (value as T) : undefined

/**
 * The CRM's contacts: search by a phone or email however it is written, or
 * by name, company or external id; import offline customers. The filters
 * live in the address, so going back from a contact keeps them.
 */
const ContactsPage = () => {
  const { t } = useTranslation()
  const navigate = useNavigate()
  const [params, setParam] = useFilterParams()
  const q = params.get("q") ?? ""
  const source = oneOf(CONTACT_SOURCES, params.get("source"))
  const kind = oneOf(CONTACT_KINDS, params.get("kind"))
  const [importing, setImporting] = useState(params.get("import") === "1")
  const { pagination, setPagination, reset, query } = usePagination()
  const { contacts, count, isPending, error } = useCrmContacts({
    ...query,
    q: q || undefined,
    source,
    kind,
  })
  const columns = useContactColumns()
  const filtered = !!(q || source || kind)

  const openImport = (open: boolean) => {
    setImporting(open)
    if (!open && params.get("import")) {
      setParam("import", undefined)
    }
  }

  return (
    <>
      <MallDataTable
        testId="mall-crm-contacts-page"
        heading={
          <PageHeading
            title={t("mall.crm.contacts.title")}
            description={t("mall.crm.contacts.description")}
          />
        }
        toolbar={
          <>
            <FilterSelect
              label={t("mall.crm.fields.source")}
              value={source}
              allLabel={t("mall.crm.filters.allSources")}
              options={CONTACT_SOURCES.map((value) => ({
                value,
                label: t(`mall.crm.sources.${value}`),
              }))}
              onChange={(value) => {
                setParam("source", value as ContactSource | undefined)
                reset()
              }}
              testId="mall-crm-source-filter"
            />
            <FilterSelect
              label={t("mall.crm.fields.kind")}
              value={kind}
              allLabel={t("mall.crm.filters.allKinds")}
              options={CONTACT_KINDS.map((value) => ({
                value,
                label: t(`mall.crm.kinds.${value}`),
              }))}
              onChange={(value) => {
                setParam("kind", value as ContactKind | undefined)
                reset()
              }}
              testId="mall-crm-kind-filter"
            />
            <SearchInput
              value={q}
              onSearch={(next) => {
                setParam("q", next)
                reset()
              }}
              placeholder={t("mall.crm.filters.search")}
              testId="mall-crm-search"
            />
            <Button
              size="small"
              variant="secondary"
              onClick={() => openImport(true)}
              data-testid="mall-crm-import"
            >
              <ArrowUpTray />
              {t("mall.crm.import.action")}
            </Button>
          </>
        }
        columns={columns}
        data={contacts}
        count={count}
        isLoading={isPending}
        error={error}
        pagination={pagination}
        onPaginationChange={setPagination}
        getRowId={(row) => row.id}
        onRowClick={(row) => navigate(`/crm/contacts/${row.id}`)}
        emptyHeading={
          filtered
            ? t("mall.crm.contacts.noMatch")
            : t("mall.crm.contacts.empty")
        }
        emptyDescription={
          filtered
            ? t("mall.crm.contacts.noMatchHint")
            : t("mall.crm.contacts.emptyHint")
        }
      />
      <ImportContactsDrawer open={importing} onOpenChange={openImport} />
    </>
  )
}

export const config = defineRouteConfig({
  label: "mall.crm.contacts.navLabel",
  translationNs: "translation",
  rank: 0,
})

export default ContactsPage
