import { model } from "@medusajs/framework/utils"
import { WAREHOUSE_KINDS } from "../../../types/routing"

/**
 * How routing treats one stock location: what kind of warehouse it is, where
 * it delivers, where it is, and whether it takes online orders at all. A
 * location without a profile is never chosen by routing.
 */
export const WarehouseProfile = model
  .define(
    { name: "warehouse_profile", tableName: "mall_warehouse_profile" },
    {
      id: model.id({ prefix: "whp" }).primaryKey(),
      stock_location_id: model
        .text()
        .unique("IDX_mall_warehouse_profile_location_unique"),
      kind: model.enum([...WAREHOUSE_KINDS]),
      // Lists are stored normalised (see the service) so the strategy compares as is.
      countries: model.array(),
      provinces: model.array(),
      cities: model.array(),
      postal_prefixes: model.array(),
      latitude: model.float().nullable(),
      longitude: model.float().nullable(),
      priority: model.number().default(100),
      daily_capacity: model.number().nullable(),
      // Branches have no duty to ship online orders: they opt in.
      ships_online: model.boolean().default(false),
      accepts_returns: model.boolean().default(true),
      is_active: model.boolean().default(true),
      metadata: model.json().nullable(),
    }
  )
  .indexes([{ name: "IDX_mall_warehouse_profile_active", on: ["is_active"] }])
