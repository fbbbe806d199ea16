/**
 * Two figures of CRM dedup, each next to a baseline measured in the same run:
 *
 * 1. Importing 100,000 offline contacts with dedup through
 *    `importContactsWorkflow` (what the import route runs): 5% of the lines
 *    repeat an earlier person with the phone and email written differently.
 *    Target: under 60 s. Baseline: the module's bulk insert of 100,000
 *    prepared contacts with their keys, no dedup.
 * 2. Matching one new customer against 1,000,000 contacts: normalise, one
 *    key lookup, score the candidates. Half the queries are existing people
 *    written differently, half are strangers. Target: p95 under 25 ms.
 *    Baseline: fetching one contact by primary key.
 *
 * BENCH_IMPORT and BENCH_CONTACTS make it smaller. Prints figures; asserts
 * the outcome only.
 */
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import { performance } from "perf_hooks"
import type MallCrmModuleService from "../../src/modules/crm/service"
import { rankCandidates } from "../../src/strategies/crm-matcher"
import { MALL_CRM_MODULE } from "../../src/types/modules"
import { importContactsWorkflow } from "../../src/workflows/crm"
import { seedContacts } from "./seed-contacts"
import { syntheticContact } from "./synthetic-contacts"

const IMPORT = Number(process.env.BENCH_IMPORT ?? 100_000)
const CONTACTS = Number(process.env.BENCH_CONTACTS ?? 1_000_000)
const QUERIES = 2_000
const SEED = 7

jest.setTimeout(3 * 60 * 60_000)

const quantile = (xs: number[], q: number) => {
  const s = [...xs].sort((a, b) => a - b)
  return s[Math.min(s.length - 1, Math.ceil(s.length * q) - 1)]
}

/** The person `index` as an import row or a customer would write him: other phone and email spelling. */
function rewritten(index: number) {
  const {
    external_id: _e,
    pinyin: _p,
    ...record
  } = syntheticContact(index, SEED)
  return {
    ...record,
    phones: record.phones.map((p) =>
      p.replace(/^\+86(\d{3})(\d{4})(\d{4})$/, "0086 $1-$2-$3")
    ),
    emails: record.emails.map((e) => e.toUpperCase()),
  }
}

medusaIntegrationTestRunner({
  testSuite: ({ getContainer }) => {
    it(`CRM dedup: import ${IMPORT} contacts, then match against ${CONTACTS}`, async () => {
      const container = getContainer()
      const crm = container.resolve<MallCrmModuleService>(MALL_CRM_MODULE)
      const knex = container.resolve<Knex>(
        ContainerRegistrationKeys.PG_CONNECTION
      )
      const matcher = crm.getMatcher()

      // 1. Import with dedup.
      const repeats = Math.floor(IMPORT * 0.05)
      const rows = [
        ...Array.from({ length: IMPORT - repeats }, (_, i) => {
          const { pinyin: _p, ...row } = syntheticContact(i, SEED)
          return row
        }),
        ...Array.from({ length: repeats }, (_, i) =>
          rewritten(Math.floor((i * 7919) % (IMPORT - repeats)))
        ),
      ].map((row, i) => ({ ...row, line: i + 1 })) as unknown as {
        line: number
      }[]
      const started = performance.now()
      const { result } = await importContactsWorkflow(container).run({
        input: { rows },
      })
      const importMs = performance.now() - started
      expect(result.summary.total).toBe(IMPORT)
      const rejected = result.lines.filter((l) => l.status === "rejected")
      if (rejected.length) {
        console.log("rejected lines, first three:", rejected.slice(0, 3))
      }
      // A generated landline libphonenumber finds invalid is a rare, fair refusal.
      expect(result.summary.rejected).toBeLessThan(IMPORT / 1000)

      // Baseline: the same number of contacts, prepared, bulk inserted.
      const baseline = await seedContacts(knex, {
        count: IMPORT,
        from: IMPORT,
        seed: SEED,
        matcher,
      })
      console.log(
        `import with dedup: ${IMPORT} lines in ${(importMs / 1000).toFixed(1)} s (${Math.round(
          IMPORT / (importMs / 1000)
        )} lines/s; target < 60 s): ${JSON.stringify(result.summary)}\n` +
          `baseline, bulk insert without dedup: ${IMPORT} contacts in ${(
            baseline.ms / 1000
          ).toFixed(1)} s`
      )

      // 2. Grow to CONTACTS (the simple normaliser's keys have the matcher's formats).
      const rest = CONTACTS - 2 * IMPORT
      if (rest > 0) {
        const grown = await seedContacts(knex, {
          count: rest,
          from: 2 * IMPORT,
          seed: SEED,
        })
        console.log(
          `seeded ${rest} more contacts in ${(grown.ms / 1000).toFixed(0)} s`
        )
      }

      const match = async (record: ReturnType<typeof rewritten>) => {
        const t = performance.now()
        const normalized = matcher.normalize(record)
        const candidates = await crm.findContactsByKeys(
          matcher.blockingKeys(normalized)
        )
        const ranked = rankCandidates(
          matcher,
          normalized,
          candidates,
          (c) => c.normalized,
          crm.getMatchThresholds()
        )
        return { ms: performance.now() - t, best: ranked[0] }
      }
      // Warm the caches and the JIT as a running server would be.
      for (let i = 0; i < 200; i++) {
        await match(rewritten(CONTACTS + 10_000 + i))
      }
      const times: number[] = []
      let found = 0
      for (let q = 0; q < QUERIES; q++) {
        const known = q % 2 === 0
        const index = known ? (q * 104_729) % CONTACTS : CONTACTS + 100_000 + q
        const { ms, best } = await match(rewritten(index))
        times.push(ms)
        if (known && best && best.outcome !== "new") {
          found++
        }
      }
      const ids = (await knex("mall_crm_contact")
        .select("id")
        .limit(QUERIES)) as { id: string }[]
      const byId: number[] = []
      for (const { id } of ids) {
        const t = performance.now()
        await knex("mall_crm_contact").where({ id }).first()
        byId.push(performance.now() - t)
      }
      console.log(
        `match one customer against ${CONTACTS} contacts: p50 ${quantile(
          times,
          0.5
        ).toFixed(2)} ms, p95 ${quantile(times, 0.95).toFixed(
          2
        )} ms (target p95 < 25 ms); existing people found: ${found}/${QUERIES / 2}\n` +
          `baseline, one contact by primary key: p50 ${quantile(
            byId,
            0.5
          ).toFixed(2)} ms, p95 ${quantile(byId, 0.95).toFixed(2)} ms`
      )
      expect(found).toBeGreaterThan(QUERIES / 2 / 2)
    })
  },
})
