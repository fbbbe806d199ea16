import { MedusaError } from "@medusajs/framework/utils"
import type {
  RoutingAllocation,
  RoutingLine,
  RoutingResult,
  RoutingTraceEntry,
  RoutingWarehouse,
} from "../../../types/routing"

/**
 * The decision an admin dictates: the allocations as given, checked against
 * the order's lines and the channel's locations. Stock is checked later,
 * under the inventory lock, when the reservations move.
 */
export function overrideResult(
  lines: RoutingLine[],
  warehouses: RoutingWarehouse[],
  requested: RoutingAllocation[],
  reason: string
): RoutingResult {
  const lineOf = new Map(lines.map((l) => [l.line_item_id, l]))
  const warehouseOf = new Map(warehouses.map((w) => [w.location_id, w]))
  const merged = new Map<string, RoutingAllocation>()

  for (const a of requested) {
    const line = lineOf.get(a.line_item_id)
    if (!line) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `Line item ${a.line_item_id} is not a line of this order that still has goods to ship.`
      )
    }
    if (!warehouseOf.has(a.location_id)) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `Stock location ${a.location_id} does not serve this order's sales channel; pick one of: ${warehouses
          .map((w) => w.name)
          .join(", ")}.`
      )
    }
    const key = `${a.line_item_id}\u0000${a.location_id}`
    const prev = merged.get(key)
    merged.set(key, { ...a, quantity: (prev?.quantity ?? 0) + a.quantity })
  }
  const allocations = [...merged.values()]

  const unallocated: RoutingResult["unallocated"] = []
  for (const line of lines) {
    const given = allocations
      .filter((a) => a.line_item_id === line.line_item_id)
      .reduce((sum, a) => sum + a.quantity, 0)
    if (given > line.quantity) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `${line.title} has ${line.quantity} to ship; the override allocates ${given}.`
      )
    }
    if (given < line.quantity) {
      unallocated.push({
        line_item_id: line.line_item_id,
        quantity: line.quantity - given,
        reason: "Left unallocated by the manual override.",
      })
    }
  }

  const used = [...new Set(allocations.map((a) => a.location_id))]
  const trace: RoutingTraceEntry[] = [
    {
      location_id: null,
      name: null,
      verdict: "info",
      code: "manual_override",
      text: `Manual override: ${reason}`,
    },
    ...used.map((location_id): RoutingTraceEntry => {
      const units = allocations
        .filter((a) => a.location_id === location_id)
        .reduce((sum, a) => sum + a.quantity, 0)
      const name = warehouseOf.get(location_id)!.name
      return {
        location_id,
        name,
        verdict: "chosen",
        code: "manual_override",
        text: `${name}: chosen by hand, ${units} unit${units === 1 ? "" : "s"}`,
      }
    }),
  ]
  const names = used.map((id) => warehouseOf.get(id)!.name)
  const status = !allocations.length
    ? "unallocated"
    : unallocated.length
      ? "partial"
      : "allocated"
  const summary =
    status === "unallocated"
      ? "Nothing allocated by the manual override."
      : names.length === 1
        ? `Ships from ${names[0]} (manual override).`
        : `Split across ${names.join(" and ")} (manual override).`
  return { status, allocations, unallocated, trace, summary }
}
