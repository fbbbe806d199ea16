import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import type { AdminChannelPositionListResponse } from "../../../../types/http/channel-inventory"
import {
  describePositions,
  listPositionKeys,
  resolveItem,
  resolveLocation,
} from "./helpers"
import type { AdminGetChannelPositionsParamsType } from "./validators"

/** Each item and location: stocked, both pools, reservations, what each channel can sell, settings. */
export const GET = async (
  req: AuthenticatedMedusaRequest<unknown, AdminGetChannelPositionsParamsType>,
  res: MedusaResponse<AdminChannelPositionListResponse>
) => {
  const { location_id, sku, inventory_item_id, limit, offset } =
    req.validatedQuery
  const item =
    sku || inventory_item_id
      ? await resolveItem(req.scope, { sku, inventory_item_id })
      : undefined
  const location = location_id
    ? await resolveLocation(req.scope, location_id)
    : undefined
  const [keys, count] = await listPositionKeys(
    req.scope,
    {
      ...(item ? { inventory_item_ids: [item] } : {}),
      ...(location ? { location_id: location } : {}),
    },
    { skip: offset, take: limit }
  )
  res.json({
    positions: await describePositions(req.scope, keys),
    count,
    offset,
    limit,
  })
}
