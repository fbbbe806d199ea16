import type { RoutingLine, RoutingWarehouse } from "../../../types/routing"
import { overrideResult } from "../utils/override-result"
import { implicitWarehouseProfile } from "../utils/routing-warehouses"

const lines: RoutingLine[] = [
  {
    line_item_id: "li_1",
    variant_id: "var_1",
    title: "Kettle",
    sku: "HX-KT17-WHT",
    quantity: 2,
    unit_value: 199,
    inventory: [{ inventory_item_id: "iitem_1", required_quantity: 1 }],
  },
]
const warehouse = (id: string, name: string): RoutingWarehouse => ({
  location_id: id,
  name,
  profile: implicitWarehouseProfile(id),
  available: {},
  orders_today: 0,
})
const warehouses = [
  warehouse("gz", "Guangzhou Branch"),
  warehouse("bj", "Beijing Branch"),
]

describe("overrideResult", () => {
  it("takes the admin's allocations and says so in the trace", () => {
    const result = overrideResult(
      lines,
      warehouses,
      [
        { line_item_id: "li_1", location_id: "gz", quantity: 1 },
        { line_item_id: "li_1", location_id: "bj", quantity: 1 },
      ],
      "Half for the Beijing office"
    )
    expect(result.status).toEqual("allocated")
    expect(result.summary).toEqual(
      "Split across Guangzhou Branch and Beijing Branch (manual override)."
    )
    expect(result.trace[0].text).toEqual(
      "Manual override: Half for the Beijing office"
    )
  })

  it("reports what it leaves unallocated", () => {
    const result = overrideResult(
      lines,
      warehouses,
      [{ line_item_id: "li_1", location_id: "gz", quantity: 1 }],
      "One now"
    )
    expect(result.status).toEqual("partial")
    expect(result.unallocated).toEqual([
      expect.objectContaining({ line_item_id: "li_1", quantity: 1 }),
    ])
  })

  it("refuses unknown lines, foreign locations and too many units", () => {
    expect(() =>
      overrideResult(
        lines,
        warehouses,
        [{ line_item_id: "li_x", location_id: "gz", quantity: 1 }],
        "r"
      )
    ).toThrow("Line item li_x is not a line of this order")
    expect(() =>
      overrideResult(
        lines,
        warehouses,
        [{ line_item_id: "li_1", location_id: "cd", quantity: 1 }],
        "r"
      )
    ).toThrow("pick one of: Guangzhou Branch, Beijing Branch")
    expect(() =>
      overrideResult(
        lines,
        warehouses,
        [{ line_item_id: "li_1", location_id: "gz", quantity: 3 }],
        "r"
      )
    ).toThrow("Kettle has 2 to ship; the override allocates 3.")
  })
})
