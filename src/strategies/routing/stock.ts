import type { RoutingLine, RoutingWarehouse } from "../../types/routing"

// Hot loops index arrays rather than iterate them (the test and bench
// transpile to ES5, where `for...of` becomes the iterator protocol), and
// reach builtins through module constants: under Jest's vm context every
// global lookup (`Math`, `Infinity`) goes through an interceptor.
const { floor, min } = Math
const hasOwn = Object.prototype.hasOwnProperty
export const INFINITY = Number.POSITIVE_INFINITY

/** An order line as the allocator sees it; `remaining` counts down. */
export interface Demand {
  line: RoutingLine
  index: number
  quantity: number
  /** Inventory item slots of the line, and units one line unit consumes. */
  slots: number[]
  pers: number[]
  remaining: number
  /** Units given up because their shipment fell below `min_split_value`. */
  dropped: number
  droppedReason: string | null
}

export type Exclusion =
  "inactive" | "not_shipping_online" | "out_of_area" | "at_capacity" | "too_far"

/** A warehouse with what the rules found about it and what it ships. */
export interface Site {
  warehouse: RoutingWarehouse
  inArea: boolean
  distanceKm: number | null
  exclusion: Exclusion | null
  /** Ranking key, one number per enabled ranker. */
  key: number[]
  /** Position in the ranking: candidates first, then the rest. */
  order: number
  /** Units of the order it could ship alone, before any allocation. */
  has: number
  /** Where its slots start in `Stock.avail`. */
  base: number
  /** Units shipped per demand index; null until it ships something. */
  shipped: number[] | null
  units: number
  role: "none" | "chosen" | "fallback"
  /** Value of the shipment `min_split_value` removed, if it did. */
  belowMin: number | null
}

/**
 * Available units of every warehouse in one flat array (warehouse-major),
 * decremented as units are taken. `shared` tells whether an item appears in
 * more than one line (or twice in a kit): only then must a simulation
 * consume stock as it goes.
 */
export interface Stock {
  slotCount: number
  avail: Float64Array
  shared: boolean
  scratch: Float64Array
}

/**
 * Turns lines into demands over a dense list of inventory item slots, so
 * availability is an array lookup instead of a string-keyed one in the loops.
 */
export function buildDemands(lines: RoutingLine[]): {
  demands: Demand[]
  slotOf: Map<string, number>
  shared: boolean
} {
  const slotOf = new Map<string, number>()
  const demands: Demand[] = []
  let parts = 0
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]
    const quantity = +line.quantity
    if (!(quantity > 0)) {
      continue
    }
    const d: Demand = {
      line,
      index: demands.length,
      quantity,
      slots: [],
      pers: [],
      remaining: quantity,
      dropped: 0,
      droppedReason: null,
    }
    const inventory = line.inventory ?? []
    for (let j = 0; j < inventory.length; j++) {
      const per = +inventory[j].required_quantity
      if (!(per > 0)) {
        continue
      }
      const id = inventory[j].inventory_item_id
      let slot = slotOf.get(id)
      if (slot === undefined) {
        slot = slotOf.size
        slotOf.set(id, slot)
      }
      d.slots.push(slot)
      d.pers.push(per)
      parts++
    }
    demands.push(d)
  }
  return { demands, slotOf, shared: parts > slotOf.size }
}

export function createStock(
  warehouses: RoutingWarehouse[],
  slotOf: Map<string, number>,
  shared: boolean
): Stock {
  const k = slotOf.size
  const slots = [...slotOf.keys()]
  const avail = new Float64Array(warehouses.length * k)
  for (let w = 0; w < warehouses.length; w++) {
    const available = warehouses[w].available ?? {}
    const base = w * k
    // Own-property check first: the workflow builds fresh objects per
    // decision that lack most items, and a plain lookup of a missing key
    // walks the prototype chain, several times slower.
    for (let s = 0; s < k; s++) {
      if (hasOwn.call(available, slots[s])) {
        const n = +available[slots[s]]
        avail[base + s] = n > 0 ? n : 0
      }
    }
  }
  return { slotCount: k, avail, shared, scratch: new Float64Array(k) }
}

/** Whole line units the stock at `base` covers; unbounded without stock. */
export function capacity(d: Demand, avail: Float64Array, base: number): number {
  let cap = INFINITY
  for (let i = 0; i < d.slots.length; i++) {
    const c = floor(avail[base + d.slots[i]] / d.pers[i])
    if (c < cap) {
      cap = c
    }
  }
  return cap
}

export const siteCapacity = (stock: Stock, site: Site, d: Demand) =>
  capacity(d, stock.avail, site.base)

/**
 * Units a warehouse could ship of what `demands` still need (all of it with
 * `full`), lines served in order so a shared item is not counted twice.
 */
export function shippable(
  stock: Stock,
  site: Site,
  demands: Demand[],
  full = false
): number {
  let avail = stock.avail
  let base = site.base
  if (stock.shared) {
    const scratch = stock.scratch
    for (let s = 0; s < stock.slotCount; s++) {
      scratch[s] = avail[base + s]
    }
    avail = scratch
    base = 0
  }
  let total = 0
  for (let i = 0; i < demands.length; i++) {
    const d = demands[i]
    const want = full ? d.quantity : d.remaining
    if (want <= 0) {
      continue
    }
    const cap = capacity(d, avail, base)
    const units = want < cap ? want : cap
    if (units > 0) {
      if (stock.shared) {
        for (let j = 0; j < d.slots.length; j++) {
          avail[d.slots[j]] -= units * d.pers[j]
        }
      }
      total += units
    }
  }
  return total
}

export function take(
  stock: Stock,
  site: Site,
  d: Demand,
  units: number,
  role: "chosen" | "fallback"
): void {
  if (!(units > 0)) {
    return
  }
  for (let j = 0; j < d.slots.length; j++) {
    stock.avail[site.base + d.slots[j]] -= units * d.pers[j]
  }
  site.shipped ??= []
  site.shipped[d.index] = (site.shipped[d.index] ?? 0) + units
  site.units += units
  d.remaining -= units
  if (site.role === "none") {
    site.role = role
  }
}

/** Takes as much of the line as the site has, up to what remains. */
export const takeWhatFits = (
  stock: Stock,
  site: Site,
  d: Demand,
  role: "chosen" | "fallback"
) => take(stock, site, d, min(d.remaining, siteCapacity(stock, site, d)), role)

/** Gives a site's units of a line back; returns how many. */
export function release(stock: Stock, site: Site, d: Demand): number {
  const units = site.shipped?.[d.index] ?? 0
  if (units <= 0) {
    return 0
  }
  for (let j = 0; j < d.slots.length; j++) {
    stock.avail[site.base + d.slots[j]] += units * d.pers[j]
  }
  site.shipped![d.index] = 0
  site.units -= units
  d.remaining += units
  return units
}

/** Takes, line by line, every unit the site can ship of what remains. */
export function takeAll(
  stock: Stock,
  site: Site,
  demands: Demand[],
  role: "chosen" | "fallback"
): void {
  for (let i = 0; i < demands.length; i++) {
    if (demands[i].remaining > 0) {
      takeWhatFits(stock, site, demands[i], role)
    }
  }
}
