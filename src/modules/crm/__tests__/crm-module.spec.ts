import { moduleIntegrationTestRunner } from "@medusajs/test-utils"
import { MedusaError } from "@medusajs/framework/utils"
import type { SqlEntityManager } from "@medusajs/framework/mikro-orm/knex"
import type {
  BlockingKey,
  ContactRecord,
  NormalizedContact,
} from "../../../types/crm"
import type {
  NewContactWithKeys,
  NewMatchCandidate,
} from "../../../types/crm-module"
import { MALL_CRM_MODULE } from "../../../types/modules"
import {
  CrmContact,
  CrmContactKey,
  CrmCustomerLink,
  CrmMatchCandidate,
  CrmOrderReview,
  CrmSyncJob,
} from "../models"
import MallCrmModuleService from "../service"

jest.setTimeout(60_000)

// Just enough of a normalised form: matching itself is tested with the matcher.
const normalizedOf = (record: ContactRecord): NormalizedContact => ({
  kind: record.kind,
  name_tokens: [record.last_name, record.first_name].filter(
    (t): t is string => !!t
  ),
  name_compact: `${record.last_name ?? ""}${record.first_name ?? ""}` || null,
  name_pinyin: [],
  phones: record.phones,
  emails: record.emails,
  company: record.company_name ?? null,
  tax_id: record.tax_id ?? null,
  postal_prefixes: record.addresses
    .map((a) => a.postal_code?.slice(0, 3))
    .filter((p): p is string => !!p),
  addresses: [],
})

const record = (overrides: Partial<ContactRecord> = {}): ContactRecord => ({
  kind: "person",
  first_name: "伟",
  last_name: "张",
  phones: ["+8613800138000"],
  emails: ["zhangwei@example.com"],
  addresses: [{ city: "北京", postal_code: "100010", country_code: "cn" }],
  ...overrides,
})

const keysOf = (r: ContactRecord): BlockingKey[] => [
  ...r.phones.map((value) => ({ kind: "phone" as const, value })),
  ...r.emails.map((value) => ({ kind: "email" as const, value })),
  ...r.addresses.map((a) => ({
    kind: "name_postal" as const,
    value: `${r.last_name ?? ""}${r.first_name ?? ""}|${a.postal_code?.slice(0, 3)}`,
  })),
]

const row = (
  overrides: Partial<ContactRecord> = {},
  extra: Partial<NewContactWithKeys["contact"]> = {}
): NewContactWithKeys => {
  const r = record(overrides)
  return {
    contact: {
      ...r,
      source: "offline_import",
      normalized: normalizedOf(r),
      ...extra,
    },
    keys: keysOf(r),
  }
}

const phone = (n: number) => `+86139${String(n).padStart(8, "0")}`

const candidate = (
  subject_id: string,
  contact_id: string,
  overrides: Partial<NewMatchCandidate> = {}
): NewMatchCandidate => {
  const subject = record({ phones: [phone(900)], emails: [] })
  return {
    subject_type: "customer",
    subject_id,
    subject,
    subject_normalized: normalizedOf(subject),
    contact_id,
    score: 0.72,
    evidence: [
      {
        field: "name",
        code: "exact",
        similarity: 1,
        points: 0.3,
        left: "张伟",
        right: "张伟",
        detail: "Same name",
      },
    ],
    ...overrides,
  }
}

const errorOf = async (promise: Promise<unknown>) =>
  (await promise.then(
    () => {
      throw new Error("expected a rejection")
    },
    (error: unknown) => error
  )) as MedusaError

