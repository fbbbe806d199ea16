/**
 * Applies 100,000 offline movements (POS sales, returns, receipts, with
 * some duplicates and refusals) to 400 positions through
 * `applyOfflineMovementsWorkflow`, what the movements route runs. The
 * baseline, measured in the same run, appends the same 100,000 ledger rows
 * with the module's bulk insert and nothing else. Target: more than 5,000
 * lines per second. Prints figures; asserts the outcome only.
 */
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { MathBN, Modules } from "@medusajs/framework/utils"
import { performance } from "perf_hooks"
import type MallChannelInventoryModuleService from "../../src/modules/channel-inventory/service"
import type { NewChannelMovement } from "../../src/modules/channel-inventory/service"
import { MALL_CHANNEL_INVENTORY_MODULE } from "../../src/types/modules"
import {
  applyOfflineMovementsWorkflow,
  updateChannelAllocationsWorkflow,
  type RawMovementLine,
} from "../../src/workflows/channel-inventory"

const N = Number(process.env.BENCH_N ?? 100_000)
const ITEMS = 200
const TARGET = 5_000

jest.setTimeout(60 * 60_000)

medusaIntegrationTestRunner({
  testSuite: ({ getContainer }) => {
    it(`offline movements: ${N} lines on ${ITEMS * 2} positions`, async () => {
      const container = getContainer()
      const inventory = container.resolve(Modules.INVENTORY)
      const stock = container.resolve(Modules.STOCK_LOCATION)
      const channel = container.resolve<MallChannelInventoryModuleService>(
        MALL_CHANNEL_INVENTORY_MODULE
      )

      const locations = await stock.createStockLocations([
        { name: "Bench Guangzhou" },
        { name: "Bench Beijing" },
      ])
      const items = await inventory.createInventoryItems(
        Array.from({ length: ITEMS }, (_, i) => ({
          sku: `BENCH-${String(i).padStart(4, "0")}`,
          title: `Bench item ${i}`,
        }))
      )
      await inventory.createInventoryLevels(
        items.flatMap((item) =>
          locations.map((l) => ({
            inventory_item_id: item.id,
            location_id: l.id,
            stocked_quantity: 10_000,
          }))
        )
      )
      const positions = items.flatMap((item) =>
        locations.map((l) => ({
          inventory_item_id: item.id,
          location_id: l.id,
        }))
      )
      await updateChannelAllocationsWorkflow(container).run({
        input: {
          positions,
          settings: {
            mode: "split",
            online_safety_stock: 2,
            offline_safety_stock: 1,
            last_unit_policy: "offline_first",
          },
          offline_pool: 200,
          reason: "bench",
        },
      })

      // Mostly sales of 1-3 units, some returns and receipts, a duplicate
      // and a refused line (unknown SKU) every 100 lines.
      const lines: RawMovementLine[] = Array.from({ length: N }, (_, i) => {
        const item = i % ITEMS
        const line: RawMovementLine = {
          line: i + 1,
          external_id: `pos-${i}`,
          sku: `BENCH-${String(item).padStart(4, "0")}`,
          location: i % 2 ? "Bench Beijing" : locations[0].id,
          quantity: 1 + (i % 3),
          type: "offline_sale",
          occurred_at: "2026-11-01T10:00:00+08:00",
        }
        switch (i % 100) {
          case 7:
            return { ...line, type: "offline_return" }
          case 8:
            return { ...line, type: "receipt", pool: "online", quantity: 5 }
          case 9:
            return { ...line, external_id: `pos-${i - 1}` }
          case 10:
            return { ...line, sku: "NO-SUCH-SKU" }
          default:
            return line
        }
      })

      // Baseline: the same ledger rows, bulk-inserted, nothing checked.
      const plain: NewChannelMovement[] = lines.map((l, i) => ({
        external_id: `base-${i}`,
        inventory_item_id: items[i % ITEMS].id,
        location_id: locations[i % 2].id,
        sku: l.sku as string,
        type: "offline_sale",
        channel: "offline",
        quantity: -(l.quantity as number),
        stocked_delta: -(l.quantity as number),
        offline_pool_delta: -(l.quantity as number),
        borrowed: 0,
        source: "baseline",
        reference: null,
        reason: null,
        occurred_at: new Date("2026-11-01T02:00:00Z"),
        created_by: null,
      }))
      let start = performance.now()
      await channel.appendMovements(plain)
      const baselineMs = performance.now() - start

      start = performance.now()
      const { result } = await applyOfflineMovementsWorkflow(container).run({
        input: { lines, source: "pos" },
      })
      const workflowMs = performance.now() - start

      start = performance.now()
      const { result: again } = await applyOfflineMovementsWorkflow(
        container
      ).run({ input: { lines: lines.slice(0, 10_000), source: "pos" } })
      const resendMs = performance.now() - start

      const rate = (ms: number, n = N) => Math.round(n / (ms / 1000))
      const report = {
        lines: N,
        positions: positions.length,
        applied: result.applied,
        duplicate: result.duplicate,
        rejected: result.rejected,
        borrowed: result.borrowed,
        baseline_bulk_insert_lines_per_s: rate(baselineMs),
        workflow_lines_per_s: rate(workflowMs),
        workflow_s: (workflowMs / 1000).toFixed(2),
        resend_10000_duplicates_lines_per_s: rate(resendMs, 10_000),
        target_lines_per_s: TARGET,
        meets_target: rate(workflowMs) > TARGET,
      }
      console.log(`bench:movements ${JSON.stringify(report, null, 2)}`)

      expect(result.duplicate).toBe(N / 100)
      expect(result.rejected).toBeGreaterThanOrEqual(N / 100)
      expect(result.applied + result.duplicate + result.rejected).toBe(N)
      // The first 10,000 lines again: nothing applies twice (unknown SKUs stay refused).
      expect(again.applied).toBe(0)
      expect(again.duplicate + again.rejected).toBe(10_000)

      // Medusa's stock and the ledger agree.
      const [level] = await inventory.listInventoryLevels({
        inventory_item_id: items[0].id,
        location_id: locations[0].id,
      })
      const [ledger, count] = await channel.listLedger(
        {
          inventory_item_ids: [items[0].id],
          location_id: locations[0].id,
          source: "pos",
        },
        { take: 10_000 }
      )
      expect(count).toBe(ledger.length)
      const moved = ledger.reduce((sum, m) => sum + m.stocked_delta, 0)
      expect(MathBN.convert(level.stocked_quantity).toNumber()).toBe(
        10_000 + moved
      )
    })
  },
})
