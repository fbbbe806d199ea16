import http from "node:http"
import type { AddressInfo } from "node:net"
import {
  medusaIntegrationTestRunner,
  TestEventUtils,
} from "@medusajs/test-utils"
import { Modules } from "@medusajs/framework/utils"
import type MallCrmModuleService from "../../../src/modules/crm/service"
import { verifyCrmSignature } from "../../../src/strategies/crm-connector"
import { MALL_CRM_MODULE } from "../../../src/types/modules"
import {
  deliverCrmSyncJobsWorkflow,
  openOrderReviewWorkflow,
  rejectOrderReviewWorkflow,
} from "../../../src/workflows/crm"
import {
  createAdminUser,
  loginAdmin,
  type CreatedAdmin,
} from "../../helpers/auth"
import { completeCart, prepareCart } from "../../helpers/checkout"
import { expectHttpError, type RequestConfig } from "../../helpers/http"
import {
  seedMall,
  storeHeaders,
  type SeededEnterprise,
} from "../../helpers/seeders"

jest.setTimeout(240_000)

const COD = "pp_cod_cod"
const PREPAID = "pp_system_default"
const KETTLE = "HX-KT17-WHT"
const FRIDGE = "HX-BCD520-SLV"
const SECRET = "crm-test-secret-7f3a9c1e5b2d8f40"

type Received = {
  headers: http.IncomingHttpHeaders
  body: string
  /** What the test CRM answered. */
  status: number
}

/**
 * The enterprise CRM, played by a real HTTP server on this machine. It
 * answers the statuses in `script` in turn, then 200 with its own order id.
 */
const crm = {
  server: null as http.Server | null,
  received: [] as Received[],
  script: [] as number[],
}

// Before the runner boots the app: medusa-config.ts reads these to give the
// CRM module a webhook connector pointing here, retrying after ~200 ms.
beforeAll(async () => {
  crm.server = http.createServer((req, res) => {
    let body = ""
    req.setEncoding("utf8")
    req.on("data", (chunk: string) => (body += chunk))
    req.on("end", () => {
      const status = crm.script.length ? crm.script.shift()! : 200
      crm.received.push({ headers: req.headers, body, status })
      res.writeHead(status, { "content-type": "application/json" })
      res.end(
        JSON.stringify(
          status < 300
            ? { id: `SO-${1000 + crm.received.length}` }
            : {
                error:
                  status >= 500
                    ? "CRM down for maintenance"
                    : "Unknown product line",
              }
        )
      )
    })
  })
  await new Promise<void>((resolve) =>
    crm.server!.listen(0, "127.0.0.1", resolve)
  )
  const { port } = crm.server.address() as AddressInfo
  process.env.MALL_CRM_WEBHOOK_URL = `http://127.0.0.1:${port}/mall-orders`
  process.env.MALL_CRM_WEBHOOK_SECRET = SECRET
  process.env.MALL_CRM_RETRY_MS = "200"
})

