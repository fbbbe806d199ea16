import type { RoutingLine } from "../../../types/routing"
import {
  planReservations,
  type OrderReservation,
} from "../utils/reservation-plan"

const line = (overrides: Partial<RoutingLine> = {}): RoutingLine => ({
  line_item_id: "li_1",
  variant_id: "var_1",
  title: "Kettle",
  sku: "HX-KT17-WHT",
  quantity: 3,
  unit_value: 199,
  inventory: [{ inventory_item_id: "iitem_1", required_quantity: 1 }],
  ...overrides,
})

const held = (
  location_id: string,
  quantity: number,
  overrides: Partial<OrderReservation> = {}
): OrderReservation => ({
  id: `res_${location_id}`,
  line_item_id: "li_1",
  inventory_item_id: "iitem_1",
  location_id,
  quantity,
  allow_backorder: false,
  ...overrides,
})

describe("planReservations", () => {
  it("moves a whole reservation to the routed warehouse", () => {
    const plan = planReservations(
      [line()],
      [held("sh", 3)],
      [{ line_item_id: "li_1", location_id: "gz", quantity: 3 }]
    )
    expect(plan.remove.map((r) => r.id)).toEqual(["res_sh"])
    expect(plan.create).toEqual([
      expect.objectContaining({ location_id: "gz", quantity: 3 }),
    ])
    expect(plan.needs).toEqual([
      { inventory_item_id: "iitem_1", location_id: "gz", quantity: 3 },
    ])
  })

  it("changes nothing when the decision matches the reservations", () => {
    const plan = planReservations(
      [line()],
      [held("gz", 3)],
      [{ line_item_id: "li_1", location_id: "gz", quantity: 3 }]
    )
    expect(plan).toEqual({ remove: [], create: [], needs: [] })
  })

  it("splits a line and needs only what is new at each target", () => {
    const plan = planReservations(
      [line()],
      [held("sh", 3)],
      [
        { line_item_id: "li_1", location_id: "gz", quantity: 2 },
        { line_item_id: "li_1", location_id: "sh", quantity: 1 },
      ]
    )
    expect(plan.create).toEqual([
      expect.objectContaining({ location_id: "gz", quantity: 2 }),
      expect.objectContaining({ location_id: "sh", quantity: 1 }),
    ])
    expect(plan.needs).toEqual([
      { inventory_item_id: "iitem_1", location_id: "gz", quantity: 2 },
    ])
  })

  it("keeps unallocated units where they are reserved", () => {
    const plan = planReservations(
      [line()],
      [held("sh", 3)],
      [{ line_item_id: "li_1", location_id: "gz", quantity: 1 }]
    )
    expect(plan.create).toEqual([
      expect.objectContaining({ location_id: "gz", quantity: 1 }),
      expect.objectContaining({ location_id: "sh", quantity: 2 }),
    ])
  })

  it("reserves kit components by their required quantity", () => {
    const kit = line({
      quantity: 2,
      inventory: [
        { inventory_item_id: "iitem_1", required_quantity: 1 },
        { inventory_item_id: "iitem_2", required_quantity: 3 },
      ],
    })
    const plan = planReservations(
      [kit],
      [
        held("sh", 2),
        held("sh", 6, { id: "res_2", inventory_item_id: "iitem_2" }),
      ],
      [{ line_item_id: "li_1", location_id: "gz", quantity: 2 }]
    )
    expect(plan.needs).toEqual(
      expect.arrayContaining([
        { inventory_item_id: "iitem_1", location_id: "gz", quantity: 2 },
        { inventory_item_id: "iitem_2", location_id: "gz", quantity: 6 },
      ])
    )
  })

  it("leaves lines without stock-managed inventory alone", () => {
    const plan = planReservations(
      [line({ inventory: [] })],
      [],
      [{ line_item_id: "li_1", location_id: "gz", quantity: 3 }]
    )
    expect(plan).toEqual({ remove: [], create: [], needs: [] })
  })
})
