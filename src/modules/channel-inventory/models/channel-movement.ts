import { model } from "@medusajs/framework/utils"
import { CHANNELS, MOVEMENT_TYPES } from "../../../types/channel-inventory"

/**
 * The channel ledger: one row per change to a position's pools, never
 * updated. `quantity` is the signed change to `channel`'s pool;
 * `stocked_delta` and `offline_pool_delta` what it did to Medusa's stocked
 * quantity and to the offline pool. A movement with an `external_id` is
 * applied once.
 */
export const ChannelMovement = model
  .define(
    { name: "channel_movement", tableName: "mall_channel_movement" },
    {
      id: model.id({ prefix: "chmov" }).primaryKey(),
      external_id: model
        .text()
        .unique("IDX_mall_channel_movement_external_id_unique")
        .nullable(),
      inventory_item_id: model.text(),
      location_id: model.text(),
      sku: model.text().nullable(),
      type: model.enum([...MOVEMENT_TYPES]),
      channel: model.enum([...CHANNELS]),
      quantity: model.number(),
      stocked_delta: model.number().default(0),
      offline_pool_delta: model.number().default(0),
      borrowed: model.number().default(0),
      source: model.text(),
      reference: model.text().nullable(),
      reason: model.text().nullable(),
      occurred_at: model.dateTime(),
      created_by: model.text().nullable(),
    }
  )
  .indexes([
    {
      name: "IDX_mall_channel_movement_position",
      on: ["inventory_item_id", "location_id", "occurred_at"],
    },
    {
      name: "IDX_mall_channel_movement_location",
      on: ["location_id", "occurred_at"],
    },
  ])
