/**
 * Cost of a routing decision against the cost of the step it follows.
 *
 * 1. `DefaultRoutingStrategy.route` on 1,000 seeded orders of 1 to 20 lines
 *    against 200 warehouses across China, under three rule sets; target
 *    p95 < 5 ms per decision. Geocoding is timed apart.
 * 2. Baseline, same run: Medusa's own `reserveInventoryStep` (what
 *    completeCart runs to reserve stock at the first location) in a
 *    workflow, on the real inventory module and database, for 100 orders of
 *    the same line counts.
 *
 * Prints figures; asserts nothing about time.
 */
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import {
  createWorkflow,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import {
  createInventoryItemsWorkflow,
  createStockLocationsWorkflow,
  reserveInventoryStep,
} from "@medusajs/medusa/core-flows"
import { performance } from "perf_hooks"
import { DefaultGeocoder } from "../../src/strategies/geocoder"
import { DefaultRoutingStrategy } from "../../src/strategies/routing"
import type {
  GeocodeResult,
  RoutingContext,
  RoutingResult,
  RoutingRule,
  RoutingWarehouse,
} from "../../src/types/routing"
import { centroids, dataset, orders, type BenchOrder } from "./fixtures"

const SEED = 20261201
const WAREHOUSES = 200
const ORDERS = Number(process.env.BENCH_N ?? 1000)
const RESERVE_ORDERS = Number(process.env.BENCH_RESERVE_N ?? 100)

jest.setTimeout(30 * 60_000)

const quantile = (xs: number[], q: number) => {
  const s = [...xs].sort((a, b) => a - b)
  return s[Math.min(s.length - 1, Math.ceil(s.length * q) - 1)]
}
const row = (label: string, xs: number[]) =>
  `  ${label.padEnd(58)} p50 ${quantile(xs, 0.5).toFixed(3)} ms, p95 ${quantile(xs, 0.95).toFixed(3)} ms, max ${Math.max(...xs).toFixed(3)} ms`

const RULE_SETS: { label: string; rules: RoutingRule[] }[] = [
  {
    label: "strict area, capacity, 1 split, nearest, fallback",
    rules: [
      { id: "service_area", enabled: true, params: { strict: true } },
      { id: "capacity", enabled: true, params: {} },
      { id: "fewest_splits", enabled: true, params: { max_splits: 1 } },
      { id: "nearest", enabled: true, params: { max_distance_km: null } },
      { id: "priority", enabled: true, params: {} },
      {
        id: "min_split_value",
        enabled: true,
        params: { amounts: { cny: 50 } },
      },
      { id: "hq_fallback", enabled: true, params: {} },
    ],
  },
  {
    label: "in-area first, 10 splits (widest greedy)",
    rules: [
      { id: "service_area", enabled: true, params: { strict: false } },
      { id: "capacity", enabled: true, params: {} },
      { id: "fewest_splits", enabled: true, params: { max_splits: 10 } },
      { id: "nearest", enabled: true, params: { max_distance_km: 2000 } },
      { id: "priority", enabled: true, params: {} },
      {
        id: "min_split_value",
        enabled: true,
        params: { amounts: { cny: 50 } },
      },
      { id: "hq_fallback", enabled: true, params: {} },
    ],
  },
  {
    label: "no fewest splits (each line by rank)",
    rules: [
      { id: "service_area", enabled: true, params: { strict: false } },
      { id: "nearest", enabled: true, params: { max_distance_km: null } },
      { id: "priority", enabled: true, params: {} },
      { id: "hq_fallback", enabled: true, params: {} },
    ],
  },
]

type ReserveInput = {
  items: {
    id?: string
    inventory_item_id: string
    required_quantity: number
    allow_backorder: boolean
    quantity: number
    location_ids: string[]
  }[]
}

// Nothing but core's step, so the figure is Medusa's reservation alone.
const benchReserveWorkflow = createWorkflow(
  "mall-bench-reserve-inventory",
  (input: ReserveInput) => new WorkflowResponse(reserveInventoryStep(input))
)

/** The order's own items only, in fresh objects: what the workflow builds. */
function contextOf(
  order: BenchOrder,
  warehouses: RoutingWarehouse[],
  geocode: GeocodeResult
): Omit<RoutingContext, "rules"> {
  const ids = [
    ...new Set(
      order.lines.flatMap((l) => l.inventory.map((i) => i.inventory_item_id))
    ),
  ]
  return {
    order_id: null,
    currency_code: "cny",
    destination: order.destination,
    geocode,
    lines: order.lines,
    warehouses: warehouses.map((w) => {
      const available: Record<string, number> = {}
      for (const id of ids) {
        if (id in w.available) {
          available[id] = w.available[id]
        }
      }
      return { ...w, available }
    }),
  }
}

function routingFigures() {
  const data = dataset(SEED, WAREHOUSES)
  const sample = orders(SEED + 1, data, ORDERS)
  const rows = centroids()
  const geocoder = new DefaultGeocoder()
  const strategy = new DefaultRoutingStrategy()

  // Contexts are built outside the timing: loading them is the workflow's
  // part, measured by its own queries.
  const geocodeMs: number[] = []
  const contexts = sample.map((order) => {
    const start = performance.now()
    const geocode = geocoder.geocode(order.destination, rows)
    geocodeMs.push(performance.now() - start)
    return contextOf(order, data.warehouses, geocode)
  })

  const lines = [
    `bench/routing: ${ORDERS} orders of 1-20 lines (${sample.reduce((n, o) => n + o.lines.length, 0)} lines), ${WAREHOUSES} warehouses, ${data.items.length} inventory items, seed ${SEED}`,
    row(`geocode (${rows.length} centroid rows)`, geocodeMs),
  ]
  const outcomes: string[] = []
  for (const { label, rules } of RULE_SETS) {
    const withRules = contexts.map((context) => ({ ...context, rules }))
    // One untimed pass first: the figure is the steady state, not the JIT.
    for (const context of withRules) {
      strategy.route(context)
    }
    const ms: number[] = []
    const byStatus: Record<RoutingResult["status"], number> = {
      allocated: 0,
      partial: 0,
      unallocated: 0,
    }
    let shipments = 0
    for (const context of withRules) {
      const start = performance.now()
      const result = strategy.route(context)
      ms.push(performance.now() - start)
      byStatus[result.status]++
      shipments += new Set(result.allocations.map((a) => a.location_id)).size
    }
    lines.push(row(`route: ${label}`, ms))
    outcomes.push(
      `  ${label}: ${byStatus.allocated} allocated, ${byStatus.partial} partial, ${byStatus.unallocated} unallocated; ${(shipments / contexts.length).toFixed(2)} warehouses per order`
    )
  }
  return { lines: [...lines, "  outcomes:", ...outcomes], sample }
}

medusaIntegrationTestRunner({
  testSuite: ({ getContainer }) => {
    it("routing decision vs Medusa's reserveInventoryStep", async () => {
      const routing = routingFigures()
      const container = getContainer()

      // The baseline reserves at one location, as completeCart does; stock
      // is ample so every reservation succeeds and none is skipped.
      const reserveSample = routing.sample.slice(0, RESERVE_ORDERS)
      const used = [
        ...new Set(
          reserveSample.flatMap((o) =>
            o.lines.flatMap((l) => l.inventory.map((i) => i.inventory_item_id))
          )
        ),
      ]
      const { result: locations } = await createStockLocationsWorkflow(
        container
      ).run({ input: { locations: [{ name: "Bench Shanghai HQ Warehouse" }] } })
      const location = locations[0]
      const { result: created } = await createInventoryItemsWorkflow(
        container
      ).run({
        input: {
          items: used.map((sku) => ({
            sku,
            title: sku,
            location_levels: [
              { location_id: location.id, stocked_quantity: 1_000_000 },
            ],
          })),
        },
      })
      const idOf = new Map(created.map((item) => [item.sku!, item.id]))
      const inputOf = (o: BenchOrder): ReserveInput => ({
        items: o.lines.flatMap((l) =>
          l.inventory.map((i) => ({
            id: l.line_item_id,
            inventory_item_id: idOf.get(i.inventory_item_id)!,
            required_quantity: i.required_quantity,
            allow_backorder: false,
            quantity: l.quantity,
            location_ids: [location.id],
          }))
        ),
      })

      // Warm-up, so no cold path (first query, first lock) is timed.
      for (const o of reserveSample.slice(0, 5)) {
        await benchReserveWorkflow(container).run({ input: inputOf(o) })
      }
      const reserveMs: number[] = []
      const reserveLines: number[] = []
      for (const o of reserveSample) {
        const input = inputOf(o)
        const start = performance.now()
        await benchReserveWorkflow(container).run({ input })
        reserveMs.push(performance.now() - start)
        reserveLines.push(o.lines.length)
      }

      const lines = [
        ...routing.lines,
        `baseline, same run: Medusa's reserveInventoryStep in a workflow, ${reserveSample.length} orders of ${Math.min(...reserveLines)}-${Math.max(...reserveLines)} lines, one location, real database`,
        row("reserveInventoryStep (one location)", reserveMs),
        `  routing p95 target: < 5 ms per decision`,
      ]
      process.stdout.write(lines.join("\n") + "\n")
    })
  },
})
