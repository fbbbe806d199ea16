import { defineRouteConfig } from "@medusajs/admin-sdk"
import { ArrowUpTray } from "@medusajs/icons"
import { Button, Input } from "@medusajs/ui"
import { useState } from "react"
import { useTranslation } from "react-i18next"
import {
  MallDataTable,
  usePagination,
} from "../../../components/mall-data-table"
import { PageHeading } from "../../../components/page-heading"
import { SearchInput } from "../../../components/search-input"
import { useGeoCentroids } from "../../../hooks/api/routing"
import { useCentroidColumns } from "./components/centroid-columns"
import { ImportCentroidsDrawer } from "./components/import-centroids-drawer"

/**
 * The places the default geocoder knows (postal prefixes, cities, provinces,
 * countries) and where they are: what the nearest rule measures from.
 */
const CentroidsPage = () => {
  const { t } = useTranslation()
  const [importing, setImporting] = useState(false)
  const [country, setCountry] = useState("")
  const [q, setQ] = useState("")
  const { pagination, setPagination, reset, query } = usePagination()
  const countryCode = /^[a-z]{2}$/i.test(country.trim())
    ? country.trim().toLowerCase()
    : undefined
  const { centroids, count, isPending, error } = useGeoCentroids({
    ...query,
    country_code: countryCode,
    q: q || undefined,
  })
  const columns = useCentroidColumns()

  return (
    <>
      <MallDataTable
        testId="mall-centroids-page"
        heading={
          <PageHeading
            title={t("mall.routing.centroids.title")}
            description={t("mall.routing.centroids.description")}
          />
        }
        toolbar={
          <>
            <Input
              size="small"
              className="w-20"
              value={country}
              maxLength={2}
              placeholder="cn"
              aria-label={t("mall.routing.centroids.fields.country")}
              onChange={(event) => {
                setCountry(event.target.value)
                reset()
              }}
              data-testid="mall-centroids-country"
            />
            <SearchInput
              value={q}
              onSearch={(next) => {
                setQ(next ?? "")
                setPagination((p) => ({ ...p, pageIndex: 0 }))
              }}
              placeholder={t("mall.routing.centroids.search")}
              className="w-56"
              testId="mall-centroids-search"
            />
            <Button
              size="small"
              variant="secondary"
              onClick={() => setImporting(true)}
              data-testid="mall-centroids-import"
            >
              <ArrowUpTray />
              {t("mall.routing.centroids.import.action")}
            </Button>
          </>
        }
        columns={columns}
        data={centroids}
        count={count}
        isLoading={isPending}
        error={error}
        pagination={pagination}
        onPaginationChange={setPagination}
        getRowId={(row) => row.id}
        emptyHeading={t("mall.routing.centroids.empty")}
        emptyDescription={t("mall.routing.centroids.emptyHint")}
      />
      <ImportCentroidsDrawer open={importing} onOpenChange={setImporting} />
    </>
  )
}

export const config = defineRouteConfig({
  label: "mall.routing.centroids.navLabel",
  translationNs: "translation",
  rank: 4,
})

export default CentroidsPage
