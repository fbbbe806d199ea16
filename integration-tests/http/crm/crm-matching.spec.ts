import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import type MallCrmModuleService from "../../../src/modules/crm/service"
import { MALL_CRM_MODULE } from "../../../src/types/modules"
import { createAdminUser, loginAdmin } from "../../helpers/auth"
import {
  completeCart,
  prepareCart,
  type CheckoutAddress,
} from "../../helpers/checkout"
import { expectHttpError, type RequestConfig } from "../../helpers/http"
import {
  codProduct,
  seedMall,
  storeHeaders,
  type SeededEnterprise,
} from "../../helpers/seeders"

jest.setTimeout(300_000)

const PREPAID = "pp_system_default"

const SHANGHAI = {
  address_1: "1 Nanjing Road",
  city: "Shanghai",
  province: "Shanghai",
  postal_code: "200040",
  country_code: "cn",
}

/** The offline customer the storefront buyers of these tests may be. */
const LI_NA = {
  external_id: "HX-C-0001",
  name: "李娜",
  phones: "+86 139 0013 9000",
  emails: "lina@example.com",
  ...SHANGHAI,
}

const ZHANG_WEI = {
  external_id: "HX-C-0002",
  name: "张伟",
  phones: "+86 138 1234 5678",
  emails: "zhangwei@example.com",
  ...SHANGHAI,
  address_1: "88 Huaihai Road",
}

