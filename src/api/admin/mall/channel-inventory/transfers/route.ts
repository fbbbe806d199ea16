import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import type { AdminChannelTransferResponse } from "../../../../../types/http/channel-inventory"
import { transferChannelStockWorkflow } from "../../../../../workflows/channel-inventory"
import { describePositions, resolveItem, resolveLocation } from "../helpers"
import type { AdminTransferChannelStockType } from "../validators"

/** Moves units between a position's online and offline pools, audited. */
export const POST = async (
  req: AuthenticatedMedusaRequest<AdminTransferChannelStockType>,
  res: MedusaResponse<AdminChannelTransferResponse>
) => {
  const { additional_data, sku, inventory_item_id, location_id, ...rest } =
    req.validatedBody
  const item = await resolveItem(req.scope, { sku, inventory_item_id })
  const location = await resolveLocation(req.scope, location_id)
  const { result } = await transferChannelStockWorkflow(req.scope).run({
    input: {
      ...rest,
      inventory_item_id: item,
      location_id: location,
      actor_id: req.auth_context.actor_id,
      additional_data,
    },
  })
  const [position] = await describePositions(req.scope, [
    { inventory_item_id: item, location_id: location },
  ])
  res.json({ transfer: result, position })
}
