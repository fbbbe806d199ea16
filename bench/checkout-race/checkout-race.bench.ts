/**
 * How many of N parallel checkouts of one item Medusa places, with and
 * without branch tills syncing offline sales of the same item at the same
 * time. Scenario A is the baseline: core's checkout alone (the plugin's
 * order.placed subscriber runs, nothing else touches the item). Scenario B
 * is the issue's race: the item split, N/10 tills each posting ten one-unit
 * offline sales while the buyers check out. Both take the item's inventory
 * lock; core's checkout waits 5 s for it and then gives up. Prints figures;
 * asserts only that nothing is oversold.
 */
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { MathBN, Modules } from "@medusajs/framework/utils"
import { performance } from "perf_hooks"
import { loginAdmin } from "../../integration-tests/helpers/auth"
import {
  completeCart,
  prepareCarts,
} from "../../integration-tests/helpers/checkout"
import type { RequestConfig } from "../../integration-tests/helpers/http"
import {
  seedMall,
  storeHeaders,
  type SeededEnterprise,
} from "../../integration-tests/helpers/seeders"

const N = Number(process.env.BENCH_N ?? 100)
const STOCK = N / 2
const SKU = "HX-BCD520-GLD"

jest.setTimeout(60 * 60_000)

const quantile = (xs: number[], q: number) => {
  if (!xs.length) {
    return NaN
  }
  const s = [...xs].sort((a, b) => a - b)
  return s[Math.min(s.length - 1, Math.ceil(s.length * q) - 1)]
}

type Outcome = { ms: number; error: string | null }

// Core answers a lock timeout as a 500 "unknown error" (the log says
// "Timed-out acquiring lock"), so that is what the count says.
const classify = (message: string) =>
  /Timed-out acquiring lock|unknown_error|unknown error/i.test(message)
    ? "server error (lock timeout)"
    : /insufficient|not enough|stock/i.test(message)
      ? "no stock"
      : message.slice(0, 120)

function report(name: string, outcomes: Outcome[], wall: number) {
  const placed = outcomes.filter((o) => !o.error)
  const failures = new Map<string, number>()
  for (const o of outcomes) {
    if (o.error) {
      const kind = classify(o.error)
      failures.set(kind, (failures.get(kind) ?? 0) + 1)
    }
  }
  const ms = placed.map((o) => o.ms)
  console.log(
    `${name}: ${placed.length}/${outcomes.length} placed; failed: ${
      [...failures].map(([k, n]) => `${n} ${k}`).join(", ") || "none"
    }; completion p50 ${quantile(ms, 0.5).toFixed(0)} ms, p95 ${quantile(
      ms,
      0.95
    ).toFixed(0)} ms; wall ${(wall / 1000).toFixed(1)} s`
  )
  return placed.length
}

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let seed: SeededEnterprise
    let admin: RequestConfig

    beforeAll(async () => {
      seed = await seedMall(getContainer())
      admin = await loginAdmin(api, {
        email: seed.admin!.email,
        password: seed.admin!.password!,
      })
    })

    const variant = () => {
      for (const p of seed.products) {
        const v = p.variants.find((x) => x.sku === SKU)
        if (v) {
          return v
        }
      }
      throw new Error(`No seeded variant ${SKU}`)
    }
    const shanghai = () => seed.stock_locations.shanghai

    /** The item with STOCK units at Shanghai only, and no reservations. */
    const resetStock = async () => {
      const inventory = getContainer().resolve(Modules.INVENTORY)
      const item = variant().inventory_item_id
      const reservations = await inventory.listReservationItems(
        { inventory_item_id: item },
        { take: null }
      )
      await inventory.deleteReservationItems(reservations.map((r) => r.id))
      const levels = await inventory.listInventoryLevels(
        { inventory_item_id: item },
        { take: null }
      )
      await inventory.updateInventoryLevels(
        levels.map((l) => ({
          inventory_item_id: item,
          location_id: l.location_id,
          stocked_quantity: l.location_id === shanghai() ? STOCK : 0,
        }))
      )
    }

    const stockedAtShanghai = async () => {
      const inventory = getContainer().resolve(Modules.INVENTORY)
      const [l] = await inventory.listInventoryLevels({
        inventory_item_id: variant().inventory_item_id,
        location_id: shanghai(),
      })
      return MathBN.convert(l.stocked_quantity).toNumber()
    }

    const carts = async (tag: string) => {
      const headers = storeHeaders(seed)
      return await prepareCarts(
        api,
        {
          headers,
          region_id: seed.regions.china.id,
          email: `race-${tag}@example.com`,
          items: [{ variant_id: variant().id, quantity: 1 }],
          shipping_address: {
            first_name: "Li",
            last_name: "Na",
            address_1: "1 Nanjing Road",
            city: "Shanghai",
            province: "Shanghai",
            postal_code: "200040",
            country_code: "cn",
            phone: "+8613900139000",
          },
          provider_id: "pp_system_default",
        },
        N
      )
    }

    const complete = async (id: string): Promise<Outcome> => {
      const start = performance.now()
      try {
        await completeCart(api, id, storeHeaders(seed))
        return { ms: performance.now() - start, error: null }
      } catch (e) {
        return { ms: performance.now() - start, error: (e as Error).message }
      }
    }

    it(`${N} parallel checkouts of one item (${STOCK} units): alone, then racing ${N} offline sales`, async () => {
      // A: core's checkout alone.
      await resetStock()
      const aloneCarts = await carts("alone")
      let start = performance.now()
      const alone = await Promise.all(aloneCarts.map((c) => complete(c.id)))
      const placedAlone = report(
        "A (baseline) checkouts alone",
        alone,
        performance.now() - start
      )
      expect(placedAlone).toBeLessThanOrEqual(STOCK)

      // B: the same checkouts while branch tills sync offline sales.
      await resetStock()
      const pool = N / 5
      await api.post(
        "/admin/mall/channel-inventory/allocations",
        {
          sku: SKU,
          location_id: shanghai(),
          mode: "split",
          offline_pool: pool,
          last_unit_policy: "no_borrowing",
        },
        admin
      )
      const raceCarts = await carts("race")
      let seq = 0
      const till = async () => {
        const started = performance.now()
        const { data } = await api.post(
          "/admin/mall/channel-inventory/movements",
          {
            source: "pos",
            movements: Array.from({ length: 10 }, () => ({
              external_id: `bench-pos-${++seq}`,
              sku: SKU,
              location: shanghai(),
              quantity: 1,
              type: "offline_sale",
              occurred_at: new Date().toISOString(),
            })),
          },
          admin
        )
        return {
          applied: data.applied as number,
          ms: performance.now() - started,
        }
      }
      start = performance.now()
      const [race, tills] = await Promise.all([
        Promise.all(raceCarts.map((c) => complete(c.id))),
        Promise.all(Array.from({ length: N / 10 }, till)),
      ])
      const placedRace = report(
        `B (issue's race) checkouts with ${N} offline sales`,
        race,
        performance.now() - start
      )
      const offline = tills.reduce((s, t) => s + t.applied, 0)
      console.log(
        `B offline: ${offline}/${N} sales applied (pool ${pool}); batch p50 ${quantile(
          tills.map((t) => t.ms),
          0.5
        ).toFixed(0)} ms, p95 ${quantile(
          tills.map((t) => t.ms),
          0.95
        ).toFixed(0)} ms`
      )
      expect(placedRace).toBeLessThanOrEqual(STOCK - pool)
      expect(offline).toBeLessThanOrEqual(pool)
      expect(await stockedAtShanghai()).toBe(STOCK - offline)
    })
  },
})
