import { defineRouteConfig } from "@medusajs/admin-sdk"
import { Input, Text, toast, usePrompt } from "@medusajs/ui"
import { FetchError } from "@medusajs/js-sdk"
import { useCallback, useEffect, useState } from "react"
import { useTranslation } from "react-i18next"
import { positionName } from "../../../components/channel-inventory/position-name"
import { FilterSelect } from "../../../components/filter-select"
import {
  MallDataTable,
  usePagination,
} from "../../../components/mall-data-table"
import { PageHeading } from "../../../components/page-heading"
import {
  useChannelSuggestions,
  useStockLocationOptions,
  useTransferChannelStock,
} from "../../../hooks/api/channel-inventory"
import type { AdminChannelSuggestion } from "../../../lib/channel-inventory-types"
import { errorMessage } from "../../../lib/errors"
import { useSuggestionColumns } from "./components/suggestion-columns"

/** A whole number of days from an input, or undefined (the server's default). */
const parseDays = (text: string, min: number) => {
  const n = Number(text.trim())
  return text.trim() && Number.isInteger(n) && n >= min && n <= 365
    ? n
    : undefined
}

/** The days inputs of the toolbar, with their label in front. */
const DaysInput = ({
  label,
  value,
  placeholder,
  min,
  onChange,
  testId,
}: {
  label: string
  value: string
  placeholder?: number
  min: number
  onChange: (value: string) => void
  testId: string
}) => (
  <label className="flex items-center gap-x-2">
    <Text size="small" className="text-ui-fg-subtle whitespace-nowrap">
      {label}
    </Text>
    <Input
      size="small"
      type="number"
      className="w-20"
      min={min}
      max={365}
      step="1"
      inputMode="numeric"
      value={value}
      placeholder={placeholder === undefined ? undefined : String(placeholder)}
      aria-invalid={
        (!!value.trim() && parseDays(value, min) === undefined) || undefined
      }
      onChange={(event) => onChange(event.target.value)}
      data-testid={testId}
    />
  </label>
)

/**
 * Each split position's suggested allocation from its recent sales per
 * channel, with the reasoning; Apply makes the transfer.
 */
const ChannelSuggestionsPage = () => {
  const { t } = useTranslation()
  const prompt = usePrompt()
  const [locationId, setLocationId] = useState<string>()
  const [search, setSearch] = useState("")
  const [sku, setSku] = useState("")
  const [windowText, setWindowText] = useState("")
  const [coverText, setCoverText] = useState("")
  const [days, setDays] = useState<{ window?: number; cover?: number }>({})
  const [applying, setApplying] = useState<string | null>(null)
  const { pagination, setPagination, reset, query } = usePagination()
  const { stock_locations } = useStockLocationOptions()
  const { suggestions, count, window_days, cover_days, isPending, error } =
    useChannelSuggestions({
      ...query,
      location_id: locationId,
      sku: sku || undefined,
      window_days: days.window,
      cover_days: days.cover,
    })
  const { mutateAsync } = useTransferChannelStock()
  const unknownSku =
    !!sku && error instanceof FetchError && error.status === 404

  useEffect(() => {
    const timer = setTimeout(() => {
      setSku(search.trim())
      setDays({
        window: parseDays(windowText, 1),
        cover: parseDays(coverText, 0),
      })
      setPagination((p) => ({ ...p, pageIndex: 0 }))
    }, 400)
    return () => clearTimeout(timer)
  }, [search, windowText, coverText, setPagination])

  const onApply = useCallback(
    async (row: AdminChannelSuggestion) => {
      if (!row.transfer) {
        return
      }
      const { from, quantity } = row.transfer
      const confirmed = await prompt({
        title: t("mall.channelInventory.suggestions.prompt.title", {
          name: positionName(row),
        }),
        description: t("mall.channelInventory.suggestions.prompt.description", {
          count: quantity,
          from: t(`mall.channelInventory.channels.${from}`),
          to: t(
            `mall.channelInventory.channels.${from === "online" ? "offline" : "online"}`
          ),
          location: row.location_name ?? row.location_id,
          online: row.suggested_online_pool,
          offline: row.suggested_offline_pool,
          reason: row.transfer_reason,
        }),
        confirmText: t("mall.channelInventory.suggestions.apply"),
        cancelText: t("mall.common.cancel"),
        variant: "confirmation",
      })
      if (!confirmed) {
        return
      }
      setApplying(`${row.inventory_item_id}:${row.location_id}`)
      try {
        const { transfer } = await mutateAsync({
          inventory_item_id: row.inventory_item_id,
          location_id: row.location_id,
          from,
          quantity,
          reason: row.transfer_reason,
          source: "suggestion",
        })
        toast.success(t("mall.channelInventory.suggestions.toast.applied"), {
          description: t("mall.channelInventory.transfer.toast.detail", {
            count: transfer.quantity,
            from: t(`mall.channelInventory.channels.${transfer.from}`),
            to: t(`mall.channelInventory.channels.${transfer.to}`),
            online: transfer.after.online_pool,
            offline: transfer.after.offline_pool,
          }),
        })
      } catch (e) {
        toast.error(t("mall.channelInventory.suggestions.toast.failed"), {
          description: errorMessage(e),
        })
      } finally {
        setApplying(null)
      }
    },
    [prompt, t, mutateAsync]
  )
  const columns = useSuggestionColumns({ onApply, applying })

  return (
    <MallDataTable
      testId="mall-channel-suggestions-page"
      heading={
        <PageHeading
          title={t("mall.channelInventory.suggestions.title")}
          description={t("mall.channelInventory.suggestions.description", {
            window: window_days ?? "…",
            cover: cover_days ?? "…",
          })}
        />
      }
      toolbar={
        <>
          <DaysInput
            label={t("mall.channelInventory.suggestions.fields.window_days")}
            value={windowText}
            placeholder={window_days}
            min={1}
            onChange={setWindowText}
            testId="mall-channel-suggestions-window"
          />
          <DaysInput
            label={t("mall.channelInventory.suggestions.fields.cover_days")}
            value={coverText}
            placeholder={cover_days}
            min={0}
            onChange={setCoverText}
            testId="mall-channel-suggestions-cover"
          />
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
            testId="mall-channel-suggestions-location"
          />
          <Input
            size="small"
            type="search"
            className="w-40"
            value={search}
            placeholder={t("mall.channelInventory.filters.sku")}
            aria-label={t("mall.channelInventory.filters.sku")}
            onChange={(event) => setSearch(event.target.value)}
            data-testid="mall-channel-suggestions-sku"
          />
        </>
      }
      columns={columns}
      data={unknownSku ? [] : suggestions}
      count={unknownSku ? 0 : count}
      isLoading={isPending}
      error={unknownSku ? null : error}
      pagination={pagination}
      onPaginationChange={setPagination}
      getRowId={(row) => `${row.inventory_item_id}:${row.location_id}`}
      emptyHeading={t("mall.channelInventory.suggestions.empty")}
      emptyDescription={t("mall.channelInventory.suggestions.emptyHint")}
    />
  )
}

export const config = defineRouteConfig({
  label: "mall.channelInventory.suggestions.navLabel",
  translationNs: "translation",
  rank: 2,
})

export default ChannelSuggestionsPage
