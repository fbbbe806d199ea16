import { defineRouteConfig } from "@medusajs/admin-sdk"
import { ArrowUpTray, Channels } from "@medusajs/icons"
import { Button } from "@medusajs/ui"
import { FetchError } from "@medusajs/js-sdk"
import { useCallback, useState } from "react"
import { useTranslation } from "react-i18next"
import { ChannelSettingsDrawer } from "../../components/channel-inventory/channel-settings-drawer"
import { ImportMovementsDrawer } from "../../components/channel-inventory/import-movements-drawer"
import { PoolLegend } from "../../components/channel-inventory/pool-legend"
import { TransferDrawer } from "../../components/channel-inventory/transfer-drawer"
import { FilterSelect } from "../../components/filter-select"
import { MallDataTable, usePagination } from "../../components/mall-data-table"
import { PageHeading } from "../../components/page-heading"
import { SearchInput } from "../../components/search-input"
import {
  useChannelPositions,
  useStockLocationOptions,
} from "../../hooks/api/channel-inventory"
import type { AdminChannelPosition } from "../../lib/channel-inventory-types"
import { usePositionColumns } from "./components/position-columns"

/**
 * Each inventory item at each stock location: how online and the branches
 * share it, what each can still sell, and the actions to change it.
 */
const ChannelInventoryPage = () => {
  const { t } = useTranslation()
  const [importing, setImporting] = useState(false)
  const [editing, setEditing] = useState<AdminChannelPosition | null>(null)
  const [transferring, setTransferring] = useState<AdminChannelPosition | null>(
    null
  )
  const [locationId, setLocationId] = useState<string>()
  const [sku, setSku] = useState("")
  const { pagination, setPagination, reset, query } = usePagination()
  const { stock_locations } = useStockLocationOptions()
  const { positions, count, isPending, error } = useChannelPositions({
    ...query,
    location_id: locationId,
    sku: sku || undefined,
  })
  const onEdit = useCallback((row: AdminChannelPosition) => setEditing(row), [])
  const onTransfer = useCallback(
    (row: AdminChannelPosition) => setTransferring(row),
    []
  )
  const columns = usePositionColumns({ onEdit, onTransfer })
  // The server answers 404 for a SKU it does not know: nothing matches.
  const unknownSku =
    !!sku && error instanceof FetchError && error.status === 404

  return (
    <>
      <MallDataTable
        testId="mall-channel-inventory-page"
        heading={
          <div className="flex flex-col gap-y-2">
            <PageHeading
              title={t("mall.channelInventory.title")}
              description={t("mall.channelInventory.description")}
            />
            <PoolLegend />
          </div>
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
              testId="mall-channel-location-filter"
            />
            <SearchInput
              value={sku}
              onSearch={(next) => {
                setSku(next ?? "")
                setPagination((p) => ({ ...p, pageIndex: 0 }))
              }}
              placeholder={t("mall.channelInventory.filters.sku")}
              className="w-44"
              testId="mall-channel-sku-filter"
            />
            <Button
              size="small"
              variant="secondary"
              onClick={() => setImporting(true)}
              data-testid="mall-channel-import"
            >
              <ArrowUpTray />
              {t("mall.channelInventory.import.action")}
            </Button>
          </>
        }
        columns={columns}
        data={unknownSku ? [] : positions}
        count={unknownSku ? 0 : count}
        isLoading={isPending}
        error={unknownSku ? null : error}
        pagination={pagination}
        onPaginationChange={setPagination}
        getRowId={(row) => `${row.inventory_item_id}:${row.location_id}`}
        onRowClick={onEdit}
        emptyHeading={t("mall.channelInventory.empty")}
        emptyDescription={t("mall.channelInventory.emptyHint")}
      />
      <ChannelSettingsDrawer
        position={editing}
        onOpenChange={(open) => !open && setEditing(null)}
      />
      <TransferDrawer
        position={transferring}
        onOpenChange={(open) => !open && setTransferring(null)}
      />
      <ImportMovementsDrawer open={importing} onOpenChange={setImporting} />
    </>
  )
}

export const config = defineRouteConfig({
  label: "mall.channelInventory.navLabel",
  translationNs: "translation",
  icon: Channels,
})

export default ChannelInventoryPage
