/**
 * N storefront checkouts paid cash on delivery against N paid with Medusa's
 * system provider, interleaved in the same run on the same app and data.
 * The COD path adds the eligibility guard on cart completion; the target is
 * a ratio of at most 1.10. A COD fee adds a line to the order, which costs
 * Medusa one more order line to create: the first figure is measured with no
 * fee (like for like), the second with the demo's fee. Prints figures;
 * asserts nothing about time.
 */
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import type MallFinanceModuleService from "../../src/modules/finance/service"
import { MALL_FINANCE_MODULE } from "../../src/types/modules"
import { performance } from "perf_hooks"
import {
  checkout,
  prepareCart,
  completeCart,
} from "../../integration-tests/helpers/checkout"
import {
  codProduct,
  seedMall,
  storeHeaders,
  type SeededEnterprise,
} from "../../integration-tests/helpers/seeders"

const N = Number(process.env.BENCH_N ?? 25)
const WARMUP = 5

jest.setTimeout(30 * 60_000)

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b)
  const m = Math.floor(s.length / 2)
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2
}
const p95 = (xs: number[]) =>
  [...xs].sort((a, b) => a - b)[Math.ceil(xs.length * 0.95) - 1]

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let seed: SeededEnterprise

    beforeAll(async () => {
      seed = await seedMall(getContainer())
    })

    it(`checkout: COD vs system provider, ${N} each`, async () => {
      const headers = storeHeaders(seed)
      const input = (provider_id: string) => ({
        headers,
        region_id: seed.regions.china.id,
        email: "bench@example.com",
        items: [{ variant_id: codProduct(seed).variant.id, quantity: 1 }],
        provider_id,
      })
      // Only completion differs between the two paths; time it alone.
      const timeCompletion = async (provider_id: string) => {
        const cart = await prepareCart(api, input(provider_id))
        const start = performance.now()
        await completeCart(api, cart.id, headers)
        return performance.now() - start
      }

      const measure = async () => {
        const cod: number[] = []
        const system: number[] = []
        for (let i = 0; i < N; i++) {
          // Alternate who goes first so drift hits both equally.
          if (i % 2) {
            cod.push(await timeCompletion("pp_cod_cod"))
            system.push(await timeCompletion("pp_system_default"))
          } else {
            system.push(await timeCompletion("pp_system_default"))
            cod.push(await timeCompletion("pp_cod_cod"))
          }
        }
        return { cod, system, ratio: median(cod) / median(system) }
      }
      const finance =
        getContainer().resolve<MallFinanceModuleService>(MALL_FINANCE_MODULE)
      const { source: _source, ...rules } =
        await finance.retrieveEffectiveCodSettings()

      for (let i = 0; i < WARMUP; i++) {
        await checkout(api, input("pp_cod_cod"))
        await checkout(api, input("pp_system_default"))
      }
      await finance.saveCodSettings({ ...rules, fee: {} }, null)
      const noFee = await measure()
      await finance.saveCodSettings(rules, null)
      const withFee = await measure()

      const row = (label: string, xs: number[]) =>
        `  ${label.padEnd(34)} median ${median(xs).toFixed(1)} ms, p95 ${p95(xs).toFixed(1)} ms`
      const lines = [
        `bench/checkout: cart completion, ${N} checkouts each, interleaved`,
        "no COD fee (like for like):",
        row("baseline pp_system_default", noFee.system),
        row("pp_cod_cod with the plugin", noFee.cod),
        `  ratio COD / system (median): ${noFee.ratio.toFixed(3)} (target <= 1.10)`,
        `with the demo's COD fee (one more order line):`,
        row("baseline pp_system_default", withFee.system),
        row("pp_cod_cod with the plugin", withFee.cod),
        `  ratio COD / system (median): ${withFee.ratio.toFixed(3)}`,
      ]
      process.stdout.write(lines.join("\n") + "\n")
    })
  },
})
