import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import type MallChannelInventoryModuleService from "../../../../../modules/channel-inventory/service"
import type { AdminChannelSuggestionListResponse } from "../../../../../types/http/channel-inventory"
import { MALL_CHANNEL_INVENTORY_MODULE } from "../../../../../types/modules"
import {
  suggestChannelAllocation,
  suggestionReason,
} from "../../../../../utils/channel-suggestions"
import { positionKey } from "../../../../../workflows/channel-inventory/utils/positions"
import {
  describePositions,
  listSplitPositionKeys,
  resolveItem,
  resolveLocation,
} from "../helpers"
import type { AdminGetChannelSuggestionsParamsType } from "../validators"

const DAY_MS = 24 * 60 * 60 * 1000

/**
 * Each split position's suggested allocation: the offline pool that covers
 * `cover_days` of offline demand at the velocity of the last `window_days`,
 * plus its safety stock; online gets the rest. With the transfer that
 * would apply it and the reasoning.
 */
export const GET = async (
  req: AuthenticatedMedusaRequest<
    unknown,
    AdminGetChannelSuggestionsParamsType
  >,
  res: MedusaResponse<AdminChannelSuggestionListResponse>
) => {
  const { location_id, sku, inventory_item_id, limit, offset, ...days } =
    req.validatedQuery
  const channel = req.scope.resolve<MallChannelInventoryModuleService>(
    MALL_CHANNEL_INVENTORY_MODULE
  )
  const options = channel.retrieveSuggestionOptions()
  const window_days = days.window_days ?? options.window_days
  const cover_days = days.cover_days ?? options.cover_days
  const item =
    sku || inventory_item_id
      ? await resolveItem(req.scope, { sku, inventory_item_id })
      : undefined
  const location = location_id
    ? await resolveLocation(req.scope, location_id)
    : undefined
  const [keys, count] = await listSplitPositionKeys(
    req.scope,
    {
      ...(item ? { inventory_item_ids: [item] } : {}),
      ...(location ? { location_id: location } : {}),
    },
    { skip: offset, take: limit }
  )
  const since = new Date(Date.now() - window_days * DAY_MS)
  const [positions, sales] = await Promise.all([
    describePositions(req.scope, keys),
    channel.sumSalesSince(keys, since),
  ])
  const salesOf = new Map(sales.map((s) => [positionKey(s), s]))
  const transfer_reason = suggestionReason(window_days, cover_days)

  res.json({
    suggestions: positions.map((p) => {
      const sold = salesOf.get(positionKey(p))
      return {
        inventory_item_id: p.inventory_item_id,
        sku: p.sku,
        title: p.title,
        location_id: p.location_id,
        location_name: p.location_name,
        stocked: p.stocked,
        reserved_online: p.reserved_online,
        online_safety_stock: p.online_safety_stock,
        offline_safety_stock: p.offline_safety_stock,
        last_unit_policy: p.last_unit_policy,
        transfer_reason,
        ...suggestChannelAllocation({
          figures: p,
          settings: p,
          sales: { online: sold?.online ?? 0, offline: sold?.offline ?? 0 },
          window_days,
          cover_days,
        }),
      }
    }),
    count,
    offset,
    limit,
    window_days,
    cover_days,
    since: since.toISOString(),
  })
}
