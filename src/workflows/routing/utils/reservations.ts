import type { MedusaContainer } from "@medusajs/framework/types"
import { MathBN, MedusaError, Modules } from "@medusajs/framework/utils"
import type { RoutingWarehouse } from "../../../types/routing"
import type {
  NewReservation,
  OrderReservation,
  ReservationPlan,
} from "./reservation-plan"

/** The reservations of the given order lines. */
export async function listOrderReservations(
  container: MedusaContainer,
  line_item_ids: string[]
): Promise<OrderReservation[]> {
  if (!line_item_ids.length) {
    return []
  }
  const inventory = container.resolve(Modules.INVENTORY)
  const rows = await inventory.listReservationItems(
    { line_item_id: line_item_ids },
    { order: { created_at: "ASC" } }
  )
  return rows.map((r) => ({
    id: r.id,
    line_item_id: r.line_item_id as string,
    inventory_item_id: r.inventory_item_id,
    location_id: r.location_id,
    quantity: MathBN.convert(r.quantity).toNumber(),
    allow_backorder: !!r.allow_backorder,
  }))
}

/**
 * Refuses a plan that takes more than a location has free. The warehouses'
 * `available` already counts the order's own holds as free where they are.
 */
export function assertPlanFits(
  plan: ReservationPlan,
  warehouses: RoutingWarehouse[],
  current: OrderReservation[],
  describeItem: (inventory_item_id: string) => string
) {
  for (const need of plan.needs) {
    const warehouse = warehouses.find((w) => w.location_id === need.location_id)
    const held = current
      .filter(
        (r) =>
          r.location_id === need.location_id &&
          r.inventory_item_id === need.inventory_item_id
      )
      .reduce((sum, r) => sum + r.quantity, 0)
    const free = (warehouse?.available[need.inventory_item_id] ?? 0) - held
    if (need.quantity > free) {
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        `${warehouse?.name ?? need.location_id} has ${Math.max(0, free)} of ${describeItem(
          need.inventory_item_id
        )} free; this routing needs ${need.quantity} more there.`
      )
    }
  }
}

/**
 * Replaces reservations. Must run under the inventory items' lock. If the
 * new ones cannot be created, the old ones are put back before failing.
 */
export async function swapReservations(
  container: MedusaContainer,
  remove: OrderReservation[],
  create: NewReservation[]
): Promise<OrderReservation[]> {
  if (!remove.length && !create.length) {
    return []
  }
  const inventory = container.resolve(Modules.INVENTORY)
  if (remove.length) {
    await inventory.deleteReservationItems(remove.map((r) => r.id))
  }
  try {
    const created = create.length
      ? await inventory.createReservationItems(
          create.map((r) => ({ ...r, description: "mall routing" }))
        )
      : []
    return created.map((r) => ({
      id: r.id,
      line_item_id: r.line_item_id as string,
      inventory_item_id: r.inventory_item_id,
      location_id: r.location_id,
      quantity: MathBN.convert(r.quantity).toNumber(),
      allow_backorder: !!r.allow_backorder,
    }))
  } catch (e) {
    if (remove.length) {
      await inventory.createReservationItems(
        remove.map(({ id: _id, ...r }) => r)
      )
    }
    throw e
  }
}