moduleIntegrationTestRunner<MallCrmModuleService>({
  moduleName: MALL_CRM_MODULE,
  resolve: __dirname + "/..",
  moduleModels: [
    CrmContact,
    CrmContactKey,
    CrmCustomerLink,
    CrmMatchCandidate,
    CrmOrderReview,
    CrmSyncJob,
  ],
  testSuite: ({ service, MikroOrmWrapper }) => {
    it("exposes its linkable surface", () => {
      expect(Object.keys(service.__joinerConfig().linkableKeys ?? {})).toEqual(
        expect.arrayContaining([
          "crm_contact_id",
          "crm_customer_link_id",
          "crm_order_review_id",
          "crm_sync_job_id",
        ])
      )
    })

    describe("contacts and keys", () => {
      it("creates contacts with their keys, ids in input order, with a display name", async () => {
        const created = await service.createContactsWithKeys([
          row({}, { external_id: "CRM-1" }),
          row({
            first_name: "John",
            last_name: "Smith",
            phones: [phone(1)],
            emails: [],
          }),
          row(
            {
              kind: "company",
              first_name: null,
              last_name: null,
              company_name: "广州明珠贸易有限公司",
              phones: [],
              emails: [],
              addresses: [],
            },
            { tax_id: "91440101MA5XXXXX1" }
          ),
        ])
        expect(created).toEqual([
          { id: expect.stringMatching(/^crmct_/) },
          { id: expect.stringMatching(/^crmct_/) },
          { id: expect.stringMatching(/^crmct_/) },
        ])
        const contacts = await service.listCrmContacts(
          { id: created.map((c) => c.id) },
          { select: ["id", "display_name", "external_id", "phones"] }
        )
        const byId = new Map(contacts.map((c) => [c.id, c]))
        expect(byId.get(created[0].id)).toMatchObject({
          display_name: "张伟",
          external_id: "CRM-1",
          phones: ["+8613800138000"],
        })
        expect(byId.get(created[1].id)!.display_name).toBe("John Smith")
        expect(byId.get(created[2].id)!.display_name).toBe(
          "广州明珠贸易有限公司"
        )
        const keys = await service.listCrmContactKeys({
          contact_id: created[0].id,
        })
        expect(keys.map((k) => [k.kind, k.value]).sort()).toEqual([
          ["email", "zhangwei@example.com"],
          ["name_postal", "张伟|100"],
          ["phone", "+8613800138000"],
        ])
      })

      it("inserts thousands of contacts across statements in one call", async () => {
        const rows = Array.from({ length: 6_200 }, (_, i) =>
          row({ phones: [phone(i)], emails: [`user${i}@example.com`] })
        )
        const created = await service.createContactsWithKeys(rows)
        expect(new Set(created.map((c) => c.id)).size).toBe(6_200)
        const [, contacts] = await service.listAndCountCrmContacts(
          {},
          { take: 1 }
        )
        expect(contacts).toBe(6_200)
        const [, keys] = await service.listAndCountCrmContactKeys(
          {},
          { take: 1 }
        )
        // Every contact shares one name_postal key but has its own row of it.
        expect(keys).toBe(6_200 * 3)
        const found = await service.findContactsByKeys([
          { kind: "phone", value: phone(6_199) },
        ])
        expect(found.map((c) => c.id)).toEqual([created[6_199].id])
      })

      it("refuses bad rows and repeated external ids with clear errors, writing nothing", async () => {
        const twice = await errorOf(
          service.createContactsWithKeys([
            row({}, { external_id: "CRM-9" }),
            row({ phones: [phone(2)] }, { external_id: "CRM-9" }),
          ])
        )
        expect(twice.type).toBe(MedusaError.Types.INVALID_DATA)
        expect(twice.message).toMatch(
          /Contact 2 has the same external id "CRM-9" as contact 1/
        )

        const badKey = await errorOf(
          service.createContactsWithKeys([
            {
              ...row(),
              keys: [{ kind: "fax" as BlockingKey["kind"], value: "1" }],
            },
          ])
        )
        expect(badKey.type).toBe(MedusaError.Types.INVALID_DATA)
        expect(badKey.message).toMatch(/blocking key kind "fax"/)

        const badKind = await errorOf(
          service.createContactsWithKeys([
            row({ kind: "robot" as ContactRecord["kind"] }),
          ])
        )
        expect(badKind.message).toMatch(/Contact 1: kind must be one of/)

        await service.createContactsWithKeys([
          row({}, { external_id: "CRM-7" }),
        ])
        const existing = await errorOf(
          service.createContactsWithKeys([
            row({ phones: [phone(3)] }),
            row({ phones: [phone(4)] }, { external_id: "CRM-7" }),
          ])
        )
        expect(existing.type).toBe(MedusaError.Types.DUPLICATE_ERROR)
        expect(existing.message).toMatch(/CRM-7/)
        // All or nothing: the first row of the failed batch is not there.
        expect(
          await service.findContactsByKeys([{ kind: "phone", value: phone(3) }])
        ).toEqual([])
      })

      it("finds each live contact sharing any key once, strong keys first", async () => {
        const [a, b, c, merged, deleted] = await service.createContactsWithKeys(
          [
            row({ phones: [phone(10)], emails: ["a@example.com"] }),
            row({ phones: [phone(11)], emails: ["b@example.com"] }),
            row({ phones: [phone(12)], emails: [], first_name: "芳" }),
            row({ phones: [phone(13)], emails: ["m@example.com"] }),
            row({ phones: [phone(14)], emails: ["d@example.com"] }),
          ]
        )
        await service.mergeContacts({
          survivor_id: c.id,
          merged_id: merged.id,
        })
        await service.softDeleteCrmContacts([deleted.id])

        const found = await service.findContactsByKeys([
          { kind: "name_postal", value: "张伟|100" },
          { kind: "email", value: "b@example.com" },
          { kind: "phone", value: phone(10) },
          { kind: "phone", value: phone(14) },
          { kind: "phone", value: phone(10) },
        ])
        // a: phone + name, b: email + name, c: the name key it took over
        // from the merged contact; strong keys first. d was deleted.
        expect(
          found
            .slice(0, 2)
            .map((x) => x.id)
            .sort()
        ).toEqual([a.id, b.id].sort())
        expect(found.map((x) => x.id)[2]).toBe(c.id)
        expect(found).toHaveLength(3)
        expect(found[0]).toEqual({
          id: expect.any(String),
          kind: "person",
          first_name: "伟",
          last_name: "张",
          full_name: null,
          display_name: "张伟",
          phones: [expect.any(String)],
          emails: [expect.any(String)],
          company_name: null,
          tax_id: null,
          addresses: [
            { city: "北京", postal_code: "100010", country_code: "cn" },
          ],
          source: "offline_import",
          external_id: null,
          normalized: expect.objectContaining({ kind: "person" }),
        })

        // The merged contact's keys now find the survivor, never the merged one.
        const viaMerged = await service.findContactsByKeys([
          { kind: "email", value: "m@example.com" },
        ])
        expect(viaMerged.map((x) => x.id)).toEqual([c.id])
        // A key left on a merged contact finds nothing.
        await service.createCrmContactKeys({
          contact_id: merged.id,
          kind: "phone",
          value: phone(99),
        })
        expect(
          await service.findContactsByKeys([
            { kind: "phone", value: phone(99) },
          ])
        ).toEqual([])

        const limited = await service.findContactsByKeys(
          [
            { kind: "name_postal", value: "张伟|100" },
            { kind: "phone", value: phone(11) },
          ],
          { limit: 1 }
        )
        expect(limited.map((x) => x.id)).toEqual([b.id])
        expect(await service.findContactsByKeys([])).toEqual([])
      })

      it("still fills the limit when deleted contacts rank first in a big block", async () => {
        // One batch: ids ascend, so equal ranks come in creation order.
        const created = await service.createContactsWithKeys(
          [60, 61, 62, 63].map((n) =>
            row({ first_name: "秀英", phones: [phone(n)], emails: [] })
          )
        )
        await service.softDeleteCrmContacts([created[0].id, created[1].id])
        const found = await service.findContactsByKeys(
          [{ kind: "name_postal", value: "张秀英|100" }],
          { limit: 1 }
        )
        expect(found.map((c) => c.id)).toEqual([created[2].id])
      })

      it("replaces a contact's keys", async () => {
        const [a] = await service.createContactsWithKeys([
          row({ phones: [phone(20)] }),
        ])
        await service.replaceContactKeys(a.id, [
          { kind: "phone", value: phone(21) },
          { kind: "phone", value: phone(21) },
        ])
        expect(
          await service.findContactsByKeys([
            { kind: "phone", value: phone(20) },
          ])
        ).toEqual([])
        expect(
          (
            await service.findContactsByKeys([
              { kind: "phone", value: phone(21) },
            ])
          ).map((c) => c.id)
        ).toEqual([a.id])

        const missing = await errorOf(
          service.replaceContactKeys("crmct_missing", [])
        )
        expect(missing.type).toBe(MedusaError.Types.NOT_FOUND)
      })
    })

    describe("customer links", () => {
      it("links idempotently, relinks by moving, and follows merges", async () => {
        const [a, b, c] = await service.createContactsWithKeys([
          row({ phones: [phone(30)] }),
          row({ phones: [phone(31)] }),
          row({ phones: [phone(32)] }),
        ])
        const first = await service.linkCustomer({
          customer_id: "cus_1",
          contact_id: a.id,
          linked_by: "auto",
          score: 0.93,
        })
        const again = await service.linkCustomer({
          customer_id: "cus_1",
          contact_id: a.id,
          linked_by: "auto",
          score: 0.93,
        })
        expect(again).toMatchObject({
          id: first.id,
          customer_id: "cus_1",
          contact_id: a.id,
          linked_by: "auto",
        })
        expect(again.score).toBeCloseTo(0.93, 5)
        expect(await service.listCrmCustomerLinks({})).toHaveLength(1)

        const moved = await service.linkCustomer({
          customer_id: "cus_1",
          contact_id: b.id,
          linked_by: "admin",
        })
        expect(moved).toMatchObject({
          id: first.id,
          contact_id: b.id,
          linked_by: "admin",
          score: null,
        })
        await service.linkCustomer({
          customer_id: "cus_2",
          contact_id: b.id,
          linked_by: "review",
          match_candidate_id: "crmmc_1",
        })
        expect(
          (await service.listCustomerLinksByContact(b.id)).map(
            (l) => l.customer_id
          )
        ).toEqual(["cus_1", "cus_2"])
        expect(await service.listCustomerLinksByContact(a.id)).toEqual([])
        expect(await service.retrieveCustomerLink("cus_2")).toMatchObject({
          contact_id: b.id,
          match_candidate_id: "crmmc_1",
        })
        expect(await service.retrieveCustomerLink("cus_none")).toBeNull()

        await service.mergeContacts({ survivor_id: c.id, merged_id: a.id })
        const followed = await service.linkCustomer({
          customer_id: "cus_3",
          contact_id: a.id,
          linked_by: "auto",
        })
        expect(followed.contact_id).toBe(c.id)

        const missing = await errorOf(
          service.linkCustomer({
            customer_id: "cus_4",
            contact_id: "crmct_missing",
            linked_by: "auto",
          })
        )
        expect(missing.type).toBe(MedusaError.Types.NOT_FOUND)
        expect(missing.message).toMatch(/Contact crmct_missing was not found/)
      })
    })

    describe("match candidates", () => {
      it("inserts each subject and contact pair once and keeps decisions", async () => {
        const [a, b] = await service.createContactsWithKeys([
          row({ phones: [phone(40)] }),
          row({ phones: [phone(41)] }),
        ])
        const first = await service.upsertMatchCandidates([
          candidate("cus_1", a.id),
          candidate("cus_1", b.id, { score: 0.66 }),
          candidate("cus_1", a.id),
        ])
        expect(first).toHaveLength(2)
        expect(first[0]).toMatchObject({
          id: expect.stringMatching(/^crmmc_/),
          subject_type: "customer",
          subject_id: "cus_1",
          contact_id: a.id,
          status: "pending",
          subject: expect.objectContaining({ last_name: "张" }),
          evidence: [expect.objectContaining({ field: "name" })],
        })
        expect(first[1].score).toBeCloseTo(0.66, 5)

        await service.updateCrmMatchCandidates({
          id: first[0].id,
          status: "rejected",
          decided_by: "user_1",
          decided_at: new Date(),
        })
        const second = await service.upsertMatchCandidates([
          candidate("cus_1", a.id, { score: 0.99 }),
          candidate("cus_1", b.id),
          candidate("cus_2", a.id),
        ])
        expect(second.map((c) => c.id).slice(0, 2)).toEqual(
          first.map((c) => c.id)
        )
        expect(second[0]).toMatchObject({ status: "rejected" })
        expect(second[0].score).toBeCloseTo(0.72, 5)
        expect(await service.listCrmMatchCandidates({})).toHaveLength(3)
      })
    })

    describe("merging contacts", () => {
      it("moves links, keys and pending candidates, unions lists and keeps the merged contact", async () => {
        const [survivor, merged, other] = await service.createContactsWithKeys([
          row({
            first_name: null,
            last_name: null,
            phones: [phone(50)],
            emails: ["s@example.com"],
          }),
          row(
            {
              phones: ["+86 139-0000-0050", phone(51)],
              emails: ["S@example.com ", "m@example.com"],
              addresses: [
                { city: "北京", postal_code: "100010", country_code: "cn" },
                { city: "上海", postal_code: "200000", country_code: "cn" },
              ],
            },
            { external_id: "CRM-M", metadata: { note: "vip" } }
          ),
          row({ phones: [phone(52)] }),
        ])
        await service.replaceContactKeys(survivor.id, [
          { kind: "phone", value: phone(50) },
          { kind: "email", value: "m@example.com" },
        ])
        await service.linkCustomer({
          customer_id: "cus_m",
          contact_id: merged.id,
          linked_by: "auto",
        })
        await service.linkCustomer({
          customer_id: "cus_s",
          contact_id: survivor.id,
          linked_by: "auto",
        })
        await service.upsertMatchCandidates([
          candidate("cus_x", merged.id),
          candidate("cus_y", merged.id),
          candidate("cus_y", survivor.id),
          candidate(survivor.id, merged.id, { subject_type: "contact" }),
          candidate("cus_z", merged.id),
        ])
        const [decided] = await service.listCrmMatchCandidates({
          subject_id: "cus_z",
        })
        await service.updateCrmMatchCandidates({
          id: decided.id,
          status: "accepted",
        })

        const result = await service.mergeContacts({
          survivor_id: survivor.id,
          merged_id: merged.id,
        })
        expect(result.moved).toEqual({
          customer_links: 1,
          keys: 5,
          match_candidates: 1,
          dropped_match_candidates: 2,
        })
        expect(result.merged).toMatchObject({
          id: merged.id,
          merged_into_id: survivor.id,
          external_id: null,
          metadata: { note: "vip", external_id: "CRM-M" },
        })
        expect(result.survivor).toMatchObject({
          id: survivor.id,
          merged_into_id: null,
          // Its own names were empty: the merged contact's fill them.
          first_name: "伟",
          last_name: "张",
          external_id: "CRM-M",
          phones: [phone(50), phone(51)],
          emails: ["s@example.com", "m@example.com"],
          addresses: [
            { city: "北京", postal_code: "100010", country_code: "cn" },
            { city: "上海", postal_code: "200000", country_code: "cn" },
          ],
          metadata: { note: "vip" },
        })

        expect(
          (await service.listCustomerLinksByContact(survivor.id))
            .map((l) => l.customer_id)
            .sort()
        ).toEqual(["cus_m", "cus_s"])
        const keys = await service.listCrmContactKeys({})
        expect(keys.filter((k) => k.contact_id === merged.id)).toEqual([])
        expect(
          keys
            .filter((k) => k.contact_id === survivor.id)
            .map((k) => `${k.kind}:${k.value}`)
            .sort()
        ).toEqual(
          [
            `email:m@example.com`,
            `email:S@example.com `,
            `name_postal:张伟|100`,
            `name_postal:张伟|200`,
            `phone:+86 139-0000-0050`,
            `phone:${phone(50)}`,
            `phone:${phone(51)}`,
          ].sort()
        )

        const candidates = await service.listCrmMatchCandidates({})
        const pairs = candidates
          .map((c) => `${c.subject_id}>${c.contact_id}:${c.status}`)
          .sort()
        expect(pairs).toEqual(
          [
            `cus_x>${survivor.id}:pending`,
            `cus_y>${survivor.id}:pending`,
            // Decided candidates stay where they were decided.
            `cus_z>${merged.id}:accepted`,
          ].sort()
        )

        const self = await errorOf(
          service.mergeContacts({
            survivor_id: other.id,
            merged_id: other.id,
          })
        )
        expect(self.type).toBe(MedusaError.Types.NOT_ALLOWED)
        expect(self.message).toMatch(/cannot be merged into itself/)

        const twice = await errorOf(
          service.mergeContacts({
            survivor_id: other.id,
            merged_id: merged.id,
          })
        )
        expect(twice.type).toBe(MedusaError.Types.NOT_ALLOWED)
        expect(twice.message).toBe(
          `Contact ${merged.id} was already merged into ${survivor.id}; merge with ${survivor.id} instead`
        )
        const intoMerged = await errorOf(
          service.mergeContacts({
            survivor_id: merged.id,
            merged_id: other.id,
          })
        )
        expect(intoMerged.type).toBe(MedusaError.Types.NOT_ALLOWED)

        const missing = await errorOf(
          service.mergeContacts({
            survivor_id: survivor.id,
            merged_id: "crmct_missing",
          })
        )
        expect(missing.type).toBe(MedusaError.Types.NOT_FOUND)

        const keysOfMerged = await errorOf(
          service.replaceContactKeys(merged.id, [])
        )
        expect(keysOfMerged.type).toBe(MedusaError.Types.NOT_ALLOWED)

        // A contact merged earlier into the merged one now points at the survivor.
        await service.mergeContacts({
          survivor_id: other.id,
          merged_id: survivor.id,
        })
        const [again] = await service.listCrmContacts(
          { id: merged.id },
          { select: ["merged_into_id"] }
        )
        expect(again.merged_into_id).toBe(other.id)
      })
    })

    describe("merging answers open questions", () => {
      it("closes the candidate the merge answers and hands the merged contact's others to the survivor", async () => {
        const [a, b, c] = await service.createContactsWithKeys([
          row({ phones: [phone(60)] }),
          row({ phones: [phone(61)] }),
          row({ phones: [phone(62)] }),
        ])
        const asContact = { subject_type: "contact" as const }
        await service.upsertMatchCandidates([
          candidate(b.id, a.id, asContact),
          candidate(b.id, c.id, asContact),
        ])
        await service.mergeContacts({ survivor_id: a.id, merged_id: b.id })
        const after = await service.listCrmMatchCandidates({})
        expect(after).toHaveLength(2)
        expect(after).toEqual(
          expect.arrayContaining([
            expect.objectContaining({
              subject_id: b.id,
              contact_id: a.id,
              status: "accepted",
              reason: "The two contacts were merged",
            }),
            expect.objectContaining({
              subject_id: a.id,
              contact_id: c.id,
              status: "pending",
            }),
          ])
        )
      })
    })

    describe("order reviews", () => {
      it("opens one review per order", async () => {
        const first = await service.createOrderReviewIfAbsent({
          order_id: "order_1",
          customer_id: "cus_1",
          reasons: [{ code: "new_customer" }],
        })
        const second = await service.createOrderReviewIfAbsent({
          order_id: "order_1",
          status: "approved",
          automatic: true,
        })
        expect(first.created).toBe(true)
        expect(second).toEqual({ review: first.review, created: false })
        expect(first.review).toMatchObject({
          id: expect.stringMatching(/^crmrev_/),
          status: "pending",
          automatic: false,
          reasons: [{ code: "new_customer" }],
        })
      })
    })

    describe("sync jobs", () => {
      const T0 = new Date("2026-12-01T08:00:00Z")
      const at = (minutes: number) => new Date(T0.getTime() + minutes * 60_000)
      const job = (n: number, next_attempt_at = T0) => ({
        order_id: `order_${n}`,
        connector: "webhook",
        idempotency_key: `order.approved:order_${n}`,
        payload: { n },
        max_attempts: 3,
        next_attempt_at,
      })

      it("queues a job once per idempotency key", async () => {
        const first = await service.createSyncJobIfAbsent(job(1))
        const again = await service.createSyncJobIfAbsent({
          ...job(1),
          payload: { n: 2 },
        })
        expect(again).toEqual(first)
        expect(first).toMatchObject({
          id: expect.stringMatching(/^crmsync_/),
          status: "pending",
          attempts: 0,
          max_attempts: 3,
          payload: { n: 1 },
        })
        const bad = await errorOf(
          service.createSyncJobIfAbsent({ ...job(2), max_attempts: 0 })
        )
        expect(bad.type).toBe(MedusaError.Types.INVALID_DATA)
      })

      it("never gives one job to two claimers", async () => {
        for (let n = 0; n < 10; n++) {
          await service.createSyncJobIfAbsent(job(n))
        }
        // The first claim holds its row locks until its transaction ends;
        // the second, in its own transaction, must skip them, not wait.
        const manager = MikroOrmWrapper.forkManager() as SqlEntityManager
        let inner: string[] = []
        const outer = await manager.transactional(
          async (transactionManager) => {
            const held = await service.claimDueSyncJobs(
              { now: T0, limit: 6 },
              { transactionManager }
            )
            inner = (await service.claimDueSyncJobs({ now: T0, limit: 6 })).map(
              (j) => j.id
            )
            return held.map((j) => j.id)
          }
        )
        expect(outer).toHaveLength(6)
        expect(inner).toHaveLength(4)
        expect(new Set([...outer, ...inner]).size).toBe(10)

        // Many instances at once: every job claimed exactly once.
        for (let n = 10; n < 40; n++) {
          await service.createSyncJobIfAbsent(job(n))
        }
        const claims = await Promise.all(
          Array.from({ length: 6 }, () =>
            service.claimDueSyncJobs({ now: T0, limit: 8 })
          )
        )
        const ids = claims.flat().map((j) => j.id)
        expect(ids).toHaveLength(30)
        expect(new Set(ids).size).toBe(30)
        const jobs = await service.listCrmSyncJobs({})
        expect(jobs.every((j) => j.status === "in_progress")).toBe(true)
        expect(jobs.every((j) => j.attempts === 1)).toBe(true)
      })

      it("backs off, gives up after the last attempt or on a final error, and completes", async () => {
        const a = await service.createSyncJobIfAbsent(job(1))
        const b = await service.createSyncJobIfAbsent(job(2))
        await service.createSyncJobIfAbsent(job(3, at(30)))

        const first = await service.claimDueSyncJobs({ now: T0, limit: 10 })
        expect(first.map((j) => j.id).sort()).toEqual([a.id, b.id].sort())
        expect(first[0]).toMatchObject({
          status: "in_progress",
          attempts: 1,
          last_attempt_at: T0,
        })

        const retried = await service.failSyncJob(a.id, {
          error: "HTTP 503",
          retry_at: at(1),
        })
        expect(retried).toMatchObject({
          status: "pending",
          next_attempt_at: at(1),
          last_error: "HTTP 503",
        })
        const final = await service.failSyncJob(b.id, {
          error: "HTTP 400: unknown customer",
          retry_at: null,
        })
        expect(final).toMatchObject({ status: "failed", attempts: 1 })

        // Not due yet, then due.
        expect(
          await service.claimDueSyncJobs({ now: at(0.5), limit: 10 })
        ).toEqual([])
        const second = await service.claimDueSyncJobs({ now: at(1), limit: 10 })
        expect(second.map((j) => [j.id, j.attempts])).toEqual([[a.id, 2]])
        await service.failSyncJob(a.id, { error: "timeout", retry_at: at(2) })
        const third = await service.claimDueSyncJobs({ now: at(2), limit: 10 })
        expect(third.map((j) => [j.id, j.attempts])).toEqual([[a.id, 3]])
        // The third attempt was the last: a retry time is not honoured.
        const exhausted = await service.failSyncJob(a.id, {
          error: "timeout",
          retry_at: at(3),
        })
        expect(exhausted).toMatchObject({ status: "failed", attempts: 3 })
        expect(
          (await service.claimDueSyncJobs({ now: at(29), limit: 10 })).length
        ).toBe(0)

        const later = await service.claimDueSyncJobs({ now: at(30), limit: 10 })
        expect(later).toHaveLength(1)
        const done = await service.completeSyncJob(later[0].id, {
          external_id: "SO-1001",
          detail: "HTTP 200",
        })
        expect(done).toMatchObject({
          status: "succeeded",
          external_id: "SO-1001",
          result_detail: "HTTP 200",
          succeeded_at: expect.any(Date),
        })
        // A late failure of an abandoned attempt leaves a success alone.
        expect(
          await service.failSyncJob(done.id, { error: "late", retry_at: null })
        ).toMatchObject({ status: "succeeded", last_error: null })
        expect(await service.completeSyncJob(done.id)).toMatchObject({
          status: "succeeded",
          external_id: "SO-1001",
        })

        // An admin sends a failed job again, with one more attempt.
        const again = await service.retrySyncJob(a.id, at(40))
        expect(again).toMatchObject({
          status: "pending",
          next_attempt_at: at(40),
          max_attempts: 4,
        })
        const notFailed = await errorOf(service.retrySyncJob(done.id))
        expect(notFailed.type).toBe(MedusaError.Types.NOT_ALLOWED)
        expect(notFailed.message).toMatch(/is succeeded; only a failed job/)
        const missing = await errorOf(
          service.failSyncJob("crmsync_missing", {
            error: "x",
            retry_at: null,
          })
        )
        expect(missing.type).toBe(MedusaError.Types.NOT_FOUND)
      })

      it("reclaims a job abandoned in progress, and fails it when it was the last attempt", async () => {
        const a = await service.createSyncJobIfAbsent(job(1))
        const b = await service.createSyncJobIfAbsent({
          ...job(2),
          max_attempts: 1,
        })
        expect(
          await service.claimDueSyncJobs({ now: T0, limit: 10 })
        ).toHaveLength(2)

        // The server died: nothing for 9 minutes, then both are stale.
        expect(
          await service.claimDueSyncJobs({ now: at(9), limit: 10 })
        ).toEqual([])
        const reclaimed = await service.claimDueSyncJobs({
          now: at(11),
          limit: 10,
        })
        expect(reclaimed.map((j) => [j.id, j.attempts])).toEqual([[a.id, 2]])
        const [gaveUp] = await service.listCrmSyncJobs({ id: b.id })
        expect(gaveUp).toMatchObject({
          status: "failed",
          attempts: 1,
          last_error: expect.stringMatching(
            /The server stopped while sending the last attempt \(1 of 1\)/
          ),
        })

        const custom = await service.claimDueSyncJobs({
          now: at(13),
          limit: 10,
          stale_after_ms: 60_000,
        })
        expect(custom.map((j) => [j.id, j.attempts])).toEqual([[a.id, 3]])
      })
    })
  },
})
