import type { MedusaContainer } from "@medusajs/framework/types"
import {
  ContainerRegistrationKeys,
  MedusaError,
  Modules,
} from "@medusajs/framework/utils"
import type MallChannelInventoryModuleService from "../../../../modules/channel-inventory/service"
import type { AdminChannelPosition } from "../../../../types/http/channel-inventory"
import { MALL_CHANNEL_INVENTORY_MODULE } from "../../../../types/modules"
import { positionFigures } from "../../../../utils/channel-position"
import {
  loadPositions,
  positionKey,
  type PositionKey,
} from "../../../../workflows/channel-inventory/utils/positions"
import {
  locationLookup,
  resolveSkus,
} from "../../../../workflows/channel-inventory/utils/resolve"

const notFound = (message: string) =>
  new MedusaError(MedusaError.Types.NOT_FOUND, message)

/** The inventory item of an id or a SKU; 404 when there is none. */
export async function resolveItem(
  container: MedusaContainer,
  target: { inventory_item_id?: string; sku?: string }
): Promise<string> {
  if (target.sku) {
    const id = (await resolveSkus(container, [target.sku])).get(target.sku)
    if (!id) {
      throw notFound(`No inventory item has the SKU "${target.sku}"`)
    }
    return id
  }
  const inventory = container.resolve(Modules.INVENTORY)
  const [item] = await inventory.listInventoryItems(
    { id: target.inventory_item_id! },
    { select: ["id"], take: 1 }
  )
  if (!item) {
    throw notFound(`Inventory item ${target.inventory_item_id} was not found`)
  }
  return item.id
}

/** A stock location by id or name; 404 when there is none. */
export async function resolveLocation(
  container: MedusaContainer,
  value: string
): Promise<string> {
  const found = (await locationLookup(container))(value)
  if ("error" in found) {
    throw notFound(
      `${found.error.charAt(0).toUpperCase()}${found.error.slice(1)}`
    )
  }
  return found.id
}

/** The inventory items of a product's variants; 404 for an unknown product. */
export async function itemsOfProduct(
  container: MedusaContainer,
  product_id: string
): Promise<string[]> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "product",
    fields: ["id", "variants.inventory_items.inventory_item_id"],
    filters: { id: product_id },
  })
  const product = data[0] as
    | {
        variants?: {
          inventory_items?: { inventory_item_id: string }[] | null
        }[]
      }
    | undefined
  if (!product) {
    throw notFound(`Product ${product_id} was not found`)
  }
  return [
    ...new Set(
      (product.variants ?? []).flatMap((v) =>
        (v.inventory_items ?? []).map((i) => i.inventory_item_id)
      )
    ),
  ]
}

/** The positions (Medusa inventory levels) matching the filters. */
export async function listPositionKeys(
  container: MedusaContainer,
  filters: { inventory_item_ids?: string[]; location_id?: string },
  page?: { skip: number; take: number }
): Promise<[PositionKey[], number]> {
  if (filters.inventory_item_ids && !filters.inventory_item_ids.length) {
    return [[], 0]
  }
  const inventory = container.resolve(Modules.INVENTORY)
  const [levels, count] = await inventory.listAndCountInventoryLevels(
    {
      ...(filters.inventory_item_ids
        ? { inventory_item_id: filters.inventory_item_ids }
        : {}),
      ...(filters.location_id ? { location_id: filters.location_id } : {}),
    },
    {
      select: ["id", "inventory_item_id", "location_id"],
      order: { inventory_item_id: "ASC", location_id: "ASC" },
      skip: page?.skip ?? 0,
      take: page?.take ?? null,
    }
  )
  return [
    levels.map((l) => ({
      inventory_item_id: l.inventory_item_id,
      location_id: l.location_id,
    })),
    count,
  ]
}

/** Positions with their settings and figures, in the order given. */
export async function describePositions(
  container: MedusaContainer,
  keys: PositionKey[]
): Promise<AdminChannelPosition[]> {
  if (!keys.length) {
    return []
  }
  const inventory = container.resolve(Modules.INVENTORY)
  const stock = container.resolve(Modules.STOCK_LOCATION)
  const [positions, items, locations] = await Promise.all([
    loadPositions(container, keys),
    inventory.listInventoryItems(
      { id: [...new Set(keys.map((k) => k.inventory_item_id))] },
      { select: ["id", "sku", "title"], take: null }
    ),
    stock.listStockLocations(
      { id: [...new Set(keys.map((k) => k.location_id))] },
      { select: ["id", "name"], take: null }
    ),
  ])
  const itemById = new Map(items.map((i) => [i.id, i]))
  const locationName = new Map(locations.map((l) => [l.id, l.name]))
  return keys.flatMap((key) => {
    const p = positions.get(positionKey(key))
    if (!p) {
      return []
    }
    const item = itemById.get(key.inventory_item_id)
    return [
      {
        inventory_item_id: key.inventory_item_id,
        sku: (item?.sku as string | null) ?? null,
        title: (item?.title as string | null) ?? null,
        location_id: key.location_id,
        location_name: locationName.get(key.location_id) ?? null,
        has_allocation: !!p.allocation,
        ...p.state.settings,
        ...positionFigures(p.state),
      },
    ]
  })
}

/**
 * A page of the split positions matching the filters. While the defaults
 * are shared only positions with their own split allocation are split, and
 * the allocation table pages them; when the defaults split every position,
 * the positions without a shared allocation of their own are.
 */
export async function listSplitPositionKeys(
  container: MedusaContainer,
  filters: { inventory_item_ids?: string[]; location_id?: string },
  page: { skip: number; take: number }
): Promise<[PositionKey[], number]> {
  const channel = container.resolve<MallChannelInventoryModuleService>(
    MALL_CHANNEL_INVENTORY_MODULE
  )
  const defaults = await channel.retrieveChannelDefaults()
  if (defaults.mode !== "split") {
    return await channel.listSplitPositions(filters, page)
  }
  const [keys] = await listPositionKeys(container, filters)
  const shared = new Set(
    (
      await channel.listAllocationRows({
        inventory_item_ids: [...new Set(keys.map((k) => k.inventory_item_id))],
        ...(filters.location_id ? { location_ids: [filters.location_id] } : {}),
      })
    )
      .filter((a) => a.mode === "shared")
      .map(positionKey)
  )
  const split = keys.filter((k) => !shared.has(positionKey(k)))
  return [split.slice(page.skip, page.skip + page.take), split.length]
}
