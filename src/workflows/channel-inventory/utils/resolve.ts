import type { MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"

/** Inventory item ids by SKU (SKUs are unique in Medusa's inventory). */
export async function resolveSkus(
  container: MedusaContainer,
  skus: string[]
): Promise<Map<string, string>> {
  const unique = [...new Set(skus)]
  if (!unique.length) {
    return new Map()
  }
  const inventory = container.resolve(Modules.INVENTORY)
  const items = await inventory.listInventoryItems(
    { sku: unique },
    { select: ["id", "sku"], take: null }
  )
  return new Map(items.map((i) => [i.sku as string, i.id]))
}

/** The SKUs of inventory items, for the ledger and the reports. */
export async function skusOf(
  container: MedusaContainer,
  inventory_item_ids: string[]
): Promise<Map<string, string | null>> {
  const unique = [...new Set(inventory_item_ids)]
  if (!unique.length) {
    return new Map()
  }
  const inventory = container.resolve(Modules.INVENTORY)
  const items = await inventory.listInventoryItems(
    { id: unique },
    { select: ["id", "sku"], take: null }
  )
  return new Map(items.map((i) => [i.id, (i.sku as string | null) ?? null]))
}

export type LocationLookup = (
  value: string
) => { id: string } | { error: string }

/** Finds a stock location by id, or by name (case-insensitive) when the name is unique. */
export async function locationLookup(
  container: MedusaContainer
): Promise<LocationLookup> {
  const stock = container.resolve(Modules.STOCK_LOCATION)
  const locations = await stock.listStockLocations(
    {},
    { select: ["id", "name"], take: null }
  )
  const ids = new Set(locations.map((l) => l.id))
  const byName = new Map<string, string[]>()
  for (const l of locations) {
    const name = (l.name ?? "").trim().toLowerCase()
    byName.set(name, [...(byName.get(name) ?? []), l.id])
  }
  return (value: string) => {
    if (ids.has(value)) {
      return { id: value }
    }
    const matches = byName.get(value.trim().toLowerCase()) ?? []
    if (matches.length === 1) {
      return { id: matches[0] }
    }
    return {
      error: matches.length
        ? `${matches.length} stock locations are named "${value}": give the location's id (${matches.join(", ")})`
        : `no stock location has the id or name "${value}"`,
    }
  }
}
