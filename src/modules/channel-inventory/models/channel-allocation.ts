import { model } from "@medusajs/framework/utils"
import {
  CHANNEL_MODES,
  LAST_UNIT_POLICIES,
} from "../../../types/channel-inventory"

/**
 * How one position (inventory item × stock location) is shared between the
 * online and offline channels. A position without a row uses the defaults.
 * `offline_pool` is the pool as last written; online orders may have taken
 * units out of it since (see `effectiveOfflinePool`). `hold_reservation_id`
 * is the standalone Medusa reservation that keeps the storefront's figure
 * true.
 */
export const ChannelAllocation = model
  .define(
    { name: "channel_allocation", tableName: "mall_channel_allocation" },
    {
      id: model.id({ prefix: "chalc" }).primaryKey(),
      inventory_item_id: model.text(),
      location_id: model.text(),
      mode: model.enum([...CHANNEL_MODES]),
      online_safety_stock: model.number().default(0),
      offline_safety_stock: model.number().default(0),
      last_unit_policy: model.enum([...LAST_UNIT_POLICIES]),
      offline_pool: model.number().default(0),
      hold_reservation_id: model.text().nullable(),
    }
  )
  .indexes([
    {
      name: "IDX_mall_channel_allocation_position_unique",
      on: ["inventory_item_id", "location_id"],
      unique: true,
    },
    { name: "IDX_mall_channel_allocation_location", on: ["location_id"] },
  ])
