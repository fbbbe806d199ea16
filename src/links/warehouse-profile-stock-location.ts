import { defineLink } from "@medusajs/framework/utils"
import StockLocationModule from "@medusajs/medusa/stock-location"
import RoutingModule from "../modules/routing"

/**
 * A profile's stock location, for `query.graph` (`stock_location.name` from a
 * profile). Read-only: the profile already holds `stock_location_id`, so no
 * link table is created and nothing has to be kept in sync.
 */
export default defineLink(
  {
    linkable: RoutingModule.linkable.warehouseProfile,
    field: "stock_location_id",
  },
  StockLocationModule.linkable.stockLocation,
  { readOnly: true }
)
