import type {
  ChannelAllocationSettings,
  LastUnitPolicy,
  PositionState,
} from "../../types/channel-inventory"
import {
  applyPositionChange,
  effectiveOfflinePool,
  positionFigures,
  targetHold,
} from "../channel-position"

const settings = (
  overrides: Partial<ChannelAllocationSettings> = {}
): ChannelAllocationSettings => ({
  mode: "split",
  online_safety_stock: 0,
  offline_safety_stock: 0,
  last_unit_policy: "no_borrowing",
  ...overrides,
})

const state = (
  overrides: Partial<Omit<PositionState, "settings">> = {},
  s: Partial<ChannelAllocationSettings> = {}
): PositionState => ({
  stocked: 10,
  reserved_online: 0,
  offline_pool: 4,
  ...overrides,
  settings: settings(s),
})

describe("positionFigures", () => {
  it("shares one pool in shared mode, keeping the online safety stock", () => {
    const figures = positionFigures(
      state(
        { offline_pool: 4, reserved_online: 2 },
        { mode: "shared", online_safety_stock: 1, offline_safety_stock: 3 }
      )
    )
    expect(figures).toEqual({
      stocked: 10,
      reserved_online: 2,
      offline_pool: 0,
      online_pool: 10,
      online_available: 7,
      offline_available: 5,
      hold: 1,
    })
  })

  it("holds the whole offline pool when the policy protects it", () => {
    for (const policy of ["no_borrowing", "offline_first"] as const) {
      const s = state({}, { last_unit_policy: policy, online_safety_stock: 1 })
      expect(targetHold(s)).toBe(5)
      expect(positionFigures(s).online_available).toBe(5)
      expect(positionFigures(s).online_pool).toBe(6)
    }
  })

  it("holds only the offline safety stock when online may sell into the pool", () => {
    for (const policy of ["online_first", "fcfs"] as const) {
      const s = state({}, { last_unit_policy: policy, offline_safety_stock: 1 })
      expect(targetHold(s)).toBe(1)
      expect(positionFigures(s).online_available).toBe(9)
    }
  })

  it("counts what offline may borrow in offline available", () => {
    const s = (policy: LastUnitPolicy) =>
      positionFigures(
        state(
          { reserved_online: 2 },
          { last_unit_policy: policy, online_safety_stock: 1 }
        )
      ).offline_available
    expect(s("no_borrowing")).toBe(4)
    expect(s("online_first")).toBe(4)
    expect(s("offline_first")).toBe(4 + 3)
    expect(s("fcfs")).toBe(4 + 3)
  })

  it("shrinks the offline pool when online orders took units out of it", () => {
    const s = state(
      { reserved_online: 8 },
      { last_unit_policy: "online_first" }
    )
    expect(effectiveOfflinePool(s)).toBe(2)
    expect(positionFigures(s)).toMatchObject({
      offline_pool: 2,
      online_available: 2,
    })
  })

  it("never holds more than the free units", () => {
    const s = state(
      { stocked: 3, reserved_online: 2 },
      { online_safety_stock: 5 }
    )
    expect(targetHold(s)).toBe(1)
    expect(positionFigures(s).online_available).toBe(0)
  })
})

