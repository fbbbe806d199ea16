import { QueryKey, useQuery } from "@tanstack/react-query"
import {
  AdminApplyMovementsResponse,
  AdminChannelAllocationsResponse,
  AdminChannelMovementListResponse,
  AdminChannelMovementQuery,
  AdminChannelPositionListResponse,
  AdminChannelPositionQuery,
  AdminChannelSuggestionListResponse,
  AdminChannelSuggestionQuery,
  AdminChannelTransferResponse,
  AdminTransferChannelStock,
  AdminUpdateChannelAllocations,
} from "../../lib/channel-inventory-types"
import { channelInventoryQueryKeys } from "../../lib/query-keys"
import { sdk } from "../../lib/sdk"
import {
  MutationOptions,
  QueryOptions,
  useInvalidatingMutation,
  useMallQuery,
} from "./utils"

const CHANNEL_INVENTORY = "/admin/mall/channel-inventory"

/**
 * What a change to a position refreshes: the plugin's figures and ledger,
 * and Medusa's own inventory figures (stocked quantity and the hold, a
 * reservation), which the dashboard's inventory pages show.
 */
const CHANGED_BY_MOVEMENTS: QueryKey[] = [
  channelInventoryQueryKeys.all,
  ["inventory_items"],
  ["reservation_items"],
]

/** Each item and location: both pools, what each channel can sell, settings. */
export const useChannelPositions = (
  query: AdminChannelPositionQuery,
  options?: QueryOptions<AdminChannelPositionListResponse>
) =>
  useMallQuery<AdminChannelPositionListResponse>(
    channelInventoryQueryKeys.positions,
    CHANNEL_INVENTORY,
    { query, keepPrevious: true, options }
  )

/** The channel ledger, newest first. */
export const useChannelMovements = (
  query: AdminChannelMovementQuery,
  options?: QueryOptions<AdminChannelMovementListResponse>
) =>
  useMallQuery<AdminChannelMovementListResponse>(
    channelInventoryQueryKeys.movements,
    `${CHANNEL_INVENTORY}/movements`,
    { query, keepPrevious: true, options }
  )

/**
 * Each split position's suggested allocation from its sales velocity, with
 * the transfer that applies it (`useTransferChannelStock`).
 */
export const useChannelSuggestions = (
  query: AdminChannelSuggestionQuery,
  options?: QueryOptions<AdminChannelSuggestionListResponse>
) =>
  useMallQuery<AdminChannelSuggestionListResponse>(
    channelInventoryQueryKeys.suggestions,
    `${CHANNEL_INVENTORY}/suggestions`,
    { query, keepPrevious: true, options }
  )

export type MovementImport =
  | { format: "json"; movements: Record<string, unknown>[]; source?: string }
  | { format: "csv"; file: Blob; filename: string }

/** Applies a batch of offline movements; each line is reported. */
export const useApplyChannelMovements = (
  options?: MutationOptions<AdminApplyMovementsResponse, MovementImport>
) =>
  useInvalidatingMutation(
    (input: MovementImport) => {
      if (input.format === "json") {
        return sdk.client.fetch<AdminApplyMovementsResponse>(
          `${CHANNEL_INVENTORY}/movements`,
          {
            method: "POST",
            body: { movements: input.movements, source: input.source },
          }
        )
      }
      const form = new FormData()
      form.append("file", input.file, input.filename)
      return sdk.client.fetch<AdminApplyMovementsResponse>(
        `${CHANNEL_INVENTORY}/movements`,
        {
          method: "POST",
          body: form,
          // Let the browser set the multipart boundary.
          headers: { "content-type": null },
        }
      )
    },
    CHANGED_BY_MOVEMENTS,
    options
  )

/** Moves units between a position's online and offline pools, audited. */
export const useTransferChannelStock = (
  options?: MutationOptions<
    AdminChannelTransferResponse,
    AdminTransferChannelStock
  >
) =>
  useInvalidatingMutation(
    (body: AdminTransferChannelStock) =>
      sdk.client.fetch<AdminChannelTransferResponse>(
        `${CHANNEL_INVENTORY}/transfers`,
        { method: "POST", body }
      ),
    CHANGED_BY_MOVEMENTS,
    options
  )

/** Sets how positions are shared: mode, safety stocks, policy, offline pool. */
export const useUpdateChannelAllocations = (
  options?: MutationOptions<
    AdminChannelAllocationsResponse,
    AdminUpdateChannelAllocations
  >
) =>
  useInvalidatingMutation(
    (body: AdminUpdateChannelAllocations) =>
      sdk.client.fetch<AdminChannelAllocationsResponse>(
        `${CHANNEL_INVENTORY}/allocations`,
        { method: "POST", body }
      ),
    CHANGED_BY_MOVEMENTS,
    options
  )

/** Stock locations (Medusa's own list), to filter positions by. */
export const useStockLocationOptions = () => {
  // Not useMallQuery: Medusa's typed SDK call, and only its list is returned.
  const { data, ...rest } = useQuery({
    queryKey: channelInventoryQueryKeys.locations(),
    queryFn: () =>
      sdk.admin.stockLocation.list({ limit: 200, fields: "id,name" }),
    staleTime: 5 * 60_000,
  })

  return { stock_locations: data?.stock_locations, ...rest }
}
