import type { ChannelAllocationSettings } from "../../types/channel-inventory"
import type { LocationKey } from "./huaxia-data"

/** A demo position split between the branch counter and the online mall. */
export interface ChannelAllocationSeed {
  sku: string
  location: LocationKey
  settings: ChannelAllocationSettings
  offline_pool: number
}

/**
 * Branches keep part of their stock for walk-in customers: the big fridge
 * is rare at the Guangzhou branch (the counter sells first and may borrow),
 * and the tea gift boxes are split everywhere before the gift season.
 */
export const CHANNEL_ALLOCATIONS: ChannelAllocationSeed[] = [
  {
    sku: "HX-BCD520-SLV",
    location: "guangzhou",
    settings: {
      mode: "split",
      online_safety_stock: 0,
      offline_safety_stock: 0,
      last_unit_policy: "offline_first",
    },
    offline_pool: 2,
  },
  ...(["guangzhou", "beijing", "chengdu"] as const).map((location) => ({
    sku: "HX-TEA-LJ250",
    location,
    settings: {
      mode: "split" as const,
      online_safety_stock: 2,
      offline_safety_stock: 5,
      last_unit_policy: "fcfs" as const,
    },
    offline_pool: 20,
  })),
  {
    sku: "HX-TEA-PE357",
    location: "chengdu",
    settings: {
      mode: "split",
      online_safety_stock: 0,
      offline_safety_stock: 2,
      last_unit_policy: "no_borrowing",
    },
    offline_pool: 15,
  },
]
