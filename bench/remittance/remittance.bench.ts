/**
 * Imports and matches a 100,000-line courier statement against 100,000 COD
 * receivables, through `importRemittanceWorkflow` (what the import route
 * runs), then through the HTTP route with a JSON body. The baseline, measured
 * in the same run, writes 100,000 plain remittance lines with the same bulk
 * insert and no matching. Target: under 20 s. Prints figures; asserts the
 * matching outcome only.
 */
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { performance } from "perf_hooks"
import type MallFinanceModuleService from "../../src/modules/finance/service"
import type {
  ClassifiedStatementLine,
  RawStatementLine,
} from "../../src/types/cod-collection"
import { MALL_FINANCE_MODULE } from "../../src/types/modules"
import { importRemittanceWorkflow } from "../../src/workflows/finance"
import { createAdminUser } from "../../integration-tests/helpers/auth"

const N = Number(process.env.BENCH_N ?? 100_000)
const BATCH = 5_000
const TARGET_S = 20

jest.setTimeout(60 * 60_000)

const seconds = (ms: number) => (ms / 1000).toFixed(2)

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    it(`remittance import: ${N} lines against ${N} receivables`, async () => {
      const container = getContainer()
      const finance =
        container.resolve<MallFinanceModuleService>(MALL_FINANCE_MODULE)
      const bench = await createAdminUser(api, container, {
        email: "bench.finance@huaxia-mall.test",
      })
      await finance.createDepartmentMembers([
        { user_id: bench.user.id, department: "finance" },
      ])

      // Receivables, created through the module service in batches.
      const amountOf = (i: number) => 100 + (i % 900)
      let start = performance.now()
      for (let from = 0; from < N; from += BATCH) {
        await finance.createCodReceivables(
          Array.from({ length: Math.min(BATCH, N - from) }, (_, k) => {
            const i = from + k
            return {
              order_id: `order_bench_${i}`,
              display_id: 1_000_000 + i,
              payment_id: `pay_bench_${i}`,
              carrier: i % 2 ? "SF Express" : "ZTO",
              tracking_number: `BN${String(i).padStart(9, "0")}`,
              currency_code: "cny",
              amount_to_collect: amountOf(i),
              status: i % 10 ? ("due" as const) : ("open" as const),
              shipped_at: new Date(),
              delivered_at: i % 10 ? new Date() : null,
            }
          })
        )
      }
      const setupMs = performance.now() - start

      // A realistic statement: mostly exact, some short, excess, unknown,
      // invalid and duplicate lines; a tenth matched by order number only.
      const lines: RawStatementLine[] = Array.from({ length: N }, (_, i) => {
        const tracking = `BN${String(i).padStart(9, "0")}`
        const line: RawStatementLine = {
          tracking_number: tracking,
          amount: amountOf(i),
          collected_at: "2026-11-28",
        }
        switch (i % 100) {
          case 0:
            return { ...line, amount: amountOf(i) - 5 }
          case 1:
            return { ...line, amount: amountOf(i) + 5 }
          case 2:
            return { ...line, tracking_number: `XX${i}` }
          case 3:
            return { ...line, collected_at: "28/11/2026" }
          case 4:
            // The short line's parcel once more.
            return {
              ...line,
              tracking_number: `BN${String(i - 4).padStart(9, "0")}`,
              amount: amountOf(i - 4),
            }
          default:
            return i % 10 === 5
              ? {
                  order_display_id: 1_000_000 + i,
                  amount: amountOf(i),
                  collected_at: "2026-11-28",
                }
              : line
        }
      })

      // Baseline: the same number of lines written without matching.
      const plain: ClassifiedStatementLine[] = lines.map((l, i) => ({
        line_number: i + 1,
        tracking_number: (l.tracking_number as string | undefined) ?? null,
        order_display_id: (l.order_display_id as number | undefined) ?? null,
        amount: String(l.amount),
        currency_code: "cny",
        collected_at: "2026-11-28T00:00:00.000Z",
        receivable_id: null,
        outcome: "unknown",
        reason: null,
      }))
      start = performance.now()
      await finance.importRemittance(
        {
          carrier: "Baseline",
          statement_reference: "BASE-1",
          bank_reference: null,
          imported_by: null,
        },
        plain
      )
      const baselineMs = performance.now() - start

      start = performance.now()
      const { result } = await importRemittanceWorkflow(container).run({
        input: {
          carrier: "SF Express",
          statement_reference: "SF-BENCH-1",
          bank_reference: "ICBC-BENCH",
          lines,
          actor_id: bench.user.id,
        },
      })
      const workflowMs = performance.now() - start

      start = performance.now()
      const { data } = await api.post(
        "/admin/mall/finance/remittances",
        {
          carrier: "ZTO",
          statement_reference: "ZTO-BENCH-1",
          bank_reference: "ICBC-BENCH-2",
          lines,
        },
        bench.headers
      )
      const routeMs = performance.now() - start

      const expected = {
        matched: N - 5 * Math.ceil(N / 100),
        short: Math.ceil(N / 100),
        excess: Math.ceil(N / 100),
        unknown: Math.ceil(N / 100),
        invalid: Math.ceil(N / 100),
        duplicate: Math.ceil(N / 100),
      }
      expect(result.summary).toEqual(expect.objectContaining(expected))
      expect(data.remittance.summary).toEqual(expect.objectContaining(expected))

      const rate = (ms: number) =>
        Math.round(N / (ms / 1000)).toLocaleString("en")
      const out = [
        `bench/remittance: ${N.toLocaleString("en")} statement lines against ${N.toLocaleString("en")} receivables`,
        `  setup: ${N.toLocaleString("en")} receivables through the module service in ${seconds(setupMs)} s`,
        `  baseline: insert ${N.toLocaleString("en")} plain lines, no matching   ${seconds(baselineMs)} s (${rate(baselineMs)} lines/s)`,
        `  import + match (workflow)                          ${seconds(workflowMs)} s (${rate(workflowMs)} lines/s), ${(workflowMs / baselineMs).toFixed(2)}x baseline`,
        `  import + match (HTTP route, JSON body)             ${seconds(routeMs)} s (${rate(routeMs)} lines/s)`,
        `  target: under ${TARGET_S} s -> ${workflowMs / 1000 < TARGET_S ? "met" : "MISSED"}`,
        `  outcome: ${JSON.stringify(result.summary)}`,
      ]
      process.stdout.write(out.join("\n") + "\n")
    })
  },
})
