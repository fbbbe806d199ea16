import { defineRouteConfig } from "@medusajs/admin-sdk"
import { ArrowUpTray } from "@medusajs/icons"
import { Button } from "@medusajs/ui"
import { FetchError } from "@medusajs/js-sdk"
import { useCallback, useMemo, useState } from "react"
import { useTranslation } from "react-i18next"
import { ImportMovementsDrawer } from "../../../components/channel-inventory/import-movements-drawer"
import { FilterSelect } from "../../../components/filter-select"
import {
  MallDataTable,
  usePagination,
} from "../../../components/mall-data-table"
import { PageHeading } from "../../../components/page-heading"
import { SearchInput } from "../../../components/search-input"
import {
  useChannelMovements,
  useStockLocationOptions,
} from "../../../hooks/api/channel-inventory"
import { useUserLabels } from "../../../hooks/api/departments"
import {
  Channel,
  CHANNELS,
  MOVEMENT_TYPES,
} from "../../../lib/channel-inventory-types"
import { useMovementColumns } from "./components/movement-columns"

/** The channel ledger: every change to a pool, newest first, append-only. */
const ChannelLedgerPage = () => {
  const { t } = useTranslation()
  const [importing, setImporting] = useState(false)
  const [locationId, setLocationId] = useState<string>()
  const [type, setType] = useState<string>()
  const [channel, setChannel] = useState<Channel>()
  const [sku, setSku] = useState("")
  const { pagination, setPagination, reset, query } = usePagination()
  const { stock_locations } = useStockLocationOptions()
  const { movements, count, isPending, error } = useChannelMovements({
    ...query,
    location_id: locationId,
    sku: sku || undefined,
    type,
    channel,
  })
  const userLabel = useUserLabels((movements ?? []).map((m) => m.created_by))
  const names = useMemo(
    () => new Map((stock_locations ?? []).map((l) => [l.id, l.name])),
    [stock_locations]
  )
  const locationName = useCallback((id: string) => names.get(id) ?? id, [names])
  const columns = useMovementColumns({ locationName, userLabel })
  const unknownSku =
    !!sku && error instanceof FetchError && error.status === 404

  return (
    <>
      <MallDataTable
        testId="mall-channel-ledger-page"
        heading={
          <PageHeading
            title={t("mall.channelInventory.ledger.title")}
            description={t("mall.channelInventory.ledger.description")}
          />
        }
        toolbar={
          <>
            <FilterSelect
              label={t("mall.channelInventory.fields.location")}
              value={locationId}
              allLabel={t("mall.channelInventory.filters.allLocations")}
              options={(stock_locations ?? []).map((location) => ({
                value: location.id,
                label: location.name,
              }))}
              onChange={(value) => {
                setLocationId(value)
                reset()
              }}
              testId="mall-channel-ledger-location"
            />
            <FilterSelect
              label={t("mall.channelInventory.ledger.fields.type")}
              value={type}
              allLabel={t("mall.channelInventory.filters.allTypes")}
              options={MOVEMENT_TYPES.map((value) => ({
                value,
                label: t(`mall.channelInventory.movementTypes.${value}`),
              }))}
              onChange={(value) => {
                setType(value)
                reset()
              }}
              testId="mall-channel-ledger-type"
            />
            <FilterSelect
              label={t("mall.channelInventory.ledger.fields.channel")}
              value={channel}
              allLabel={t("mall.channelInventory.filters.allChannels")}
              options={CHANNELS.map((value) => ({
                value,
                label: t(`mall.channelInventory.channels.${value}`),
              }))}
              onChange={(value) => {
                setChannel(value as Channel | undefined)
                reset()
              }}
              testId="mall-channel-ledger-channel"
            />
            <SearchInput
              value={sku}
              onSearch={(next) => {
                setSku(next ?? "")
                setPagination((p) => ({ ...p, pageIndex: 0 }))
              }}
              placeholder={t("mall.channelInventory.filters.sku")}
              className="w-40"
              testId="mall-channel-ledger-sku"
            />
            <Button
              size="small"
              variant="secondary"
              onClick={() => setImporting(true)}
              data-testid="mall-channel-ledger-import"
            >
              <ArrowUpTray />
              {t("mall.channelInventory.import.action")}
            </Button>
          </>
        }
        columns={columns}
        data={unknownSku ? [] : movements}
        count={unknownSku ? 0 : count}
        isLoading={isPending}
        error={unknownSku ? null : error}
        pagination={pagination}
        onPaginationChange={setPagination}
        getRowId={(row) => row.id}
        emptyHeading={t("mall.channelInventory.ledger.empty")}
        emptyDescription={t("mall.channelInventory.ledger.emptyHint")}
      />
      <ImportMovementsDrawer open={importing} onOpenChange={setImporting} />
    </>
  )
}

export const config = defineRouteConfig({
  label: "mall.channelInventory.ledger.navLabel",
  translationNs: "translation",
  rank: 1,
})

export default ChannelLedgerPage
