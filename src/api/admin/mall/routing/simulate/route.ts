import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import type { AdminRoutingSimulationResponse } from "../../../../../types/http/routing"
import { simulateRouting } from "../../../../../workflows/routing"
import { locationNames, toAdminAllocations } from "../helpers"
import type { AdminSimulateRoutingType } from "../validators"

/**
 * What routing would decide for an address and a basket, with its trace.
 * No side effects: nothing is reserved or recorded.
 */
export const POST = async (
  req: AuthenticatedMedusaRequest<AdminSimulateRoutingType>,
  res: MedusaResponse<AdminRoutingSimulationResponse>
) => {
  const { shipping_address, items, sales_channel_id, currency_code } =
    req.validatedBody
  const { lines, geocode, ...result } = await simulateRouting(req.scope, {
    destination: {
      ...shipping_address,
      country_code: shipping_address.country_code.toLowerCase(),
    },
    items,
    sales_channel_id: sales_channel_id ?? null,
    currency_code,
  })
  const locations = await locationNames(
    req.scope,
    result.allocations.map((a) => a.location_id)
  )
  const names = new Map(
    lines.map((l) => [l.line_item_id, { title: l.title, sku: l.sku }])
  )
  res.json({
    simulation: {
      ...result,
      allocations: toAdminAllocations(result.allocations, locations, names),
      geocode,
    },
  })
}