type Contact = {
  id: string
  display_name: string
  phones: string[]
  emails: string[]
  source: string
  merged_into_id: string | null
}
type Candidate = {
  id: string
  status: string
  score: number
  subject_type: string
  subject_id: string
  subject: Record<string, unknown>
  customer: { id: string; email: string } | null
  contact: Contact | null
  contact_id: string
  contact_merged_into_id: string | null
  evidence: { field: string; code: string }[]
  reason: string | null
  decided_by: string | null
}
type CrmCustomer = {
  customer: { id: string; email: string }
  link: {
    contact_id: string
    linked_by: string
    score: number | null
    match_candidate_id: string | null
  } | null
  contact: Contact | null
  other_customers: { id: string; email: string; has_account: boolean }[]
  pending_candidates: Candidate[]
}

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let seed: SeededEnterprise
    let admin: RequestConfig
    let adminId: string
    let store: RequestConfig

    beforeAll(async () => {
      seed = await seedMall(getContainer())
    })

    beforeEach(async () => {
      admin = await loginAdmin(api, {
        email: seed.admin!.email,
        password: seed.admin!.password!,
      })
      store = storeHeaders(seed)
      const {
        data: { user },
      } = await api.get("/admin/users/me", admin)
      adminId = user.id
    })

    const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms))

    /** Polls until `read` returns something `done` accepts (subscribers run after the response). */
    const eventually = async <T>(
      read: () => Promise<T>,
      done: (value: T) => boolean,
      what: string
    ): Promise<T> => {
      const until = Date.now() + 30_000
      let last: T = await read()
      while (!done(last)) {
        if (Date.now() > until) {
          throw new Error(
            `Timed out waiting for ${what}: ${JSON.stringify(last)}`
          )
        }
        await sleep(250)
        last = await read()
      }
      return last
    }

    const joinSalesOps = () =>
      api.post(
        "/admin/mall/departments/sales_ops/members",
        { user_id: adminId },
        admin
      )

    const importContacts = async (contacts: Record<string, unknown>[]) =>
      (await api.post("/admin/mall/crm/contacts/import", { contacts }, admin))
        .data as {
        summary: Record<string, number>
        lines: Record<string, unknown>[]
      }

    const contactByExternalId = async (external_id: string) => {
      const { data } = await api.get(
        `/admin/mall/crm/contacts?q=${encodeURIComponent(external_id)}`,
        admin
      )
      const contact = data.contacts.find(
        (c: { external_id: string }) => c.external_id === external_id
      )
      expect(contact).toBeDefined()
      return contact as Contact
    }

    const crmCustomer = async (id: string) =>
      (await api.get(`/admin/mall/crm/customers/${id}`, admin))
        .data as CrmCustomer

    const contactDetail = async (id: string) =>
      (await api.get(`/admin/mall/crm/contacts/${id}`, admin)).data as {
        contact: Contact
        customer_links: { customer_id: string; linked_by: string }[]
        merged_contacts: { id: string }[]
      }

    /** A storefront guest checkout; resolves with the order and its guest customer id. */
    const guestCheckout = async (
      email: string,
      address: Partial<CheckoutAddress>
    ) => {
      const cart = await prepareCart(api, {
        headers: store,
        region_id: seed.regions.china.id,
        email,
        items: [{ variant_id: codProduct(seed).variant.id, quantity: 1 }],
        shipping_address: { ...SHANGHAI, ...address } as CheckoutAddress,
        provider_id: PREPAID,
      })
      const order = await completeCart(api, cart.id, store)
      // The store's order omits customer_id: ask the admin API.
      const {
        data: { order: placed },
      } = await api.get(
        `/admin/orders/${order.id}?fields=id,customer_id`,
        admin
      )
      return { order, customer_id: placed.customer_id as string }
    }

    /** A relative of 张伟: his phone and address, another name and email. */
    const relativeOfZhangWei = async (email: string, given = "强") => {
      await importContacts([ZHANG_WEI])
      const zhang = await contactByExternalId(ZHANG_WEI.external_id)
      const { customer_id } = await guestCheckout(email, {
        first_name: given,
        last_name: "张",
        phone: "13812345678",
        address_1: ZHANG_WEI.address_1,
      })
      const state = await eventually(
        () => crmCustomer(customer_id),
        (c) => c.pending_candidates.length > 0,
        "a pending candidate"
      )
      return { zhang, customer_id, state }
    }

    describe("import", () => {
      it("dedups within the file and against existing contacts, reports each line, and imports nothing twice", async () => {
        const first = await importContacts([ZHANG_WEI])
        expect(first.summary).toMatchObject({ total: 1, created: 1 })

        const file = [
          LI_NA,
          // The same person again, written differently, without an id.
          {
            name: "李娜",
            phones: "0086 139-0013-9000",
            emails: "LiNa@Example.com",
          },
          // Zhang Wei, already a contact: another spelling of his phone.
          {
            name: "张伟",
            phones: "138 1234 5678",
            emails: "zw.home@example.com",
          },
          { name: "王芳", phones: "not a phone" },
          { phones: "13700000000" },
          // Only a name and an address: nothing to match on but itself.
          { name: "赵敏", address_1: "解放路60号", city: "呼和浩特" },
        ]
        const report = await importContacts(file)
        expect(report.summary).toEqual({
          total: 6,
          created: 2,
          matched: 1,
          duplicate: 1,
          review: 0,
          rejected: 2,
        })
        const line = (n: number) => report.lines.find((l) => l.line === n)
        expect(line(1)).toMatchObject({ status: "created" })
        expect(line(2)).toMatchObject({
          status: "duplicate",
          duplicate_of_line: 1,
          contact_id: line(1)!.contact_id,
        })
        expect(line(3)).toMatchObject({ status: "matched" })
        expect(line(4)).toMatchObject({
          status: "rejected",
          reason: expect.stringContaining('phone "not a phone"'),
        })
        expect(line(5)).toMatchObject({
          status: "rejected",
          reason: expect.stringContaining("name is missing"),
        })
        expect(line(6)).toMatchObject({ status: "created" })

        // The matched contact gained the new email; the duplicate nothing new.
        const zhang = await contactByExternalId(ZHANG_WEI.external_id)
        expect(zhang.emails).toEqual([
          "zhangwei@example.com",
          "zw.home@example.com",
        ])
        const lina = await contactByExternalId(LI_NA.external_id)
        expect(lina.display_name).toEqual("李娜")

        // Again: nothing is created.
        const again = await importContacts(file)
        expect(again.summary).toMatchObject({
          total: 6,
          created: 0,
          rejected: 2,
        })
        expect(again.lines.find((l) => l.line === 6)).toEqual({
          line: 6,
          status: "matched",
          contact_id: line(6)!.contact_id,
          score: 1,
          by: "identical",
        })
        const { data } = await api.get(
          "/admin/mall/crm/contacts?source=offline_import",
          admin
        )
        expect(data.count).toEqual(3)

        // The same lines as a CSV upload: matched, nothing created.
        const csv = [
          "external_id,name,phones,emails,address_1,city,postal_code,country_code",
          `${LI_NA.external_id},李娜,+86 139 0013 9000,lina@example.com,1 Nanjing Road,Shanghai,200040,cn`,
          ",李娜,0086 13900139000,LiNa@example.com,,,,",
          ",王芳,12,,,,,",
          "HX-C-0003,刘洋,+86 186 0000 1111,liuyang@example.com,,Beijing,100010,cn",
        ].join("\n")
        const form = new FormData()
        form.append(
          "file",
          new Blob([csv], { type: "text/csv" }),
          "offline-customers.csv"
        )
        const { data: uploaded } = await api.post(
          "/admin/mall/crm/contacts/import",
          form,
          admin
        )
        expect(uploaded.summary).toEqual({
          total: 4,
          created: 1,
          matched: 2,
          duplicate: 0,
          review: 0,
          rejected: 1,
        })
        expect(uploaded.lines).toEqual([
          expect.objectContaining({
            line: 2,
            status: "matched",
            by: "external_id",
          }),
          expect.objectContaining({ line: 3, status: "matched" }),
          expect.objectContaining({ line: 4, status: "rejected" }),
          expect.objectContaining({ line: 5, status: "created" }),
        ])
      })
    })

    describe("auto-link", () => {
      it("links a guest whose checkout matches an offline contact, and does it once", async () => {
        await importContacts([LI_NA])
        const lina = await contactByExternalId(LI_NA.external_id)

        const { customer_id, order } = await guestCheckout("LiNa@example.com", {
          first_name: "娜",
          last_name: "李",
          phone: "13900139000",
        })
        const state = await eventually(
          () => crmCustomer(customer_id),
          // The customer.created match may have asked about 李娜 when the
          // guest was an email only; the order's phone answers it.
          (c) => c.link?.contact_id === lina.id && !c.pending_candidates.length,
          "the guest's link to 李娜"
        )
        expect(state.link).toMatchObject({
          contact_id: lina.id,
          linked_by: "auto",
          score: expect.any(Number),
        })
        expect(state.link!.score!).toBeGreaterThanOrEqual(0.9)
        expect(state.contact).toMatchObject({
          id: lina.id,
          source: "offline_import",
          merged_into_id: null,
        })
        expect(state.pending_candidates).toEqual([])

        // A registered account of the same person is another customer of
        // the same contact (customers are never merged).
        const {
          data: { customer: account },
        } = await api.post(
          "/admin/customers",
          {
            email: "lina.li@example.com",
            first_name: "娜",
            last_name: "李",
            phone: "+86 13900139000",
          },
          admin
        )
        const linked = await eventually(
          () => crmCustomer(account.id),
          (c) => c.link?.contact_id === lina.id,
          "the account's link to 李娜"
        )
        expect(linked.other_customers).toEqual([
          expect.objectContaining({ id: customer_id, has_account: false }),
        ])

        // Running the match again (a redelivered order.placed) changes nothing.
        const { matchCustomerWorkflow } =
          await import("../../../src/workflows/crm")
        const { result } = await matchCustomerWorkflow(getContainer()).run({
          input: { customer_id, order_id: order.id },
        })
        expect(result).toEqual({
          customer_id,
          contact_id: lina.id,
          outcome: "unchanged",
          candidates: 0,
        })
        const { data: audit } = await api.get(
          `/admin/mall/audit?entity_type=crm_customer_link&entity_id=${customer_id}`,
          admin
        )
        expect(audit.audit_entries.length).toBeGreaterThanOrEqual(1)
        expect(audit.audit_entries[0]).toMatchObject({
          action: "crm_customer.linked",
        })
        // The guest's own contact, if the customer.created match made one
        // before the order brought the phone, was folded into 李娜.
        const ownContacts = await eventually(
          async () =>
            (
              await api.get(
                "/admin/mall/crm/contacts?source=online&limit=500",
                admin
              )
            ).data.contacts.filter(
              (c: Contact & { metadata: Record<string, unknown> | null }) =>
                c.metadata?.customer_id === customer_id
            ),
          (live: Contact[]) => live.length === 0,
          "the guest's own contact to be merged"
        )
        expect(ownContacts).toEqual([])
      })
    })

    describe("review", () => {
      it("asks about a relative sharing the phone, and accepting links the customer and merges its own contact", async () => {
        const { zhang, customer_id, state } = await relativeOfZhangWei(
          "zhangqiang@example.com"
        )
        const own = state.contact!
        expect(state.link).toMatchObject({ linked_by: "auto", score: null })
        expect(own).toMatchObject({ source: "online" })
        expect(own.phones).toEqual(["13812345678"])

        const { data: queue } = await api.get(
          "/admin/mall/crm/matches?status=pending",
          admin
        )
        expect(queue.count).toEqual(1)
        const candidate: Candidate = queue.match_candidates[0]
        expect(candidate).toMatchObject({
          status: "pending",
          subject_type: "customer",
          subject_id: customer_id,
          customer: { id: customer_id, email: "zhangqiang@example.com" },
          subject: expect.objectContaining({
            first_name: "强",
            last_name: "张",
            emails: ["zhangqiang@example.com"],
          }),
          contact: expect.objectContaining({
            id: zhang.id,
            display_name: "张伟",
            phones: ["+86 138 1234 5678"],
            source: "offline_import",
            external_id: ZHANG_WEI.external_id,
          }),
        })
        expect(candidate.score).toBeGreaterThanOrEqual(0.6)
        expect(candidate.score).toBeLessThan(0.9)
        expect(candidate.evidence).toEqual(
          expect.arrayContaining([
            expect.objectContaining({ field: "phone", code: "exact" }),
            expect.objectContaining({ field: "name", code: "differs" }),
          ])
        )

        await joinSalesOps()
        const { data: accepted } = await api.post(
          `/admin/mall/crm/matches/${candidate.id}/accept`,
          { reason: "Called: same household account" },
          admin
        )
        expect(accepted).toMatchObject({
          match_candidate: expect.objectContaining({
            id: candidate.id,
            status: "accepted",
            decided_by: adminId,
            reason: "Called: same household account",
          }),
          contact: expect.objectContaining({ id: zhang.id }),
          merged_contact_id: own.id,
          link: expect.objectContaining({
            customer_id,
            contact_id: zhang.id,
            linked_by: "review",
            match_candidate_id: candidate.id,
          }),
          rejected_candidate_ids: [],
        })
        expect(accepted.contact.phones).toEqual(["+86 138 1234 5678"])
        expect(accepted.contact.emails).toEqual([
          "zhangwei@example.com",
          "zhangqiang@example.com",
        ])

        const after = await crmCustomer(customer_id)
        expect(after.link).toMatchObject({
          contact_id: zhang.id,
          linked_by: "review",
        })
        expect(after.pending_candidates).toEqual([])
        const detail = await contactDetail(zhang.id)
        expect(detail.merged_contacts).toEqual([
          expect.objectContaining({ id: own.id }),
        ])
        expect(detail.customer_links).toEqual([
          expect.objectContaining({ customer_id, linked_by: "review" }),
        ])
        const ownNow = await contactDetail(own.id)
        expect(ownNow.contact.merged_into_id).toEqual(zhang.id)

        // The survivor is found by the customer's email now.
        const { data: found } = await api.get(
          "/admin/mall/crm/contacts?q=ZhangQiang@Example.com",
          admin
        )
        expect(found.contacts.map((c: Contact) => c.id)).toEqual([zhang.id])

        // A person decided: a later match changes nothing.
        const { matchCustomerWorkflow } =
          await import("../../../src/workflows/crm")
        const { result } = await matchCustomerWorkflow(getContainer()).run({
          input: { customer_id },
        })
        expect(result.outcome).toEqual("unchanged")
        expect(result.contact_id).toEqual(zhang.id)

        const { data: audit } = await api.get(
          `/admin/mall/audit?entity_type=crm_match_candidate&entity_id=${candidate.id}`,
          admin
        )
        expect(audit.audit_entries).toEqual([
          expect.objectContaining({
            action: "crm_match.accepted",
            actor_id: adminId,
            department: "sales_ops",
          }),
        ])

        const twice = await expectHttpError(
          api.post(`/admin/mall/crm/matches/${candidate.id}/accept`, {}, admin)
        )
        expect(twice.status).toEqual(400)
        expect(twice.data.message).toContain("already accepted")
      })

      it("rejects with a reason, keeps the customer's own contact and never asks again", async () => {
        const { customer_id, state } = await relativeOfZhangWei(
          "zhangmin@example.com",
          "敏"
        )
        const [candidate] = state.pending_candidates
        await joinSalesOps()

        const noReason = await expectHttpError(
          api.post(`/admin/mall/crm/matches/${candidate.id}/reject`, {}, admin)
        )
        expect(noReason.status).toEqual(400)
        expect(noReason.data.message).toContain("reason is required")

        const { data } = await api.post(
          `/admin/mall/crm/matches/${candidate.id}/reject`,
          { reason: "His sister: shares the home phone" },
          admin
        )
        expect(data.match_candidate).toMatchObject({
          id: candidate.id,
          status: "rejected",
          decided_by: adminId,
          reason: "His sister: shares the home phone",
        })
        const after = await crmCustomer(customer_id)
        expect(after.link).toMatchObject({
          contact_id: state.contact!.id,
          linked_by: "auto",
        })
        expect(after.pending_candidates).toEqual([])

        const { data: rejected } = await api.get(
          "/admin/mall/crm/matches?status=rejected&subject_type=customer",
          admin
        )
        expect(rejected.match_candidates.map((c: Candidate) => c.id)).toEqual([
          candidate.id,
        ])
        const { data: pending } = await api.get(
          "/admin/mall/crm/matches?status=pending",
          admin
        )
        expect(pending.count).toEqual(0)

        const twice = await expectHttpError(
          api.post(`/admin/mall/crm/matches/${candidate.id}/accept`, {}, admin)
        )
        expect(twice.status).toEqual(400)
        expect(twice.data.message).toContain("already rejected")
      })

      it("finds candidates by a name, phone, e-mail or id in either record, and sorts them by score", async () => {
        const relative = await relativeOfZhangWei("zhangqiang@example.com")
        // A namesake at his street number with his own phone and e-mail: a
        // weaker candidate than the relative sharing his phone.
        const { customer_id: namesake } = await guestCheckout(
          "zw1990@example.com",
          {
            first_name: "伟",
            last_name: "张",
            phone: "13700001111",
            address_1: ZHANG_WEI.address_1,
          }
        )
        await eventually(
          () => crmCustomer(namesake),
          (c) => c.pending_candidates.length > 0,
          "the namesake's candidate"
        )
        const queue = async (query: string) =>
          (
            await api.get(
              `/admin/mall/crm/matches?status=pending&${query}`,
              admin
            )
          ).data as { count: number; match_candidates: Candidate[] }
        const subjects = (page: { match_candidates: Candidate[] }) =>
          page.match_candidates.map((c) => c.subject_id)

        const likeliest = await queue("order=-score")
        expect(likeliest.count).toEqual(2)
        expect(subjects(likeliest)).toEqual([relative.customer_id, namesake])
        const [high, low] = likeliest.match_candidates.map((c) => c.score)
        expect(high).toBeGreaterThan(low)
        expect(subjects(await queue("order=score"))).toEqual([
          namesake,
          relative.customer_id,
        ])

        // The subject as it was written: a given name, an e-mail in any case.
        expect(subjects(await queue(`q=${encodeURIComponent("强")}`))).toEqual([
          relative.customer_id,
        ])
        expect(
          subjects(await queue(`q=${encodeURIComponent("ZW1990@Example.com")}`))
        ).toEqual([namesake])
        expect(subjects(await queue("q=13700001111"))).toEqual([namesake])
        // The contact: both candidates point at 张伟, found by phone however
        // written, by external id and by name.
        for (const q of ["+86 138-1234-5678", ZHANG_WEI.external_id, "张伟"]) {
          const found = await queue(`q=${encodeURIComponent(q)}&order=-score`)
          expect(subjects(found)).toEqual([relative.customer_id, namesake])
        }
        const none = await queue("q=nobody-like-this")
        expect(none).toMatchObject({ count: 0, match_candidates: [] })

        const badOrder = await expectHttpError(
          api.get("/admin/mall/crm/matches?order=likeliest", admin)
        )
        expect(badOrder.status).toEqual(400)
        expect(badOrder.data.message).toContain(
          "order must be one of created_at, -created_at, score, -score"
        )
      })
    })

    describe("merge", () => {
      it("folds one contact into another, moves its customers and keeps it for history", async () => {
        await importContacts([
          {
            external_id: "HX-C-0101",
            name: "王芳",
            phones: "+86 135 0000 1234",
            ...SHANGHAI,
          },
          {
            external_id: "HX-C-0102",
            name: "Wang Fang",
            emails: "wangfang@example.com",
            city: "Beijing",
            postal_code: "100010",
            country_code: "cn",
          },
        ])
        const survivor = await contactByExternalId("HX-C-0101")
        const merged = await contactByExternalId("HX-C-0102")

        // A customer known by the second contact's email.
        const {
          data: { customer },
        } = await api.post(
          "/admin/customers",
          {
            email: "wangfang@example.com",
            first_name: "Fang",
            last_name: "Wang",
          },
          admin
        )
        await eventually(
          () => crmCustomer(customer.id),
          (c) => c.link?.contact_id === merged.id,
          "the customer's link to the second contact"
        )

        await joinSalesOps()
        const { data } = await api.post(
          `/admin/mall/crm/contacts/${survivor.id}/merge`,
          { contact_id: merged.id, reason: "Same person, two branch records" },
          admin
        )
        expect(data.contact).toMatchObject({
          id: survivor.id,
          display_name: "王芳",
          external_id: "HX-C-0101",
          phones: ["+86 135 0000 1234"],
          emails: ["wangfang@example.com"],
          merged_into_id: null,
        })
        expect(data.contact.addresses).toHaveLength(2)
        expect(data.merged_contact).toMatchObject({
          id: merged.id,
          merged_into_id: survivor.id,
        })
        expect(data.moved).toMatchObject({ customer_links: 1 })

        const old = await contactDetail(merged.id)
        expect(old.contact.merged_into_id).toEqual(survivor.id)
        const kept = await contactDetail(survivor.id)
        expect(kept.merged_contacts).toEqual([
          expect.objectContaining({ id: merged.id }),
        ])
        expect(kept.customer_links).toEqual([
          expect.objectContaining({ customer_id: customer.id }),
        ])
        expect((await crmCustomer(customer.id)).link?.contact_id).toEqual(
          survivor.id
        )

        // The survivor answers to the merged contact's email.
        const { data: found } = await api.get(
          "/admin/mall/crm/contacts?q=wangfang@example.com",
          admin
        )
        expect(found.contacts.map((c: Contact) => c.id)).toEqual([survivor.id])

        const { data: audit } = await api.get(
          `/admin/mall/audit?entity_type=crm_contact&entity_id=${survivor.id}`,
          admin
        )
        expect(audit.audit_entries).toEqual([
          expect.objectContaining({
            action: "crm_contacts.merged",
            reason: "Same person, two branch records",
            data: expect.objectContaining({
              survivor_id: survivor.id,
              merged_id: merged.id,
              moved: expect.objectContaining({ customer_links: 1 }),
            }),
          }),
        ])

        const again = await expectHttpError(
          api.post(
            `/admin/mall/crm/contacts/${survivor.id}/merge`,
            { contact_id: merged.id, reason: "again" },
            admin
          )
        )
        expect(again.status).toEqual(400)
        expect(again.data.message).toContain("already merged")
      })

      it("keeps a decided candidate's contact once merged or deleted, and points at the survivor", async () => {
        const { zhang, state } = await relativeOfZhangWei(
          "zhangli@example.com",
          "丽"
        )
        const [decided] = state.pending_candidates
        await joinSalesOps()
        await api.post(
          `/admin/mall/crm/matches/${decided.id}/reject`,
          { reason: "His cousin: shares the shop's phone" },
          admin
        )
        const { state: other } = await relativeOfZhangWei(
          "zhangjun@example.com",
          "军"
        )
        // The first relative's own contact shares the phone too: take 张伟's.
        const pending = other.pending_candidates.find(
          (c) => c.contact_id === zhang.id
        )!
        expect(pending).toBeDefined()

        // The Beijing branch's record of the same man.
        await importContacts([
          {
            external_id: "HX-C-0202",
            name: "Zhang Wei",
            emails: "zhang.wei@huaxia-trade.example.com",
            city: "Beijing",
            postal_code: "100010",
            country_code: "cn",
          },
        ])
        const survivor = await contactByExternalId("HX-C-0202")
        await api.post(
          `/admin/mall/crm/contacts/${survivor.id}/merge`,
          { contact_id: zhang.id, reason: "Same man, two branch records" },
          admin
        )

        const candidate = async (id: string) =>
          (await api.get(`/admin/mall/crm/matches/${id}`, admin)).data
            .match_candidate as Candidate
        // Decided about 张伟's record as it was: it still names it.
        expect(await candidate(decided.id)).toMatchObject({
          status: "rejected",
          contact_id: zhang.id,
          contact_merged_into_id: survivor.id,
          contact: { id: zhang.id, merged_into_id: survivor.id },
        })
        // Still open: the question moved to the survivor with the merge.
        expect(await candidate(pending.id)).toMatchObject({
          status: "pending",
          contact_id: survivor.id,
          contact_merged_into_id: null,
          contact: { id: survivor.id, merged_into_id: null },
        })
        const { data: rejected } = await api.get(
          "/admin/mall/crm/matches?status=rejected",
          admin
        )
        expect(rejected.match_candidates).toEqual([
          expect.objectContaining({
            id: decided.id,
            contact_id: zhang.id,
            contact_merged_into_id: survivor.id,
          }),
        ])

        // Deleted by a developer since: the ids remain.
        await getContainer()
          .resolve<MallCrmModuleService>(MALL_CRM_MODULE)
          .softDeleteCrmContacts([zhang.id])
        expect(await candidate(decided.id)).toMatchObject({
          contact: null,
          contact_id: zhang.id,
          contact_merged_into_id: survivor.id,
        })
      })
    })

    describe("bad input", () => {
      it("answers 400, 403 and 404 with clear messages", async () => {
        const { zhang, state } = await relativeOfZhangWei(
          "zhanglei@example.com",
          "磊"
        )
        const [candidate] = state.pending_candidates

        // Not in sales ops: refused, nothing decided.
        const outsider = await createAdminUser(api, getContainer(), {
          email: "clerk@huaxia.example.com",
        })
        // One at a time: a rejected request nobody awaits yet fails the test.
        for (const request of [
          () =>
            api.post(
              `/admin/mall/crm/matches/${candidate.id}/accept`,
              {},
              outsider.headers
            ),
          () =>
            api.post(
              `/admin/mall/crm/matches/${candidate.id}/reject`,
              { reason: "no" },
              outsider.headers
            ),
          () =>
            api.post(
              `/admin/mall/crm/contacts/${zhang.id}/merge`,
              { contact_id: state.contact!.id, reason: "no" },
              outsider.headers
            ),
        ]) {
          const refused = await expectHttpError(request())
          expect(refused.status).toEqual(403)
          expect(refused.data.message).toContain("sales_ops department")
        }
        expect(
          (await crmCustomer(state.customer.id)).pending_candidates
        ).toHaveLength(1)

        await joinSalesOps()
        const unknown = await expectHttpError(
          api.post("/admin/mall/crm/matches/crmmc_nope/accept", {}, admin)
        )
        expect(unknown.status).toEqual(404)
        expect(unknown.data.message).toContain("crmmc_nope")
        const unknownReject = await expectHttpError(
          api.post(
            "/admin/mall/crm/matches/crmmc_nope/reject",
            { reason: "x" },
            admin
          )
        )
        expect(unknownReject.status).toEqual(404)
        expect(
          (
            await expectHttpError(
              api.get("/admin/mall/crm/matches/crmmc_nope", admin)
            )
          ).status
        ).toEqual(404)
        expect(
          (
            await expectHttpError(
              api.get("/admin/mall/crm/customers/cus_nope", admin)
            )
          ).status
        ).toEqual(404)

        const badStatus = await expectHttpError(
          api.get("/admin/mall/crm/matches?status=maybe", admin)
        )
        expect(badStatus.status).toEqual(400)
        expect(badStatus.data.message).toContain(
          'status must be one of pending, accepted, rejected, not "maybe"'
        )
        const blankReason = await expectHttpError(
          api.post(
            `/admin/mall/crm/matches/${candidate.id}/reject`,
            { reason: "   " },
            admin
          )
        )
        expect(blankReason.status).toEqual(400)
        expect(blankReason.data.message).toContain("reason is required")
        const extra = await expectHttpError(
          api.post(
            `/admin/mall/crm/matches/${candidate.id}/accept`,
            { score: 1 },
            admin
          )
        )
        expect(extra.status).toEqual(400)

        const self = await expectHttpError(
          api.post(
            `/admin/mall/crm/contacts/${zhang.id}/merge`,
            { contact_id: zhang.id, reason: "same" },
            admin
          )
        )
        expect(self.status).toEqual(400)
        expect(self.data.message).toContain("cannot be merged into itself")
        const noReason = await expectHttpError(
          api.post(
            `/admin/mall/crm/contacts/${zhang.id}/merge`,
            { contact_id: state.contact!.id },
            admin
          )
        )
        expect(noReason.status).toEqual(400)
        expect(noReason.data.message).toContain("reason is required")
        const noContact = await expectHttpError(
          api.post(
            `/admin/mall/crm/contacts/${zhang.id}/merge`,
            { reason: "x" },
            admin
          )
        )
        expect(noContact.status).toEqual(400)
        const unknownContact = await expectHttpError(
          api.post(
            `/admin/mall/crm/contacts/${zhang.id}/merge`,
            { contact_id: "crmct_nope", reason: "x" },
            admin
          )
        )
        expect(unknownContact.status).toEqual(404)
        expect(unknownContact.data.message).toContain("crmct_nope")
        const unknownSurvivor = await expectHttpError(
          api.post(
            "/admin/mall/crm/contacts/crmct_nope/merge",
            { contact_id: zhang.id, reason: "x" },
            admin
          )
        )
        expect(unknownSurvivor.status).toEqual(404)

        // Still pending after all of that: a bad request writes nothing.
        const { data } = await api.get(
          `/admin/mall/crm/matches/${candidate.id}`,
          admin
        )
        expect(data.match_candidate.status).toEqual("pending")
      })
    })
  },
})
