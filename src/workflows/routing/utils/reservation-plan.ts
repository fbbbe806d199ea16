import type { RoutingAllocation, RoutingLine } from "../../../types/routing"

/** A reservation of one of the order's lines, as the inventory module holds it. */
export interface OrderReservation {
  id: string
  line_item_id: string
  inventory_item_id: string
  location_id: string
  quantity: number
  allow_backorder: boolean
}

export type NewReservation = Omit<OrderReservation, "id">

/** How many more of an item a location must have free for the plan. */
export interface ReservationNeed {
  inventory_item_id: string
  location_id: string
  quantity: number
}

export interface ReservationPlan {
  /** Reservations to remove (whole: a changed line/item is rebuilt). */
  remove: OrderReservation[]
  create: NewReservation[]
  /** Extra quantity each target takes beyond what the order holds there now. */
  needs: ReservationNeed[]
}

type ByLocation = Map<string, number>

const add = (map: ByLocation, location: string, quantity: number) =>
  map.set(location, (map.get(location) ?? 0) + quantity)

const sameSplit = (a: ByLocation, b: ByLocation) =>
  a.size === b.size && [...a].every(([loc, qty]) => b.get(loc) === qty)

/**
 * Turns a decision into reservation changes. Allocated units are reserved at
 * their warehouse; units the decision left unallocated keep the reservation
 * they have. A line and item whose split does not change is not touched, so
 * applying the same decision twice changes nothing.
 */
export function planReservations(
  lines: RoutingLine[],
  current: OrderReservation[],
  allocations: RoutingAllocation[]
): ReservationPlan {
  const plan: ReservationPlan = { remove: [], create: [], needs: [] }
  const delta = new Map<string, number>()

  for (const line of lines) {
    const allocated = allocations.filter(
      (a) => a.line_item_id === line.line_item_id && a.quantity > 0
    )
    const allocatedUnits = allocated.reduce((sum, a) => sum + a.quantity, 0)
    const keptUnits = Math.max(0, line.quantity - allocatedUnits)

    for (const { inventory_item_id, required_quantity } of line.inventory) {
      const held = current.filter(
        (r) =>
          r.line_item_id === line.line_item_id &&
          r.inventory_item_id === inventory_item_id
      )
      const before: ByLocation = new Map()
      held.forEach((r) => add(before, r.location_id, r.quantity))

      const after: ByLocation = new Map()
      allocated.forEach((a) =>
        add(after, a.location_id, a.quantity * required_quantity)
      )
      // Unallocated units stay where they are reserved, oldest first.
      let keep = keptUnits * required_quantity
      for (const r of held) {
        if (keep <= 0) {
          break
        }
        const qty = Math.min(keep, r.quantity)
        add(after, r.location_id, qty)
        keep -= qty
      }

      if (sameSplit(before, after)) {
        continue
      }
      const allowBackorder = held.some((r) => r.allow_backorder)
      plan.remove.push(...held)
      for (const [location_id, quantity] of after) {
        if (quantity > 0) {
          plan.create.push({
            line_item_id: line.line_item_id,
            inventory_item_id,
            location_id,
            quantity,
            allow_backorder: allowBackorder,
          })
        }
      }
      for (const loc of new Set([...before.keys(), ...after.keys()])) {
        const key = `${inventory_item_id}\u0000${loc}`
        delta.set(
          key,
          (delta.get(key) ?? 0) + (after.get(loc) ?? 0) - (before.get(loc) ?? 0)
        )
      }
    }
  }

  for (const [key, quantity] of delta) {
    if (quantity > 0) {
      const [inventory_item_id, location_id] = key.split("\u0000")
      plan.needs.push({ inventory_item_id, location_id, quantity })
    }
  }
  return plan
}