// Other spec files in the same process must not get a connector.
afterAll(async () => {
  delete process.env.MALL_CRM_WEBHOOK_URL
  delete process.env.MALL_CRM_WEBHOOK_SECRET
  delete process.env.MALL_CRM_RETRY_MS
  await new Promise((resolve) => crm.server?.close(resolve))
})

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms))

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
      crm.received = []
      crm.script = []
      admin = await loginAdmin(api, seed.admin!)
      store = storeHeaders(seed)
      const {
        data: { user },
      } = await api.get("/admin/users/me", admin)
      adminId = user.id
      // Sales ops decides reviews; the seeded admin works there.
      await api.post(
        "/admin/mall/departments/sales_ops/members",
        { user_id: adminId },
        admin
      )
    })

    const eventBus = () => getContainer().resolve(Modules.EVENT_BUS)
    const crmService = () =>
      getContainer().resolve<MallCrmModuleService>(MALL_CRM_MODULE)

    const variantId = (sku: string) => {
      for (const p of seed.products) {
        const v = p.variants.find((x) => x.sku === sku)
        if (v) {
          return v.id
        }
      }
      throw new Error(`No seeded variant ${sku}`)
    }

    /** A storefront checkout; resolves once the order.placed subscriber ran. */
    const placeOrder = async (
      provider_id: string,
      sku = KETTLE,
      email = "li.na@example.com"
    ) => {
      const cart = await prepareCart(api, {
        headers: store,
        region_id: seed.regions.china.id,
        email,
        items: [{ variant_id: variantId(sku), quantity: 1 }],
        provider_id,
      })
      const placed = TestEventUtils.waitSubscribersExecution(
        "order.placed",
        eventBus()
      )
      const order = await completeCart(api, cart.id, store)
      await placed
      return order as { id: string; display_id: number; total: number }
    }

    const crmReviewOf = async (orderId: string) =>
      (await api.get(`/admin/mall/orders/${orderId}/crm-review`, admin)).data

    const pipelineOf = async (orderId: string) =>
      (await api.get(`/admin/mall/orders/${orderId}/pipeline`, admin)).data
        .pipeline

    const gateOf = async (orderId: string) =>
      (await pipelineOf(orderId)).gates.find(
        (g: { kind: string }) => g.kind === "customer_review"
      )

    const syncJobOf = async (orderId: string) => {
      const { data } = await api.get(
        `/admin/mall/crm/sync-jobs?order_id=${orderId}`,
        admin
      )
      expect(data.count).toBeLessThanOrEqual(1)
      return data.sync_jobs[0]
    }

    /** Fulfils the order's goods where they are reserved. */
    const fulfil = async (orderId: string) => {
      const {
        data: { order },
      } = await api.get(`/admin/orders/${orderId}?fields=id,*items`, admin)
      const items = order.items.filter(
        (i: { variant_id: string | null }) => i.variant_id
      )
      const {
        data: { reservations },
      } = await api.get(
        `/admin/reservations?${items
          .map((i: { id: string }) => `line_item_id[]=${i.id}`)
          .join("&")}`,
        admin
      )
      return await api.post(
        `/admin/orders/${orderId}/fulfillments`,
        {
          location_id: reservations[0].location_id,
          items: items.map((i: { id: string; quantity: number }) => ({
            id: i.id,
            quantity: i.quantity,
          })),
        },
        admin
      )
    }

    const deliverNow = async () =>
      (
        await deliverCrmSyncJobsWorkflow(getContainer()).run({
          input: { limit: 50 },
        })
      ).result

    /**
     * Runs the delivery (as the scheduled job does) until the order's job
     * matches, waiting out its backoff; the every-minute job may also take
     * a turn, which changes nothing the test checks.
     */
    const deliverUntil = async (
      orderId: string,
      done: (job: Record<string, unknown>) => boolean
    ) => {
      const until = Date.now() + 20_000
      for (;;) {
        const job = await syncJobOf(orderId)
        if (done(job)) {
          return job
        }
        if (Date.now() > until) {
          throw new Error(`Sync job never matched: ${JSON.stringify(job)}`)
        }
        await sleep(100)
        await deliverNow()
      }
    }

    const payloadOf = (r: Received) => JSON.parse(r.body)

    describe("automatic approval", () => {
      it("approves a small prepaid order, passes its gate and sends it to the CRM once, signed", async () => {
        const order = await placeOrder(PREPAID)

        const { review, sync_jobs } = await crmReviewOf(order.id)
        expect(review).toEqual({
          id: expect.stringMatching(/^crmrev_/),
          order_id: order.id,
          display_id: order.display_id,
          total: order.total,
          currency_code: "cny",
          customer_id: expect.stringMatching(/^cus_/),
          customer_email: "li.na@example.com",
          contact_id: review.contact_id,
          contact_display_name: review.contact_display_name,
          status: "approved",
          automatic: true,
          reasons: [
            expect.objectContaining({ code: "total_within_limit" }),
            expect.objectContaining({ code: "prepaid" }),
            expect.objectContaining({
              code: "pending_candidates_within_limit",
            }),
          ],
          decided_by: null,
          decided_at: expect.any(String),
          reason: null,
          due_at: expect.any(String),
          overdue: false,
          on_reject: "hold",
          created_at: expect.any(String),
        })
        expect(sync_jobs).toEqual([
          expect.objectContaining({
            order_id: order.id,
            display_id: order.display_id,
            connector: "webhook",
            idempotency_key: `order:${order.id}`,
            status: "succeeded",
            attempts: 1,
            last_error: null,
            external_id: "SO-1001",
            result_detail: "HTTP 200, CRM id SO-1001",
            succeeded_at: expect.any(String),
          }),
        ])

        const gate = await gateOf(order.id)
        expect(gate).toEqual(
          expect.objectContaining({
            department: "sales_ops",
            status: "passed",
            required: true,
            decided_by: null,
          })
        )
        expect(gate.reason).toMatch(
          /^Approved automatically by the review rules: The order total .+ CNY is within the automatic approval limit of 5000 CNY\./
        )
        const { timeline } = await pipelineOf(order.id)
        const actions = timeline.map(
          (e: { action: string; data: { kind?: string } | null }) =>
            e.action === "gate.passed"
              ? `gate.passed (${e.data?.kind})`
              : e.action
        )
        expect(actions).toEqual(
          expect.arrayContaining([
            "order_review.approved",
            "gate.passed (customer_review)",
          ])
        )

        // The CRM got it once, signed with the shared secret, keyed by order.
        expect(crm.received).toHaveLength(1)
        const [delivery] = crm.received
        expect(delivery.headers["idempotency-key"]).toEqual(`order:${order.id}`)
        expect(
          verifyCrmSignature(
            delivery.body,
            String(delivery.headers["x-mall-signature"]),
            SECRET
          )
        ).toBe(true)
        expect(
          verifyCrmSignature(
            delivery.body,
            String(delivery.headers["x-mall-signature"]),
            "another-secret-0123456789"
          )
        ).toBe(false)
        const payload = payloadOf(delivery)
        expect(payload).toEqual({
          idempotency_key: `order:${order.id}`,
          event: "order.approved",
          order: expect.objectContaining({
            id: order.id,
            display_id: order.display_id,
            email: "li.na@example.com",
            currency_code: "cny",
            total: order.total,
            items: [
              {
                sku: KETTLE,
                title: expect.stringContaining("Electric Kettle"),
                quantity: 1,
                unit_price: 199,
              },
            ],
            shipping_address: expect.objectContaining({
              city: "Guangzhou",
              country_code: "cn",
            }),
          }),
          contact: review.contact_id
            ? expect.objectContaining({ id: review.contact_id })
            : null,
          review: expect.objectContaining({
            id: review.id,
            status: "approved",
            automatic: true,
            decided_by: null,
            reasons: [
              "total_within_limit",
              "prepaid",
              "pending_candidates_within_limit",
            ],
          }),
          sent_at: expect.any(String),
        })

        // A redelivered order.placed and later deliveries send nothing more.
        const { result: again } = await openOrderReviewWorkflow(
          getContainer()
        ).run({ input: { order_id: order.id } })
        expect(again.created).toBe(false)
        expect(again.order_review.id).toEqual(review.id)
        expect((await deliverNow()).claimed).toEqual(0)
        expect(crm.received).toHaveLength(1)
        const { data: audit } = await api.get(
          `/admin/mall/audit?order_id=${order.id}&entity_type=crm_order_review`,
          admin
        )
        expect(audit.count).toEqual(1)

        // Fulfilment waits only for finance now.
        const blocked = await expectHttpError(fulfil(order.id))
        expect(blocked.data.message).toEqual(
          `Order #${order.display_id} cannot be fulfilled yet: the payment gate (finance) is pending.`
        )
      })

      it("keeps a large prepaid order for review, naming the limit it is over", async () => {
        const order = await placeOrder(PREPAID, FRIDGE)
        const { review, sync_jobs } = await crmReviewOf(order.id)
        expect(review.status).toEqual("pending")
        expect(review.reasons).toEqual([
          {
            code: "total_above_limit",
            detail: expect.stringMatching(
              /^The order total .+ CNY is above the automatic approval limit of 5000 CNY\.$/
            ),
          },
        ])
        expect(sync_jobs).toEqual([])
        expect(crm.received).toHaveLength(0)
      })
    })

    describe("the review queue", () => {
      it("holds a COD order for sales ops, blocks its fulfilment, and sends it once approved", async () => {
        const before = Date.now()
        const order = await placeOrder(COD)

        const { data: queue } = await api.get(
          "/admin/mall/crm/order-reviews?status=pending",
          admin
        )
        expect(queue.count).toEqual(1)
        const [pending] = queue.order_reviews
        expect(pending).toEqual(
          expect.objectContaining({
            order_id: order.id,
            display_id: order.display_id,
            total: order.total,
            currency_code: "cny",
            customer_email: "li.na@example.com",
            status: "pending",
            automatic: false,
            reasons: [
              {
                code: "cod",
                detail:
                  "The order is paid cash on delivery, and COD orders are always reviewed.",
              },
            ],
            decided_by: null,
            overdue: false,
            // What the reject drawer warns about: the default policy.
            on_reject: "hold",
          })
        )
        // Due after the customer_review SLA of 24 hours.
        const due = new Date(pending.due_at).getTime()
        expect(due - before).toBeGreaterThanOrEqual(24 * 3600_000 - 1000)
        expect(due - Date.now()).toBeLessThanOrEqual(24 * 3600_000)
        const { data: approvedList } = await api.get(
          "/admin/mall/crm/order-reviews?status=approved",
          admin
        )
        expect(approvedList.count).toEqual(0)

        // Fulfilment is blocked by the review gate; nothing went to the CRM.
        const blocked = await expectHttpError(fulfil(order.id))
        expect(blocked.status).toEqual(400)
        expect(blocked.data.code).toEqual("gates_pending")
        expect(blocked.data.message).toEqual(
          `Order #${order.display_id} cannot be fulfilled yet: the customer_review gate (sales_ops) is pending.`
        )
        expect((await crmReviewOf(order.id)).sync_jobs).toEqual([])
        expect(crm.received).toHaveLength(0)

        // Past its due time it is overdue.
        await crmService().updateCrmOrderReviews({
          id: pending.id,
          due_at: new Date(Date.now() - 60_000),
        })
        const { data: overdue } = await api.get(
          "/admin/mall/crm/order-reviews?overdue=true",
          admin
        )
        expect(overdue.order_reviews).toEqual([
          expect.objectContaining({ id: pending.id, overdue: true }),
        ])
        const { data: onTime } = await api.get(
          "/admin/mall/crm/order-reviews?overdue=false",
          admin
        )
        expect(
          onTime.order_reviews.map((r: { id: string }) => r.id)
        ).not.toContain(pending.id)

        const { data } = await api.post(
          `/admin/mall/crm/order-reviews/${pending.id}/approve`,
          { reason: "Called the buyer: address and order confirmed" },
          admin
        )
        expect(data.order_review).toEqual(
          expect.objectContaining({
            id: pending.id,
            status: "approved",
            automatic: false,
            decided_by: adminId,
            decided_at: expect.any(String),
            reason: "Called the buyer: address and order confirmed",
            overdue: false,
            on_reject: "hold",
          })
        )
        expect(await gateOf(order.id)).toEqual(
          expect.objectContaining({
            status: "passed",
            decided_by: adminId,
            reason: "Called the buyer: address and order confirmed",
          })
        )
        const { data: audit } = await api.get(
          `/admin/mall/audit?order_id=${order.id}`,
          admin
        )
        expect(
          audit.audit_entries
            .filter((e: { actor_id: string | null }) => e.actor_id === adminId)
            .map((e: { action: string }) => e.action)
            .sort()
        ).toEqual(["gate.passed", "order_review.approved"])

        // Sent to the CRM right away, once.
        expect(crm.received).toHaveLength(1)
        expect(payloadOf(crm.received[0]).review).toEqual(
          expect.objectContaining({
            status: "approved",
            automatic: false,
            decided_by: adminId,
            reason: "Called the buyer: address and order confirmed",
            reasons: ["cod"],
          })
        )
        expect(await syncJobOf(order.id)).toEqual(
          expect.objectContaining({ status: "succeeded", attempts: 1 })
        )

        const response = await fulfil(order.id)
        expect(response.status).toEqual(200)
      })

      it("holds a rejected order: its gate fails and fulfilment stays blocked", async () => {
        const order = await placeOrder(COD)
        const { review } = await crmReviewOf(order.id)
        const { data: before } = await api.get(
          `/admin/mall/crm/order-reviews/${review.id}`,
          admin
        )
        expect(before.order_review).toEqual(
          expect.objectContaining({
            id: review.id,
            status: "pending",
            on_reject: "hold",
          })
        )

        const { data } = await api.post(
          `/admin/mall/crm/order-reviews/${review.id}/reject`,
          { reason: "Nobody at this address knows the buyer" },
          admin
        )
        expect(data.order_review).toEqual(
          expect.objectContaining({
            status: "rejected",
            decided_by: adminId,
            reason: "Nobody at this address knows the buyer",
            on_reject: "hold",
          })
        )
        expect(await gateOf(order.id)).toEqual(
          expect.objectContaining({
            status: "failed",
            decided_by: adminId,
            reason: "Nobody at this address knows the buyer",
          })
        )
        const blocked = await expectHttpError(fulfil(order.id))
        expect(blocked.status).toEqual(400)
        expect(blocked.data.message).toEqual(
          `Order #${order.display_id} cannot be fulfilled yet: the customer_review gate (sales_ops) has failed.`
        )
        // Held, not canceled (crm.order_review.on_reject is "hold" by default).
        const {
          data: { order: held },
        } = await api.get(`/admin/orders/${order.id}?fields=status`, admin)
        expect(held.status).toEqual("pending")
        expect((await crmReviewOf(order.id)).sync_jobs).toEqual([])
        expect(crm.received).toHaveLength(0)

        const { data: rejected } = await api.get(
          "/admin/mall/crm/order-reviews?status=rejected",
          admin
        )
        expect(rejected.order_reviews).toEqual([
          expect.objectContaining({ id: review.id }),
        ])
        const twice = await expectHttpError(
          api.post(
            `/admin/mall/crm/order-reviews/${review.id}/approve`,
            {},
            admin
          )
        )
        expect(twice.status).toEqual(400)
        expect(twice.data.message).toEqual(
          `The customer review of order #${order.display_id} was already rejected; a decision cannot be changed. An owner of the sales_ops department may still waive the order's customer_review gate.`
        )
      })

      it("decides the review when the customer_review gate is decided on the pipeline route", async () => {
        const passed = await placeOrder(COD)
        const failed = await placeOrder(COD)

        const { data: pass } = await api.post(
          `/admin/mall/orders/${passed.id}/gates/customer_review`,
          { status: "passed", reason: "Buyer confirmed on the phone" },
          admin
        )
        expect(pass.release_gate).toEqual(
          expect.objectContaining({ kind: "customer_review", status: "passed" })
        )
        const approved = await crmReviewOf(passed.id)
        expect(approved.review).toEqual(
          expect.objectContaining({
            status: "approved",
            decided_by: adminId,
            reason: "Buyer confirmed on the phone",
          })
        )
        // Approved through the gate, the order still goes to the CRM once.
        expect(crm.received).toHaveLength(1)
        expect(approved.sync_jobs).toEqual([
          expect.objectContaining({ status: "succeeded" }),
        ])

        const { data: fail } = await api.post(
          `/admin/mall/orders/${failed.id}/gates/customer_review`,
          { status: "failed", reason: "Address does not exist" },
          admin
        )
        expect(fail.release_gate).toEqual(
          expect.objectContaining({ kind: "customer_review", status: "failed" })
        )
        expect((await crmReviewOf(failed.id)).review).toEqual(
          expect.objectContaining({
            status: "rejected",
            reason: "Address does not exist",
          })
        )
        const { data: queue } = await api.get(
          "/admin/mall/crm/order-reviews?status=pending",
          admin
        )
        expect(queue.count).toEqual(0)
      })

      it("cancels a rejected order when the policy says so", async () => {
        const order = await placeOrder(COD)
        const { review } = await crmReviewOf(order.id)

        await rejectOrderReviewWorkflow(getContainer()).run({
          input: {
            id: review.id,
            reason: "Known fraudulent buyer",
            actor_id: adminId,
            on_reject: "cancel",
          },
        })
        const {
          data: { order: canceled },
        } = await api.get(`/admin/orders/${order.id}?fields=status`, admin)
        expect(canceled.status).toEqual("canceled")
        expect((await gateOf(order.id)).status).toEqual("failed")
      })

      it("says a rejection cancels the order when the store is set up so, and it does", async () => {
        // As if the plugin option crm.order_review.on_reject were "cancel":
        // this file's app boots with the default.
        const service = crmService()
        const options = service.getOrderReviewOptions()
        const spy = jest
          .spyOn(service, "getOrderReviewOptions")
          .mockReturnValue({ ...options, on_reject: "cancel" })
        try {
          const order = await placeOrder(COD)
          const { review } = await crmReviewOf(order.id)
          expect(review.on_reject).toEqual("cancel")
          const { data: queue } = await api.get(
            "/admin/mall/crm/order-reviews?status=pending",
            admin
          )
          expect(queue.order_reviews).toEqual([
            expect.objectContaining({ id: review.id, on_reject: "cancel" }),
          ])

          const { data } = await api.post(
            `/admin/mall/crm/order-reviews/${review.id}/reject`,
            { reason: "Known fraudulent buyer" },
            admin
          )
          expect(data.order_review).toEqual(
            expect.objectContaining({ status: "rejected", on_reject: "cancel" })
          )
          const {
            data: { order: canceled },
          } = await api.get(`/admin/orders/${order.id}?fields=status`, admin)
          expect(canceled.status).toEqual("canceled")
        } finally {
          spy.mockRestore()
        }
      })
    })

    describe("delivery to the CRM", () => {
      it("retries with backoff while the CRM is down, then sends the order once", async () => {
        crm.script = [503, 503]
        const order = await placeOrder(PREPAID)

        const first = await syncJobOf(order.id)
        expect(first).toEqual(
          expect.objectContaining({
            status: "pending",
            attempts: 1,
            last_error: expect.stringContaining(
              'answered HTTP 503: {"error":"CRM down for maintenance"}'
            ),
            next_attempt_at: expect.any(String),
            succeeded_at: null,
          })
        )
        // The first retry comes after the base delay (200 ms in this file,
        // less up to 10% jitter), counted from when the attempt failed: the
        // failed call's own time (long on a loaded machine) comes on top.
        const wait =
          new Date(first.next_attempt_at).getTime() -
          new Date(first.last_attempt_at).getTime()
        expect(wait).toBeGreaterThan(150)
        expect(wait).toBeLessThan(2_000)

        const second = await deliverUntil(
          order.id,
          (j) => Number(j.attempts) >= 2
        )
        expect(second).toEqual(
          expect.objectContaining({
            status: "pending",
            attempts: 2,
            last_error: expect.stringContaining("HTTP 503"),
          })
        )
        const done = await deliverUntil(
          order.id,
          (j) => j.status === "succeeded"
        )
        expect(done).toEqual(
          expect.objectContaining({
            status: "succeeded",
            attempts: 3,
            last_error: null,
            external_id: "SO-1003",
            next_attempt_at: null,
          })
        )
        expect(crm.received.map((r) => r.status)).toEqual([503, 503, 200])
        expect(
          new Set(crm.received.map((r) => r.headers["idempotency-key"]))
        ).toEqual(new Set([`order:${order.id}`]))

        // Succeeded: never sent again.
        await sleep(300)
        expect((await deliverNow()).claimed).toEqual(0)
        expect(crm.received).toHaveLength(3)
        const { data: succeeded } = await api.get(
          "/admin/mall/crm/sync-jobs?status=succeeded",
          admin
        )
        expect(succeeded.count).toEqual(1)
      })

      it("stops at a refusal, and sends again when an admin retries", async () => {
        crm.script = [400]
        const order = await placeOrder(PREPAID)

        const failed = await syncJobOf(order.id)
        expect(failed).toEqual(
          expect.objectContaining({
            status: "failed",
            attempts: 1,
            last_error: expect.stringContaining(
              'answered HTTP 400: {"error":"Unknown product line"}'
            ),
            next_attempt_at: null,
          })
        )
        // Not retried on its own: the CRM would refuse it again.
        await sleep(300)
        await deliverNow()
        expect(crm.received).toHaveLength(1)
        const { data: failedList } = await api.get(
          "/admin/mall/crm/sync-jobs?status=failed",
          admin
        )
        expect(failedList.sync_jobs).toEqual([
          expect.objectContaining({ id: failed.id }),
        ])

        // The CRM team fixed its side; an admin sends it again.
        const { data } = await api.post(
          `/admin/mall/crm/sync-jobs/${failed.id}/retry`,
          {},
          admin
        )
        expect(data.sync_job).toEqual(
          expect.objectContaining({
            id: failed.id,
            status: "succeeded",
            attempts: 2,
            last_error: null,
            external_id: "SO-1002",
          })
        )
        expect(crm.received.map((r) => r.status)).toEqual([400, 200])
        const { data: audit } = await api.get(
          `/admin/mall/audit?order_id=${order.id}&entity_type=crm_sync_job`,
          admin
        )
        expect(audit.audit_entries).toEqual([
          expect.objectContaining({
            action: "crm_sync_job.retried",
            entity_id: failed.id,
            actor_id: adminId,
          }),
        ])

        const again = await expectHttpError(
          api.post(`/admin/mall/crm/sync-jobs/${failed.id}/retry`, {}, admin)
        )
        expect(again.status).toEqual(400)
        expect(again.data.message).toEqual(
          `CRM sync job ${failed.id} is succeeded; only a failed job can be sent again`
        )
        expect(crm.received).toHaveLength(2)
      })
    })

    describe("permissions and bad input", () => {
      let outsider: CreatedAdmin

      beforeEach(async () => {
        outsider = await createAdminUser(api, getContainer(), {
          email: "zhao.lei@huaxia-mall.test",
          first_name: "Lei",
          last_name: "Zhao",
        })
      })

      it("lets only sales ops decide, once; answers 404 for an unknown review", async () => {
        const order = await placeOrder(COD)
        const { review } = await crmReviewOf(order.id)
        await api.post(
          "/admin/mall/departments/warehouse/members",
          { user_id: outsider.user.id, role: "owner" },
          admin
        )

        const approve = await expectHttpError(
          api.post(
            `/admin/mall/crm/order-reviews/${review.id}/approve`,
            {},
            outsider.headers
          )
        )
        expect(approve.status).toEqual(403)
        expect(approve.data.message).toEqual(
          "Only members of the sales_ops department may approve order reviews. An admin can add you under Settings → Departments."
        )
        const reject = await expectHttpError(
          api.post(
            `/admin/mall/crm/order-reviews/${review.id}/reject`,
            { reason: "Suspicious" },
            outsider.headers
          )
        )
        expect(reject.status).toEqual(403)
        // The outsider may still read the queue; nothing changed.
        const { data: queue } = await api.get(
          "/admin/mall/crm/order-reviews?status=pending",
          outsider.headers
        )
        expect(queue.order_reviews).toEqual([
          expect.objectContaining({ id: review.id, status: "pending" }),
        ])

        await api.post(
          `/admin/mall/crm/order-reviews/${review.id}/approve`,
          {},
          admin
        )
        const twice = await expectHttpError(
          api.post(
            `/admin/mall/crm/order-reviews/${review.id}/approve`,
            {},
            admin
          )
        )
        expect(twice.status).toEqual(400)
        expect(twice.data.type).toEqual("not_allowed")
        expect(twice.data.message).toEqual(
          `The customer review of order #${order.display_id} was already approved; a decision cannot be changed.`
        )
        const rejectApproved = await expectHttpError(
          api.post(
            `/admin/mall/crm/order-reviews/${review.id}/reject`,
            { reason: "Too late" },
            admin
          )
        )
        expect(rejectApproved.status).toEqual(400)

        const auto = await placeOrder(PREPAID)
        const { review: autoReview } = await crmReviewOf(auto.id)
        const decideAuto = await expectHttpError(
          api.post(
            `/admin/mall/crm/order-reviews/${autoReview.id}/reject`,
            { reason: "Changed my mind" },
            admin
          )
        )
        expect(decideAuto.status).toEqual(400)
        expect(decideAuto.data.message).toEqual(
          `The customer review of order #${auto.display_id} was already approved automatically by the review rules; a decision cannot be changed.`
        )

        for (const action of ["approve", "reject"]) {
          const unknown = await expectHttpError(
            api.post(
              `/admin/mall/crm/order-reviews/crmrev_nope/${action}`,
              { reason: "x" },
              admin
            )
          )
          expect(unknown.status).toEqual(404)
          expect(unknown.data.message).toEqual(
            "Order review with id: crmrev_nope was not found"
          )
        }
        const unknownJob = await expectHttpError(
          api.post("/admin/mall/crm/sync-jobs/crmsync_nope/retry", {}, admin)
        )
        expect(unknownJob.status).toEqual(404)
        expect(unknownJob.data.message).toEqual(
          "CRM sync job crmsync_nope was not found"
        )

        const { data: none } = await api.get(
          "/admin/mall/orders/order_nope/crm-review",
          admin
        )
        expect(none).toEqual({ review: null, sync_jobs: [] })
      })

      it("lets only sales ops retry a failed delivery", async () => {
        crm.script = [400]
        const order = await placeOrder(PREPAID)
        const failed = await syncJobOf(order.id)
        expect(failed).toEqual(
          expect.objectContaining({ status: "failed", attempts: 1 })
        )

        const refused = await expectHttpError(
          api.post(
            `/admin/mall/crm/sync-jobs/${failed.id}/retry`,
            {},
            outsider.headers
          )
        )
        expect(refused.status).toEqual(403)
        expect(refused.data.message).toEqual(
          "Only members of the sales_ops department may retry CRM sync jobs. An admin can add you under Settings → Departments."
        )
        // Untouched: not sent, not requeued, not audited.
        expect(crm.received).toHaveLength(1)
        expect(await syncJobOf(order.id)).toEqual(
          expect.objectContaining({
            status: "failed",
            attempts: 1,
            max_attempts: failed.max_attempts,
            next_attempt_at: null,
            last_error: failed.last_error,
          })
        )
        const { data: audit } = await api.get(
          `/admin/mall/audit?order_id=${order.id}&entity_type=crm_sync_job`,
          admin
        )
        expect(audit.audit_entries).toEqual([])

        await api.post(
          "/admin/mall/departments/sales_ops/members",
          { user_id: outsider.user.id },
          admin
        )
        const { data } = await api.post(
          `/admin/mall/crm/sync-jobs/${failed.id}/retry`,
          {},
          outsider.headers
        )
        expect(data.sync_job).toEqual(
          expect.objectContaining({
            id: failed.id,
            status: "succeeded",
            attempts: 2,
          })
        )
        expect(crm.received.map((r) => r.status)).toEqual([400, 200])
      })

      type Case = [string, () => Promise<unknown>, RegExp]
      const cases: Case[] = [
        [
          "a rejection without a reason",
          () =>
            api.post(
              "/admin/mall/crm/order-reviews/crmrev_x/reject",
              {},
              admin
            ),
          // Medusa words a missing field itself.
          /Field 'reason' is required/,
        ],
        [
          "a rejection with a blank reason",
          () =>
            api.post(
              "/admin/mall/crm/order-reviews/crmrev_x/reject",
              { reason: "   " },
              admin
            ),
          /reason must not be empty/,
        ],
        [
          "an approval with an unknown field",
          () =>
            api.post(
              "/admin/mall/crm/order-reviews/crmrev_x/approve",
              { status: "approved" },
              admin
            ),
          /Unrecognized fields: 'status'/,
        ],
        [
          "an approval reason that is not text",
          () =>
            api.post(
              "/admin/mall/crm/order-reviews/crmrev_x/approve",
              { reason: 42 },
              admin
            ),
          /reason/,
        ],
        [
          "an unknown review status filter",
          () => api.get("/admin/mall/crm/order-reviews?status=open", admin),
          /status must be one of pending, approved, rejected, not "open"/,
        ],
        [
          "an overdue filter that is not true or false",
          () => api.get("/admin/mall/crm/order-reviews?overdue=yes", admin),
          /overdue must be true or false, not "yes"/,
        ],
        [
          "an unknown review query parameter",
          () => api.get("/admin/mall/crm/order-reviews?customer=x", admin),
          /Unrecognized fields: 'customer'/,
        ],
        [
          "a review limit too large",
          () => api.get("/admin/mall/crm/order-reviews?limit=10000", admin),
          /limit must be between 1 and 500/,
        ],
        [
          "an unknown sync job status filter",
          () => api.get("/admin/mall/crm/sync-jobs?status=sent", admin),
          /status must be one of pending, in_progress, succeeded, failed, not "sent"/,
        ],
        [
          "a negative sync job offset",
          () => api.get("/admin/mall/crm/sync-jobs?offset=-1", admin),
          /offset must be 0 or more/,
        ],
        [
          "a retry with an unknown field",
          () =>
            api.post(
              "/admin/mall/crm/sync-jobs/crmsync_x/retry",
              { force: true },
              admin
            ),
          /Unrecognized fields: 'force'/,
        ],
      ]

      it.each(cases)(
        "rejects %s with a clear 400",
        async (_, request, message) => {
          const error = await expectHttpError(request())
          expect(error.status).toEqual(400)
          expect(["invalid_data", "not_allowed"]).toContain(error.data.type)
          expect(error.data.message).toMatch(message)
        }
      )

      it("keeps every route for admins only", async () => {
        const routes = [
          "/admin/mall/crm/order-reviews",
          "/admin/mall/crm/sync-jobs",
          "/admin/mall/orders/order_x/crm-review",
        ]
        for (const route of routes) {
          expect((await expectHttpError(api.get(route))).status).toEqual(401)
        }
      })
    })
  },
})