describe("applyPositionChange", () => {
  it("refuses quantities that are not whole positive units", () => {
    for (const quantity of [0, -1, 1.5, NaN]) {
      expect(
        applyPositionChange(state(), { type: "offline_sale", quantity })
      ).toEqual({
        ok: false,
        reason: "quantity must be a whole number of units, at least 1",
      })
    }
  })

  it("sells offline from the offline pool", () => {
    const result = applyPositionChange(state(), {
      type: "offline_sale",
      quantity: 3,
    })
    expect(result).toMatchObject({
      ok: true,
      effect: { stocked_delta: -3, offline_pool_delta: -3, borrowed: 0 },
      after: { stocked: 7, offline_pool: 1 },
    })
  })

  it("keeps the offline safety stock out of offline sales", () => {
    const result = applyPositionChange(state({}, { offline_safety_stock: 2 }), {
      type: "offline_sale",
      quantity: 3,
    })
    expect(result.ok).toBe(false)
  })

  it("borrows from the online pool under offline_first and fcfs", () => {
    for (const policy of ["offline_first", "fcfs"] as const) {
      const result = applyPositionChange(
        state({ reserved_online: 3 }, { last_unit_policy: policy }),
        { type: "offline_sale", quantity: 6 }
      )
      expect(result).toMatchObject({
        ok: true,
        effect: { stocked_delta: -6, offline_pool_delta: -4, borrowed: 2 },
        after: { stocked: 4, offline_pool: 0 },
      })
    }
  })

  it("refuses to borrow under no_borrowing and online_first", () => {
    for (const policy of ["no_borrowing", "online_first"] as const) {
      const result = applyPositionChange(
        state({}, { last_unit_policy: policy }),
        { type: "offline_sale", quantity: 5 }
      )
      expect(result.ok).toBe(false)
      expect(!result.ok && result.reason).toContain(policy)
    }
  })

  it("never borrows units reserved by online orders or the online safety stock", () => {
    const result = applyPositionChange(
      state(
        { reserved_online: 4 },
        { last_unit_policy: "fcfs", online_safety_stock: 1 }
      ),
      { type: "offline_sale", quantity: 6 }
    )
    // pool 4 + online free (10 − 4 − 4 − 1 = 1) = 5 < 6
    expect(result.ok).toBe(false)
    expect(!result.ok && result.reason).toContain("1 unit to lend")
  })

  it("sells offline from the shared pool, never what online reserved", () => {
    const shared = state({ reserved_online: 7 }, { mode: "shared" })
    expect(
      applyPositionChange(shared, { type: "offline_sale", quantity: 3 })
    ).toMatchObject({ ok: true, effect: { stocked_delta: -3 } })
    expect(
      applyPositionChange(shared, { type: "offline_sale", quantity: 4 }).ok
    ).toBe(false)
  })

  it("puts offline returns back into the offline pool", () => {
    expect(
      applyPositionChange(state(), { type: "offline_return", quantity: 2 })
    ).toMatchObject({
      ok: true,
      effect: { stocked_delta: 2, offline_pool_delta: 2 },
      after: { stocked: 12, offline_pool: 6 },
    })
  })

  it("receives into the chosen pool", () => {
    expect(
      applyPositionChange(state(), {
        type: "receipt",
        quantity: 5,
        pool: "online",
      })
    ).toMatchObject({ ok: true, after: { stocked: 15, offline_pool: 4 } })
    expect(
      applyPositionChange(state(), {
        type: "receipt",
        quantity: 5,
        pool: "offline",
      })
    ).toMatchObject({ ok: true, after: { stocked: 15, offline_pool: 9 } })
  })

  it("adjusts a pool down only by what it has free", () => {
    const s = state({ reserved_online: 5 })
    expect(
      applyPositionChange(s, {
        type: "adjustment",
        quantity: 2,
        pool: "online",
        direction: "decrease",
      }).ok
    ).toBe(false)
    expect(
      applyPositionChange(s, {
        type: "adjustment",
        quantity: 1,
        pool: "online",
        direction: "decrease",
      })
    ).toMatchObject({ ok: true, after: { stocked: 9, offline_pool: 4 } })
    expect(
      applyPositionChange(s, {
        type: "adjustment",
        quantity: 4,
        pool: "offline",
        direction: "decrease",
      })
    ).toMatchObject({ ok: true, after: { stocked: 6, offline_pool: 0 } })
    expect(
      applyPositionChange(s, {
        type: "adjustment",
        quantity: 3,
        pool: "offline",
        direction: "increase",
      })
    ).toMatchObject({ ok: true, after: { stocked: 13, offline_pool: 7 } })
  })

  it("transfers between pools without changing the stock", () => {
    expect(
      applyPositionChange(state(), {
        type: "transfer",
        quantity: 4,
        from: "offline",
      })
    ).toMatchObject({
      ok: true,
      effect: { stocked_delta: 0, offline_pool_delta: -4 },
      after: { stocked: 10, offline_pool: 0 },
    })
    expect(
      applyPositionChange(state({ reserved_online: 2 }), {
        type: "transfer",
        quantity: 4,
        from: "online",
      })
    ).toMatchObject({ ok: true, after: { offline_pool: 8 } })
  })

  it("refuses transfers beyond the free units, and in shared mode", () => {
    expect(
      applyPositionChange(state({ reserved_online: 3 }), {
        type: "transfer",
        quantity: 4,
        from: "online",
      }).ok
    ).toBe(false)
    expect(
      applyPositionChange(state(), {
        type: "transfer",
        quantity: 5,
        from: "offline",
      }).ok
    ).toBe(false)
    const shared = applyPositionChange(state({}, { mode: "shared" }), {
      type: "transfer",
      quantity: 1,
      from: "offline",
    })
    expect(!shared.ok && shared.reason).toContain("shared")
  })

  it("rebases the pool on what online orders left of it", () => {
    const result = applyPositionChange(
      state({ reserved_online: 8 }, { last_unit_policy: "online_first" }),
      { type: "offline_return", quantity: 1 }
    )
    expect(result).toMatchObject({ ok: true, after: { offline_pool: 3 } })
  })
})
