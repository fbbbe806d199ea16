import type { MedusaContainer } from "@medusajs/framework/types"
import {
  ContainerRegistrationKeys,
  MathBN,
  Modules,
} from "@medusajs/framework/utils"
import type MallRoutingModuleService from "../../../modules/routing/service"
import { MALL_ROUTING_MODULE } from "../../../types/modules"
import type { RoutingWarehouse, WarehouseProfile } from "../../../types/routing"
import type { OrderReservation } from "./reservation-plan"

/**
 * The profile a stock location has until someone gives it one: it ships, at
 * low priority, everywhere. Installing the plugin then leaves orders flowing
 * as before; opting a location out is an explicit `ships_online: false`.
 */
export function implicitWarehouseProfile(
  stock_location_id: string
): WarehouseProfile {
  return {
    id: "",
    stock_location_id,
    kind: "third_party",
    service_area: {
      countries: [],
      provinces: [],
      cities: [],
      postal_prefixes: [],
    },
    latitude: null,
    longitude: null,
    priority: 1000,
    daily_capacity: null,
    ships_online: true,
    accepts_returns: false,
    is_active: true,
  }
}

export interface LoadRoutingWarehousesInput {
  /** Candidates are this channel's stock locations; all locations when null. */
  sales_channel_id: string | null
  inventory_item_ids: string[]
  /** The order's own reservations: they count as free where they are. */
  own_reservations?: OrderReservation[]
  /** Locations the order is routed to now: it is not counted against their capacity. */
  own_location_ids?: string[]
  now?: Date
}

/** Stock locations an order could ship from, with their stock and load today. */
export async function loadRoutingWarehouses(
  container: MedusaContainer,
  input: LoadRoutingWarehousesInput
): Promise<RoutingWarehouse[]> {
  const locations = await channelLocations(container, input.sales_channel_id)
  if (!locations.length) {
    return []
  }
  const locationIds = locations.map((l) => l.id)

  const routing =
    container.resolve<MallRoutingModuleService>(MALL_ROUTING_MODULE)
  const inventory = container.resolve(Modules.INVENTORY)
  const [profiles, ordersToday, levels] = await Promise.all([
    routing.listWarehouseProfilesByLocation(locationIds),
    routing.countOrdersToday(locationIds, input.now ?? new Date()),
    input.inventory_item_ids.length
      ? inventory.listInventoryLevels(
          {
            inventory_item_id: input.inventory_item_ids,
            location_id: locationIds,
          },
          {
            select: [
              "inventory_item_id",
              "location_id",
              "stocked_quantity",
              "reserved_quantity",
            ],
          }
        )
      : Promise.resolve([]),
  ])
  const profileOf = new Map(profiles.map((p) => [p.stock_location_id, p]))
  const ownLocations = new Set(input.own_location_ids ?? [])
  const key = (location: string, item: string) => `${location}\u0000${item}`
  const held = new Map<string, number>()
  for (const r of input.own_reservations ?? []) {
    const k = key(r.location_id, r.inventory_item_id)
    held.set(k, (held.get(k) ?? 0) + r.quantity)
  }
  const availableAt = new Map<string, Record<string, number>>()
  for (const level of levels) {
    const free = MathBN.sub(
      level.stocked_quantity,
      level.reserved_quantity
    ).toNumber()
    const mine = held.get(key(level.location_id, level.inventory_item_id)) ?? 0
    const row = availableAt.get(level.location_id) ?? {}
    row[level.inventory_item_id] = Math.max(0, free + mine)
    availableAt.set(level.location_id, row)
  }

  return locations.map((location) => {
    const available = availableAt.get(location.id) ?? {}
    const today = ordersToday[location.id] ?? 0
    return {
      location_id: location.id,
      name: location.name,
      profile:
        profileOf.get(location.id) ?? implicitWarehouseProfile(location.id),
      available,
      orders_today: ownLocations.has(location.id)
        ? Math.max(0, today - 1)
        : today,
    }
  })
}

async function channelLocations(
  container: MedusaContainer,
  sales_channel_id: string | null
): Promise<{ id: string; name: string }[]> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  if (sales_channel_id) {
    const {
      data: [channel],
    } = await query.graph({
      entity: "sales_channel",
      fields: ["id", "stock_locations.id", "stock_locations.name"],
      filters: { id: sales_channel_id },
    })
    return (
      (channel?.stock_locations ?? []) as ({
        id: string
        name: string
      } | null)[]
    ).filter((l): l is { id: string; name: string } => !!l)
  }
  const { data } = await query.graph({
    entity: "stock_location",
    fields: ["id", "name"],
  })
  return data as { id: string; name: string }[]
}
