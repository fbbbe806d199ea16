import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import type { AdminChannelAllocationsResponse } from "../../../../../types/http/channel-inventory"
import { updateChannelAllocationsWorkflow } from "../../../../../workflows/channel-inventory"
import {
  describePositions,
  itemsOfProduct,
  listPositionKeys,
  resolveItem,
  resolveLocation,
} from "../helpers"
import type { AdminUpdateChannelAllocationsType } from "../validators"

/** Positions changed in one call at most; a bigger change is split by location. */
const MAX_POSITIONS = 5_000

/**
 * Sets how positions are shared: one position (item + location), every
 * position of a location, or of a product's items (optionally at one
 * location). Omitted settings stay as they are.
 */
export const POST = async (
  req: AuthenticatedMedusaRequest<AdminUpdateChannelAllocationsType>,
  res: MedusaResponse<AdminChannelAllocationsResponse>
) => {
  const {
    additional_data,
    sku,
    inventory_item_id,
    product_id,
    location_id,
    offline_pool,
    reason,
    ...settings
  } = req.validatedBody
  const items = product_id
    ? await itemsOfProduct(req.scope, product_id)
    : sku || inventory_item_id
      ? [await resolveItem(req.scope, { sku, inventory_item_id })]
      : undefined
  const location = location_id
    ? await resolveLocation(req.scope, location_id)
    : undefined
  const [positions, count] = await listPositionKeys(req.scope, {
    ...(items ? { inventory_item_ids: items } : {}),
    ...(location ? { location_id: location } : {}),
  })
  if (!count) {
    throw new MedusaError(
      MedusaError.Types.NOT_FOUND,
      "No inventory is stocked at the positions named: add the items to the location in Medusa first"
    )
  }
  if (count > MAX_POSITIONS) {
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      `This would change ${count} positions; change at most ${MAX_POSITIONS} at once (name a location or a product)`
    )
  }
  await updateChannelAllocationsWorkflow(req.scope).run({
    input: {
      positions,
      settings: Object.fromEntries(
        Object.entries(settings).filter(([, v]) => v !== undefined)
      ),
      ...(offline_pool !== undefined ? { offline_pool } : {}),
      reason: reason ?? null,
      actor_id: req.auth_context.actor_id,
      additional_data,
    },
  })
  res.json({
    positions: await describePositions(req.scope, positions),
    count: positions.length,
  })
}
