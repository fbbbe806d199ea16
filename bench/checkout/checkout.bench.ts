/**
 * N storefront checkouts paid cash on delivery against N paid with Medusa's
 * system provider, interleaved in the same run on the same app and data.
 * The COD path adds the eligibility guard on cart completion; the target is
 * a ratio of at most 1.10. Prints figures; asserts nothing about time.
 */
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
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

const N = Number(process.env.BENCH_N ?? 40)
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

      for (let i = 0; i < WARMUP; i++) {
        await checkout(api, input("pp_cod_cod"))
        await checkout(api, input("pp_system_default"))
      }
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
      const ratio = median(cod) / median(system)
      const lines = [
        `bench/checkout: cart completion, ${N} checkouts each, interleaved`,
        `  baseline pp_system_default: median ${median(system).toFixed(1)} ms, p95 ${p95(system).toFixed(1)} ms`,
        `  pp_cod_cod (with plugin guard): median ${median(cod).toFixed(1)} ms, p95 ${p95(cod).toFixed(1)} ms`,
        `  ratio COD / system (median): ${ratio.toFixed(3)} (target <= 1.10)`,
      ]
      process.stdout.write(lines.join("\n") + "\n")
    })
  },
})
