import type {
  ChannelAllocationSettings,
  PositionState,
} from "../../types/channel-inventory"
import { applyPositionChange, positionFigures } from "../channel-position"
import {
  suggestChannelAllocation,
  suggestionReason,
  transferable,
  type SuggestionInput,
} from "../channel-suggestions"

const settings = (
  overrides: Partial<ChannelAllocationSettings> = {}
): ChannelAllocationSettings => ({
  mode: "split",
  online_safety_stock: 0,
  offline_safety_stock: 2,
  last_unit_policy: "no_borrowing",
  ...overrides,
})

const input = (
  state: Partial<Omit<PositionState, "settings">>,
  rest: Partial<Omit<SuggestionInput, "figures" | "settings">> = {},
  s: Partial<ChannelAllocationSettings> = {}
): SuggestionInput => {
  const full: PositionState = {
    stocked: 50,
    reserved_online: 0,
    offline_pool: 20,
    ...state,
    settings: settings(s),
  }
  return {
    figures: positionFigures(full),
    settings: full.settings,
    sales: { online: 42, offline: 14 },
    window_days: 14,
    cover_days: 7,
    ...rest,
  }
}

describe("suggestChannelAllocation", () => {
  it("shrinks an offline pool larger than its cover and says why", () => {
    const s = suggestChannelAllocation(input({}))
    expect(s).toMatchObject({
      status: "move",
      velocity: { online: 3, offline: 1 },
      offline_demand: 7,
      offline_target: 9,
      offline_pool: 20,
      online_pool: 30,
      wanted: -11,
      movable: 20,
      suggested_offline_pool: 9,
      suggested_online_pool: 41,
      transfer: { from: "offline", quantity: 11 },
    })
    expect(s.reasoning).toBe(
      "Offline sold 14 in 14 days (1.0/day), online 42 (3.0/day). 7 days of offline cover (7) plus 2 safety stock = 9; the offline pool has 20: move 11 from offline to online."
    )
  })

  it("grows a short offline pool from online's free units", () => {
    const s = suggestChannelAllocation(
      input({ offline_pool: 3 }, { sales: { online: 10, offline: 28 } })
    )
    // 2/day × 7 days + 2 safety = 16; the pool has 3.
    expect(s).toMatchObject({
      status: "move",
      offline_target: 16,
      wanted: 13,
      transfer: { from: "online", quantity: 13 },
      suggested_offline_pool: 16,
      suggested_online_pool: 34,
    })
    expect(s.reasoning).toContain("move 13 from online to offline")
  })

  it("rounds offline demand up to whole units", () => {
    const s = suggestChannelAllocation(
      input({}, { sales: { online: 0, offline: 1 }, window_days: 28 })
    )
    // 1/28 a day × 7 days = 0.25 → 1 unit.
    expect(s.velocity.offline).toBe(0.04)
    expect(s.offline_demand).toBe(1)
    expect(s.reasoning).toContain("(0.04/day)")
  })

  it("moves no more than online can spare: orders' reservations and the online safety stock stay", () => {
    const s = suggestChannelAllocation(
      input(
        { stocked: 20, reserved_online: 10, offline_pool: 3 },
        { sales: { online: 10, offline: 28 } },
        { online_safety_stock: 2 }
      )
    )
    // Online pool 17: 10 reserved, 2 safety stock, 5 free.
    expect(
      transferable(
        positionFigures({
          stocked: 20,
          reserved_online: 10,
          offline_pool: 3,
          settings: settings({ online_safety_stock: 2 }),
        }),
        settings({ online_safety_stock: 2 })
      )
    ).toEqual({ online: 5, offline: 3 })
    expect(s).toMatchObject({
      status: "move",
      wanted: 13,
      movable: 5,
      transfer: { from: "online", quantity: 5 },
      suggested_offline_pool: 8,
      suggested_online_pool: 12,
    })
    expect(s.reasoning).toContain(
      "it needs 13 more, but online has only 5 units free to move"
    )
  })

  it("suggests only transfers the engine accepts", () => {
    for (const reserved_online of [0, 5, 12, 17]) {
      for (const offline_pool of [0, 3, 9, 20]) {
        const state: PositionState = {
          stocked: 20,
          reserved_online,
          offline_pool,
          settings: settings({ online_safety_stock: 1 }),
        }
        for (const offline of [0, 7, 28, 60]) {
          const s = suggestChannelAllocation({
            figures: positionFigures(state),
            settings: state.settings,
            sales: { online: 10, offline },
            window_days: 14,
            cover_days: 7,
          })
          if (s.transfer) {
            const result = applyPositionChange(state, {
              type: "transfer",
              ...s.transfer,
            })
            expect(result.ok).toBe(true)
            expect(
              result.ok && positionFigures(result.after).offline_pool
            ).toBe(s.suggested_offline_pool)
          }
        }
      }
    }
  })

  it("is blocked when online has nothing free to move", () => {
    const s = suggestChannelAllocation(
      input(
        { stocked: 10, reserved_online: 7, offline_pool: 3 },
        { sales: { online: 10, offline: 28 } }
      )
    )
    expect(s).toMatchObject({ status: "blocked", movable: 0, transfer: null })
    expect(s.suggested_offline_pool).toBe(3)
    expect(s.reasoning).toContain("online has no units free to move")
  })

  it("leaves a pool on target, or within the tolerance, alone", () => {
    expect(suggestChannelAllocation(input({ offline_pool: 9 }))).toMatchObject({
      status: "balanced",
      wanted: 0,
      transfer: null,
    })
    const near = suggestChannelAllocation(
      input({ offline_pool: 10 }, { tolerance: 1 })
    )
    expect(near).toMatchObject({ status: "balanced", transfer: null })
    expect(near.reasoning).toContain("within 1 unit of it: no transfer needed")
    expect(
      suggestChannelAllocation(input({ offline_pool: 10 })).transfer
    ).toEqual({ from: "offline", quantity: 1 })
  })

  it("keeps only the safety stock offline when the branches sold nothing", () => {
    const s = suggestChannelAllocation(
      input({}, { sales: { online: 30, offline: 0 } })
    )
    expect(s).toMatchObject({
      offline_target: 2,
      transfer: { from: "offline", quantity: 18 },
    })
  })

  it("suggests nothing without sales, and says so", () => {
    const s = suggestChannelAllocation(
      input({}, { sales: { online: 0, offline: 0 }, window_days: 28 })
    )
    expect(s).toMatchObject({
      status: "no_sales",
      transfer: null,
      suggested_offline_pool: 20,
      suggested_online_pool: 30,
    })
    expect(s.reasoning).toBe(
      "No sales in the last 28 days, online or offline: there is nothing to base a suggestion on."
    )
  })

  it("treats net returns as no offline sales", () => {
    const s = suggestChannelAllocation(
      input({}, { sales: { online: 5, offline: -3 } })
    )
    expect(s.sales.offline).toBe(0)
    expect(s.offline_demand).toBe(0)
  })

  it("names the cover and the window in the transfer reason", () => {
    expect(suggestionReason(28, 7)).toBe(
      "Suggestion: 7 days of cover from 28 days of sales"
    )
    expect(suggestionReason(1, 1)).toBe(
      "Suggestion: 1 day of cover from 1 day of sales"
    )
  })
})
