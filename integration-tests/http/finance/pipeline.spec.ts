import {
  medusaIntegrationTestRunner,
  TestEventUtils,
} from "@medusajs/test-utils"
import { Modules } from "@medusajs/framework/utils"
import type MallFinanceModuleService from "../../../src/modules/finance/service"
import { MALL_FINANCE_MODULE } from "../../../src/types/modules"
import { openOrderPipelineWorkflow } from "../../../src/workflows/pipeline"
import {
  createAdminUser,
  loginAdmin,
  type CreatedAdmin,
} from "../../helpers/auth"
import { completeCart, prepareCart } from "../../helpers/checkout"
import { approveOrderReview } from "../../helpers/crm"
import { expectHttpError, type RequestConfig } from "../../helpers/http"
import {
  codProduct,
  seedMall,
  storeHeaders,
  type SeededEnterprise,
} from "../../helpers/seeders"

jest.setTimeout(180_000)

const COD = "pp_cod_cod"
const PREPAID = "pp_system_default"
/** The routing summary for the seeded order: one line, stocked in Guangzhou. */
const ROUTED = "Ships from Guangzhou Branch."

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
      admin = await loginAdmin(api, seed.admin!)
      store = storeHeaders(seed)
      const {
        data: { user },
      } = await api.get("/admin/users/me", admin)
      adminId = user.id
    })

    const finance = () =>
      getContainer().resolve<MallFinanceModuleService>(MALL_FINANCE_MODULE)
    const eventBus = () => getContainer().resolve(Modules.EVENT_BUS)

    /** A storefront checkout; resolves once the order.placed subscribers ran. */
    const placeOrder = async (provider_id: string, quantity = 1) => {
      const cart = await prepareCart(api, {
        headers: store,
        region_id: seed.regions.china.id,
        email: "li.na@example.com",
        items: [{ variant_id: codProduct(seed).variant.id, quantity }],
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

    const pipelineOf = async (orderId: string, headers = admin) =>
      (await api.get(`/admin/mall/orders/${orderId}/pipeline`, headers)).data
        .pipeline

    type Entry = {
      action: string
      entity_type: string
      data: Record<string, unknown> | null
    }
    /** An audit action, with the gate's kind for a gate decision. */
    const label = (e: Entry) =>
      e.entity_type === "release_gate"
        ? `${e.action} (${e.data?.kind})`
        : e.action
    /** Labels of entries written in one transaction: same time, any order. */
    const together = (entries: Entry[]) => entries.map(label).sort()
    /**
     * The entries of the pipeline's own story. Matching the buyer to a CRM
     * contact may add a link entry, depending on whether the customer was
     * matched at sign-up or only now; these tests are not about it.
     */
    const withoutLinks = <T extends Entry>(entries: T[]) =>
      entries.filter((e) => e.entity_type !== "crm_customer_link")

    const confirmationOf = async (orderId: string) => {
      const {
        data: { payment_confirmations },
      } = await api.get(
        `/admin/mall/finance/confirmations?order_id=${orderId}`,
        admin
      )
      return payment_confirmations[0]
    }

    const join = (
      department: string,
      user_id: string,
      role?: "member" | "owner"
    ) =>
      api.post(
        `/admin/mall/departments/${department}/members`,
        role ? { user_id, role } : { user_id },
        admin
      )

    /** Fulfils the order's shippable items at the location of their reservation. */
    const fulfil = async (orderId: string, headers = admin) => {
      const {
        data: { order },
      } = await api.get(`/admin/orders/${orderId}?fields=id,*items`, headers)
      const items = order.items.filter(
        (i: { variant_id: string | null }) => i.variant_id
      )
      const {
        data: { reservations },
      } = await api.get(
        `/admin/reservations?${items
          .map((i: { id: string }) => `line_item_id[]=${i.id}`)
          .join("&")}`,
        headers
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
        headers
      )
    }

    describe("opening the pipeline", () => {
      it("gives a prepaid order a pending, required payment gate and a pending confirmation", async () => {
        const before = Date.now()
        const order = await placeOrder(PREPAID)

        const pipeline = await pipelineOf(order.id)
        expect(pipeline).toEqual({
          order_id: order.id,
          display_id: order.display_id,
          payment_method: "prepaid",
          releasable: false,
          gates: [
            {
              id: expect.stringMatching(/^gate_/),
              kind: "payment",
              department: "finance",
              status: "pending",
              required: true,
              decided_by: null,
              decided_at: null,
              reason: null,
              due_at: expect.any(String),
              overdue: false,
            },
            // A small prepaid order passes the CRM's review rules at once.
            {
              id: expect.stringMatching(/^gate_/),
              kind: "customer_review",
              department: "sales_ops",
              status: "passed",
              required: true,
              decided_by: null,
              decided_at: expect.any(String),
              reason: expect.stringMatching(
                /^Approved automatically by the review rules: /
              ),
              due_at: expect.any(String),
              overdue: false,
            },
            // Routed right after placement, by the routing subscriber.
            {
              id: expect.stringMatching(/^gate_/),
              kind: "routing",
              department: "warehouse",
              status: "passed",
              required: true,
              decided_by: null,
              decided_at: expect.any(String),
              reason: ROUTED,
              due_at: expect.any(String),
              overdue: false,
            },
          ],
          timeline: expect.any(Array),
        })
        const [payment, review, routing] = pipeline.gates
        const timeline = withoutLinks(pipeline.timeline as Entry[])
        expect(timeline.slice(0, 2)).toEqual([
          expect.objectContaining({
            action: "order.placed",
            entity_id: order.id,
          }),
          expect.objectContaining({
            action: "pipeline.opened",
            entity_type: "order",
            entity_id: order.id,
            data: expect.objectContaining({ payment_method: "prepaid" }),
          }),
        ])
        // The routing decision and its gate are written in one transaction.
        const routed = timeline.slice(2, 4)
        expect(together(routed)).toEqual([
          "gate.passed (routing)",
          "routing.decided",
        ])
        // Then the customer review, approved by the rules, and its gate.
        expect(together(timeline.slice(4))).toEqual([
          "gate.passed (customer_review)",
          "order_review.approved",
        ])
        expect(
          timeline.find(
            (e: Entry) => label(e) === "gate.passed (customer_review)"
          )
        ).toEqual(
          expect.objectContaining({
            entity_type: "release_gate",
            entity_id: review.id,
            actor_id: null,
            department: "sales_ops",
            data: { kind: "customer_review", from: "pending", to: "passed" },
          })
        )
        expect(
          routed.find((e: Entry) => e.action === "routing.decided")
        ).toEqual(
          expect.objectContaining({
            entity_type: "routing_decision",
            entity_id: expect.stringMatching(/^rdec_/),
            actor_id: null,
            department: "warehouse",
            data: expect.objectContaining({
              status: "allocated",
              summary: ROUTED,
              unallocated: [],
            }),
          })
        )
        expect(routed.find((e: Entry) => e.action === "gate.passed")).toEqual(
          expect.objectContaining({
            entity_type: "release_gate",
            entity_id: routing.id,
            actor_id: null,
            department: "warehouse",
            reason: ROUTED,
            data: { kind: "routing", from: "pending", to: "passed" },
          })
        )
        // Due after the default SLAs of 24 hours (payment, customer review), 4
        // hours (routing).
        expect(review.due_at).toEqual(payment.due_at)
        const due = new Date(payment.due_at).getTime()
        expect(due - before).toBeGreaterThanOrEqual(24 * 3600_000 - 1000)
        expect(due - Date.now()).toBeLessThanOrEqual(24 * 3600_000)
        const routingDue = new Date(routing.due_at).getTime()
        expect(routingDue - before).toBeGreaterThanOrEqual(4 * 3600_000 - 1000)
        expect(routingDue - Date.now()).toBeLessThanOrEqual(4 * 3600_000)

        const {
          data: { payment_confirmations, count },
        } = await api.get(
          "/admin/mall/finance/confirmations?status=pending&method=pp_system_default",
          admin
        )
        expect(count).toEqual(1)
        expect(payment_confirmations).toEqual([
          expect.objectContaining({
            id: expect.stringMatching(/^paycf_/),
            order_id: order.id,
            display_id: order.display_id,
            customer_email: "li.na@example.com",
            provider_id: PREPAID,
            payment_id: expect.stringMatching(/^pay_/),
            currency_code: "cny",
            expected_amount: order.total,
            received_amount: null,
            status: "pending",
            mismatch_accepted: false,
          }),
        ])

        const { data: cod } = await api.get(
          "/admin/mall/finance/confirmations?method=pp_cod_cod",
          admin
        )
        expect(cod).toEqual({
          payment_confirmations: [],
          count: 0,
          offset: 0,
          limit: 50,
        })
      })

      it("gives a COD order a payment gate that does not hold it back, and no confirmation", async () => {
        const order = await placeOrder(COD)
        const pipeline = await pipelineOf(order.id)
        expect(pipeline).toEqual(
          expect.objectContaining({
            payment_method: "cod",
            // Held by the customer review only: COD orders are reviewed.
            releasable: false,
            gates: [
              expect.objectContaining({
                kind: "payment",
                status: "pending",
                required: false,
                overdue: false,
              }),
              expect.objectContaining({
                kind: "customer_review",
                department: "sales_ops",
                status: "pending",
                required: true,
              }),
              expect.objectContaining({
                kind: "routing",
                department: "warehouse",
                status: "passed",
                required: true,
                reason: ROUTED,
              }),
            ],
          })
        )
        expect(await confirmationOf(order.id)).toBeUndefined()
        const blocked = await expectHttpError(fulfil(order.id))
        expect(blocked.data.message).toEqual(
          `Order #${order.display_id} cannot be fulfilled yet: the customer_review gate (sales_ops) is pending.`
        )

        // Once sales ops approves the buyer, the pending payment gate does
        // not hold the order back.
        await approveOrderReview(api, order.id, admin)
        expect((await pipelineOf(order.id)).releasable).toBe(true)
        const response = await fulfil(order.id)
        expect(response.status).toEqual(200)
      })

      it("creates nothing when run again, even by two instances at once", async () => {
        const order = await placeOrder(PREPAID)
        const workflow = () =>
          openOrderPipelineWorkflow(getContainer()).run({
            input: { order_id: order.id },
          })

        const { result: again } = await workflow()
        expect(again).toEqual({
          order_id: order.id,
          payment_method: "prepaid",
          release_gates: [],
          payment_confirmation: null,
        })

        // Forget the pipeline, then open it from two runs racing each other.
        const service = finance()
        const gates = await service.listReleaseGates({ order_id: order.id })
        const confirmations = await service.listPaymentConfirmations({
          order_id: order.id,
        })
        await service.deleteReleaseGates(gates.map((g) => g.id))
        await service.deletePaymentConfirmations(confirmations.map((c) => c.id))
        const results = await Promise.all([workflow(), workflow()])
        expect(
          results.every(({ errors }) => !errors || errors.length === 0)
        ).toBe(true)

        const reopened = await service.listReleaseGates({ order_id: order.id })
        expect(reopened.map((g) => g.kind).sort()).toEqual([
          "customer_review",
          "payment",
          "routing",
        ])
        expect(
          await service.listPaymentConfirmations({ order_id: order.id })
        ).toHaveLength(1)
      })

      it("answers 404 for the pipeline of an unknown order", async () => {
        const error = await expectHttpError(
          api.get("/admin/mall/orders/order_nope/pipeline", admin)
        )
        expect(error.status).toEqual(404)
        expect(error.data.message).toEqual(
          "Order with id: order_nope was not found"
        )
      })
    })

    describe("prepaid confirmation", () => {
      beforeEach(async () => {
        await join("finance", adminId)
      })

      it("confirms the payment, passes the gate, audits and emits", async () => {
        const order = await placeOrder(PREPAID)
        const confirmation = await confirmationOf(order.id)

        const confirmedEvent = TestEventUtils.waitSubscribersExecution(
          "mall.payment_confirmation.confirmed",
          eventBus()
        )
        const gateEvent = TestEventUtils.waitSubscribersExecution(
          "mall.release_gate.decided",
          eventBus()
        )
        const { data } = await api.post(
          `/admin/mall/finance/confirmations/${confirmation.id}/confirm`,
          { reference: "ICBC-20260301-0042", received_amount: order.total },
          admin
        )
        expect(data.payment_confirmation).toEqual(
          expect.objectContaining({
            id: confirmation.id,
            status: "confirmed",
            reference: "ICBC-20260301-0042",
            received_amount: order.total,
            expected_amount: order.total,
            mismatch_accepted: false,
            decided_by: adminId,
            decided_at: expect.any(String),
          })
        )
        // The wait resolves with one payload per subscriber run.
        const [confirmedPayload] = (await confirmedEvent) as [
          { data: Record<string, unknown> },
        ]
        expect(confirmedPayload.data).toEqual(
          expect.objectContaining({ id: confirmation.id, order_id: order.id })
        )
        const [gatePayload] = (await gateEvent) as [
          { data: Record<string, unknown> },
        ]
        expect(gatePayload.data).toEqual(
          expect.objectContaining({
            order_id: order.id,
            kind: "payment",
            status: "passed",
          })
        )

        const pipeline = await pipelineOf(order.id)
        expect(pipeline.releasable).toBe(true)
        expect(pipeline.gates[0]).toEqual(
          expect.objectContaining({
            status: "passed",
            decided_by: adminId,
            reason: "Payment confirmed under reference ICBC-20260301-0042",
          })
        )
        const timeline = withoutLinks(pipeline.timeline as Entry[])
        expect(timeline.slice(0, 2).map(label)).toEqual([
          "order.placed",
          "pipeline.opened",
        ])
        expect(together(timeline.slice(2, 4))).toEqual([
          "gate.passed (routing)",
          "routing.decided",
        ])
        expect(together(timeline.slice(4, 6))).toEqual([
          "gate.passed (customer_review)",
          "order_review.approved",
        ])
        expect(together(timeline.slice(6))).toEqual([
          "confirmation.confirmed",
          "gate.passed (payment)",
        ])

        const { data: audit } = await api.get(
          `/admin/mall/audit?order_id=${order.id}`,
          admin
        )
        const entries = withoutLinks(audit.audit_entries as Entry[])
        expect(entries).toHaveLength(7)
        // Newest first; entries written in one transaction share a timestamp.
        expect(label(entries[6])).toEqual("pipeline.opened")
        expect(together(entries.slice(4, 6))).toEqual([
          "gate.passed (routing)",
          "routing.decided",
        ])
        expect(together(entries.slice(2, 4))).toEqual([
          "gate.passed (customer_review)",
          "order_review.approved",
        ])
        expect(together(entries.slice(0, 2))).toEqual([
          "confirmation.confirmed",
          "gate.passed (payment)",
        ])
        expect(
          audit.audit_entries.find(
            (e: { action: string }) => e.action === "confirmation.confirmed"
          )
        ).toEqual(
          expect.objectContaining({
            entity_type: "payment_confirmation",
            entity_id: confirmation.id,
            actor_id: adminId,
            department: "finance",
            data: expect.objectContaining({
              reference: "ICBC-20260301-0042",
              received_amount: order.total,
            }),
          })
        )
        const { data: page } = await api.get(
          `/admin/mall/audit?order_id=${order.id}&limit=1&offset=1`,
          admin
        )
        expect(page).toEqual(
          expect.objectContaining({ count: audit.count, offset: 1, limit: 1 })
        )
        // The order (created_at, id) is total, so pages are stable.
        expect(page.audit_entries.map((e: { id: string }) => e.id)).toEqual([
          audit.audit_entries[1].id,
        ])
        const { data: byEntity } = await api.get(
          `/admin/mall/audit?entity_type=payment_confirmation&entity_id=${confirmation.id}`,
          admin
        )
        expect(byEntity.count).toEqual(1)

        const twice = await expectHttpError(
          api.post(
            `/admin/mall/finance/confirmations/${confirmation.id}/confirm`,
            { reference: "again", received_amount: order.total },
            admin
          )
        )
        expect(twice.status).toEqual(400)
        expect(twice.data.message).toEqual(
          `The payment confirmation of order #${order.display_id} was already confirmed; a decision cannot be changed.`
        )
        const reject = await expectHttpError(
          api.post(
            `/admin/mall/finance/confirmations/${confirmation.id}/reject`,
            { reason: "changed my mind" },
            admin
          )
        )
        expect(reject.status).toEqual(400)
      })

      it("rejects the payment and fails the gate; an owner may still waive it", async () => {
        const order = await placeOrder(PREPAID)
        const confirmation = await confirmationOf(order.id)

        const { data } = await api.post(
          `/admin/mall/finance/confirmations/${confirmation.id}/reject`,
          { reason: "No transfer received after 3 days" },
          admin
        )
        expect(data.payment_confirmation).toEqual(
          expect.objectContaining({
            status: "rejected",
            reason: "No transfer received after 3 days",
            decided_by: adminId,
          })
        )
        const pipeline = await pipelineOf(order.id)
        expect(pipeline.releasable).toBe(false)
        expect(pipeline.gates[0]).toEqual(
          expect.objectContaining({
            status: "failed",
            reason: "No transfer received after 3 days",
          })
        )

        const blocked = await expectHttpError(fulfil(order.id))
        expect(blocked.data.message).toEqual(
          `Order #${order.display_id} cannot be fulfilled yet: the payment gate (finance) has failed.`
        )

        const twice = await expectHttpError(
          api.post(
            `/admin/mall/finance/confirmations/${confirmation.id}/reject`,
            { reason: "again" },
            admin
          )
        )
        expect(twice.status).toEqual(400)
        expect(twice.data.message).toMatch(/was already rejected/)

        const decide = await expectHttpError(
          api.post(
            `/admin/mall/orders/${order.id}/gates/payment`,
            { status: "passed" },
            admin
          )
        )
        expect(decide.status).toEqual(400)
        expect(decide.data.message).toEqual(
          `The payment gate of order #${order.display_id} has already failed; a decision cannot be changed. An owner of the finance department may still waive it.`
        )

        await join("finance", adminId, "owner")
        const { data: waived } = await api.post(
          `/admin/mall/orders/${order.id}/gates/payment/waive`,
          { reason: "Paid in cash at the Guangzhou branch" },
          admin
        )
        expect(waived.release_gate).toEqual(
          expect.objectContaining({
            status: "waived",
            reason: "Paid in cash at the Guangzhou branch",
          })
        )
        expect((await pipelineOf(order.id)).releasable).toBe(true)
      })

      it("refuses an amount that does not match until it is accepted", async () => {
        const order = await placeOrder(PREPAID)
        const confirmation = await confirmationOf(order.id)
        const short = order.total - 0.5

        const error = await expectHttpError(
          api.post(
            `/admin/mall/finance/confirmations/${confirmation.id}/confirm`,
            { reference: "ICBC-1", received_amount: short },
            admin
          )
        )
        expect(error.status).toEqual(400)
        expect(error.data).toEqual({
          type: "not_allowed",
          code: "amount_mismatch",
          message: expect.stringContaining(
            `expects ${order.total.toLocaleString("en-US")} CNY but ${short.toLocaleString("en-US")} CNY was received (0.5 CNY less)`
          ),
        })
        expect(error.data.message).toMatch(/"accept_mismatch": true/)
        expect((await confirmationOf(order.id)).status).toEqual("pending")
        expect((await pipelineOf(order.id)).gates[0].status).toEqual("pending")

        const { data } = await api.post(
          `/admin/mall/finance/confirmations/${confirmation.id}/confirm`,
          {
            reference: "ICBC-1",
            received_amount: short,
            accept_mismatch: true,
          },
          admin
        )
        expect(data.payment_confirmation).toEqual(
          expect.objectContaining({
            status: "confirmed",
            received_amount: short,
            expected_amount: order.total,
            mismatch_accepted: true,
          })
        )
        expect((await pipelineOf(order.id)).gates[0].status).toEqual("passed")
      })
    })

    describe("fulfilment", () => {
      it("is blocked by the pending payment gate, then allowed once finance confirms", async () => {
        const order = await placeOrder(PREPAID)

        const blocked = await expectHttpError(fulfil(order.id))
        expect(blocked.status).toEqual(400)
        expect(blocked.data).toEqual({
          type: "not_allowed",
          code: "gates_pending",
          message: `Order #${order.display_id} cannot be fulfilled yet: the payment gate (finance) is pending.`,
          gates: [
            expect.objectContaining({
              kind: "payment",
              department: "finance",
              status: "pending",
            }),
          ],
        })
        const {
          data: { order: unchanged },
        } = await api.get(
          `/admin/orders/${order.id}?fields=fulfillment_status`,
          admin
        )
        expect(unchanged.fulfillment_status).toEqual("not_fulfilled")

        await join("finance", adminId)
        const confirmation = await confirmationOf(order.id)
        await api.post(
          `/admin/mall/finance/confirmations/${confirmation.id}/confirm`,
          { reference: "ALIPAY-77", received_amount: order.total },
          admin
        )
        const response = await fulfil(order.id)
        expect(response.status).toEqual(200)
        const {
          data: { order: fulfilled },
        } = await api.get(
          `/admin/orders/${order.id}?fields=fulfillment_status`,
          admin
        )
        expect(fulfilled.fulfillment_status).toEqual("fulfilled")
      })

      it("does not hold back an order without gates (placed before the plugin)", async () => {
        const order = await placeOrder(PREPAID)
        const gates = await finance().listReleaseGates({ order_id: order.id })
        await finance().deleteReleaseGates(gates.map((g) => g.id))

        expect(await pipelineOf(order.id)).toEqual(
          expect.objectContaining({ releasable: true, gates: [] })
        )
        expect((await fulfil(order.id)).status).toEqual(200)
      })
    })

    describe("gate decisions and department permissions", () => {
      let outsider: CreatedAdmin

      beforeEach(async () => {
        outsider = await createAdminUser(api, getContainer(), {
          email: "zhou.wei@huaxia-mall.test",
          first_name: "Wei",
          last_name: "Zhou",
        })
      })

      it("refuses, with 403, an admin outside finance", async () => {
        const order = await placeOrder(PREPAID)
        const confirmation = await confirmationOf(order.id)
        await join("warehouse", outsider.user.id, "owner")

        const confirm = await expectHttpError(
          api.post(
            `/admin/mall/finance/confirmations/${confirmation.id}/confirm`,
            { reference: "X", received_amount: order.total },
            outsider.headers
          )
        )
        expect(confirm.status).toEqual(403)
        expect(confirm.data.message).toEqual(
          "Only members of the finance department may confirm payments. An admin can add you under Settings → Departments."
        )
        const reject = await expectHttpError(
          api.post(
            `/admin/mall/finance/confirmations/${confirmation.id}/reject`,
            { reason: "X" },
            outsider.headers
          )
        )
        expect(reject.status).toEqual(403)
        const decide = await expectHttpError(
          api.post(
            `/admin/mall/orders/${order.id}/gates/payment`,
            { status: "passed" },
            outsider.headers
          )
        )
        expect(decide.status).toEqual(403)
        expect(decide.data.message).toMatch(
          /^Only members of the finance department may decide the payment gate/
        )
        const waive = await expectHttpError(
          api.post(
            `/admin/mall/orders/${order.id}/gates/payment/waive`,
            { reason: "X" },
            outsider.headers
          )
        )
        expect(waive.status).toEqual(403)

        // Nothing changed, and the outsider may still read the pipeline.
        const pipeline = await pipelineOf(order.id, outsider.headers)
        expect(pipeline.gates[0].status).toEqual("pending")
        expect((await confirmationOf(order.id)).status).toEqual("pending")
      })

      it("lets a member decide a gate once, and only an owner waive it", async () => {
        const order = await placeOrder(PREPAID)
        await join("finance", outsider.user.id)

        const memberWaive = await expectHttpError(
          api.post(
            `/admin/mall/orders/${order.id}/gates/payment/waive`,
            { reason: "Known customer" },
            outsider.headers
          )
        )
        expect(memberWaive.status).toEqual(403)
        expect(memberWaive.data.message).toMatch(
          /^Only owners of the finance department may waive the payment gate/
        )

        const gateEvent = TestEventUtils.waitSubscribersExecution(
          "mall.release_gate.decided",
          eventBus()
        )
        const { data } = await api.post(
          `/admin/mall/orders/${order.id}/gates/payment`,
          { status: "passed", reason: "Seen on the bank statement" },
          outsider.headers
        )
        expect(data.release_gate).toEqual(
          expect.objectContaining({
            kind: "payment",
            status: "passed",
            decided_by: outsider.user.id,
            reason: "Seen on the bank statement",
            overdue: false,
          })
        )
        const [payload] = (await gateEvent) as [
          { data: Record<string, unknown> },
        ]
        expect(payload.data).toEqual(
          expect.objectContaining({
            order_id: order.id,
            status: "passed",
            actor_id: outsider.user.id,
          })
        )

        const twice = await expectHttpError(
          api.post(
            `/admin/mall/orders/${order.id}/gates/payment`,
            { status: "failed", reason: "Oops" },
            outsider.headers
          )
        )
        expect(twice.status).toEqual(400)
        expect(twice.data.message).toEqual(
          `The payment gate of order #${order.display_id} has already passed; a decision cannot be changed.`
        )

        await join("finance", outsider.user.id, "owner")
        const waivePassed = await expectHttpError(
          api.post(
            `/admin/mall/orders/${order.id}/gates/payment/waive`,
            { reason: "Known customer" },
            outsider.headers
          )
        )
        expect(waivePassed.status).toEqual(400)
        expect(waivePassed.data.message).toMatch(
          /has already passed; only a pending or failed gate can be waived/
        )

        const { data: audit } = await api.get(
          `/admin/mall/audit?order_id=${order.id}&entity_type=release_gate`,
          admin
        )
        // Newest first: the member's decision, then the review rules' and
        // routing's at placement.
        expect(audit.audit_entries).toEqual([
          expect.objectContaining({
            action: "gate.passed",
            actor_id: outsider.user.id,
            department: "finance",
            reason: "Seen on the bank statement",
            data: { kind: "payment", from: "pending", to: "passed" },
          }),
          expect.objectContaining({
            action: "gate.passed",
            actor_id: null,
            department: "sales_ops",
            data: { kind: "customer_review", from: "pending", to: "passed" },
          }),
          expect.objectContaining({
            action: "gate.passed",
            actor_id: null,
            department: "warehouse",
            data: { kind: "routing", from: "pending", to: "passed" },
          }),
        ])
      })

      it("lets an owner waive a pending gate with a reason", async () => {
        const order = await placeOrder(PREPAID)
        await join("finance", outsider.user.id, "owner")
        const { data } = await api.post(
          `/admin/mall/orders/${order.id}/gates/payment/waive`,
          { reason: "Key account, pays monthly" },
          outsider.headers
        )
        expect(data.release_gate).toEqual(
          expect.objectContaining({
            status: "waived",
            decided_by: outsider.user.id,
          })
        )
        const pipeline = await pipelineOf(order.id)
        expect(pipeline.releasable).toBe(true)
        expect(pipeline.timeline.at(-1)).toEqual(
          expect.objectContaining({
            action: "gate.waived",
            reason: "Key account, pays monthly",
          })
        )
        expect((await fulfil(order.id)).status).toEqual(200)
      })

      it("answers 404 for an unknown order, and for an order without that gate", async () => {
        await join("finance", outsider.user.id, "owner")
        const unknown = await expectHttpError(
          api.post(
            "/admin/mall/orders/order_nope/gates/payment",
            { status: "passed" },
            outsider.headers
          )
        )
        expect(unknown.status).toEqual(404)
        expect(unknown.data.message).toEqual(
          "Order with id: order_nope was not found"
        )

        const order = await placeOrder(PREPAID)
        // An order placed before the customer review existed has no such gate.
        const [reviewGate] = await finance().listReleaseGates({
          order_id: order.id,
          kind: "customer_review",
        })
        await finance().deleteReleaseGates([reviewGate.id])
        const noGate = await expectHttpError(
          api.post(
            `/admin/mall/orders/${order.id}/gates/customer_review`,
            { status: "passed" },
            outsider.headers
          )
        )
        expect(noGate.status).toEqual(404)
        expect(noGate.data.message).toEqual(
          `Order #${order.display_id} has no customer_review gate`
        )

        const unknownConfirmation = await expectHttpError(
          api.post(
            "/admin/mall/finance/confirmations/paycf_nope/confirm",
            { reference: "X", received_amount: 1 },
            outsider.headers
          )
        )
        expect(unknownConfirmation.status).toEqual(404)
        expect(unknownConfirmation.data.message).toEqual(
          "Payment confirmation with id: paycf_nope was not found"
        )
      })
    })

    describe("departments", () => {
      it("lists departments, adds, promotes and removes members, and audits each change", async () => {
        const other = await createAdminUser(api, getContainer(), {
          email: "chen.jing@huaxia-mall.test",
          first_name: "Jing",
          last_name: "Chen",
        })

        const { data: empty } = await api.get("/admin/mall/departments", admin)
        expect(empty.departments).toEqual([
          { department: "finance", members: [] },
          { department: "sales_ops", members: [] },
          { department: "warehouse", members: [] },
          { department: "customer_service", members: [] },
          { department: "agent_manager", members: [] },
        ])

        const { data: added } = await join("finance", other.user.id)
        expect(added.department_member).toEqual({
          id: expect.stringMatching(/^dept_/),
          user_id: other.user.id,
          department: "finance",
          role: "member",
          email: "chen.jing@huaxia-mall.test",
          first_name: "Jing",
          last_name: "Chen",
          created_at: expect.any(String),
        })
        // Adding again without a role keeps the role.
        const { data: again } = await join("finance", other.user.id)
        expect(again.department_member.role).toEqual("member")
        const { data: promoted } = await join("finance", other.user.id, "owner")
        expect(promoted.department_member).toEqual(
          expect.objectContaining({
            id: added.department_member.id,
            role: "owner",
          })
        )
        await join("warehouse", other.user.id)

        const { data: listed } = await api.get("/admin/mall/departments", admin)
        expect(listed.departments[0]).toEqual({
          department: "finance",
          members: [
            expect.objectContaining({
              user_id: other.user.id,
              role: "owner",
              email: "chen.jing@huaxia-mall.test",
            }),
          ],
        })
        expect(listed.departments[2].members).toHaveLength(1)

        const { data: mine } = await api.get(
          "/admin/mall/departments/me",
          other.headers
        )
        expect(mine).toEqual({
          user_id: other.user.id,
          departments: [
            { department: "finance", role: "owner" },
            { department: "warehouse", role: "member" },
          ],
        })
        const { data: adminsOwn } = await api.get(
          "/admin/mall/departments/me",
          admin
        )
        expect(adminsOwn.departments).toEqual([])

        const { data: removed } = await api.delete(
          `/admin/mall/departments/warehouse/members/${other.user.id}`,
          admin
        )
        expect(removed).toEqual({
          id: expect.stringMatching(/^dept_/),
          object: "department_member",
          deleted: true,
        })
        const notMember = await expectHttpError(
          api.delete(
            `/admin/mall/departments/warehouse/members/${other.user.id}`,
            admin
          )
        )
        expect(notMember.status).toEqual(404)
        expect(notMember.data.message).toEqual(
          `User ${other.user.id} is not a member of the warehouse department`
        )
        // Re-joining after leaving works.
        await join("warehouse", other.user.id)

        const { data: audit } = await api.get(
          "/admin/mall/audit?entity_type=department_member",
          admin
        )
        expect(
          audit.audit_entries.map((e: { action: string }) => e.action)
        ).toEqual([
          "department.member_added",
          "department.member_removed",
          "department.member_added",
          "department.member_role_changed",
          "department.member_added",
        ])
        expect(audit.audit_entries[3]).toEqual(
          expect.objectContaining({
            actor_id: adminId,
            department: "finance",
            data: {
              user_id: other.user.id,
              role: "owner",
              previous_role: "member",
            },
          })
        )
      })

      it("answers 404 for an unknown user and 400 for an unknown department", async () => {
        const unknownUser = await expectHttpError(join("finance", "user_nope"))
        expect(unknownUser.status).toEqual(404)
        expect(unknownUser.data.message).toEqual(
          "User with id: user_nope was not found"
        )

        const unknownDepartment = await expectHttpError(
          join("marketing", adminId)
        )
        expect(unknownDepartment.status).toEqual(400)
        expect(unknownDepartment.data.message).toEqual(
          'Unknown department "marketing"; departments are finance, sales_ops, warehouse, customer_service, agent_manager'
        )
        const deleteUnknown = await expectHttpError(
          api.delete(
            `/admin/mall/departments/marketing/members/${adminId}`,
            admin
          )
        )
        expect(deleteUnknown.status).toEqual(400)
      })
    })

    describe("pipeline settings", () => {
      it("serves the plugin options, then applies a partial update to new orders", async () => {
        const { data: defaults } = await api.get(
          "/admin/mall/pipeline-settings",
          admin
        )
        expect(defaults.pipeline_settings).toEqual({
          required_gates: {
            prepaid: ["payment", "customer_review", "routing"],
            cod: ["customer_review", "routing"],
          },
          sla_hours: { payment: 24, customer_review: 24, routing: 4 },
          refused_delivery_bearer: "enterprise",
          source: "plugin_options",
        })

        const { data: saved } = await api.post(
          "/admin/mall/pipeline-settings",
          {
            required_gates: { cod: ["payment", "payment"] },
            sla_hours: { payment: 2 },
          },
          admin
        )
        // The COD list is replaced; the prepaid list is kept.
        expect(saved.pipeline_settings).toEqual({
          required_gates: {
            prepaid: ["payment", "customer_review", "routing"],
            cod: ["payment"],
          },
          sla_hours: { payment: 2, customer_review: 24, routing: 4 },
          refused_delivery_bearer: "enterprise",
          source: "settings",
        })
        const { data: reread } = await api.get(
          "/admin/mall/pipeline-settings",
          admin
        )
        expect(reread).toEqual(saved)

        const order = await placeOrder(COD)
        const pipeline = await pipelineOf(order.id)
        expect(pipeline.releasable).toBe(false)
        expect(pipeline.gates[0].required).toBe(true)
        expect(pipeline.gates[1]).toEqual(
          expect.objectContaining({ kind: "customer_review", required: false })
        )
        expect(pipeline.gates[2]).toEqual(
          expect.objectContaining({ kind: "routing", required: false })
        )
        const due = new Date(pipeline.gates[0].due_at).getTime()
        expect(due - Date.now()).toBeLessThanOrEqual(2 * 3600_000)
        expect(due - Date.now()).toBeGreaterThan(3600_000)
        const blocked = await expectHttpError(fulfil(order.id))
        expect(blocked.data.code).toEqual("gates_pending")
        // Only the payment gate holds it: the review is not required now.
        expect(blocked.data.gates).toEqual([
          expect.objectContaining({ kind: "payment" }),
        ])

        const { data: audit } = await api.get(
          "/admin/mall/audit?entity_type=setting&entity_id=pipeline",
          admin
        )
        expect(audit.audit_entries).toEqual([
          expect.objectContaining({
            action: "pipeline_settings.updated",
            actor_id: adminId,
            data: {
              before: expect.objectContaining({
                required_gates: {
                  prepaid: ["payment", "customer_review", "routing"],
                  cod: ["customer_review", "routing"],
                },
              }),
              after: expect.objectContaining({
                required_gates: {
                  prepaid: ["payment", "customer_review", "routing"],
                  cod: ["payment"],
                },
              }),
            },
          }),
        ])
      })
    })

    describe("bad input", () => {
      const ORDER = "order_whatever"
      type Case = [string, () => Promise<unknown>, RegExp]
      const cases: Case[] = [
        [
          "an unknown field when deciding a gate",
          () =>
            api.post(
              `/admin/mall/orders/${ORDER}/gates/payment`,
              { status: "passed", approved: true },
              admin
            ),
          /Unrecognized fields: 'approved'/,
        ],
        [
          "a bad gate status",
          () =>
            api.post(
              `/admin/mall/orders/${ORDER}/gates/payment`,
              { status: "waived" },
              admin
            ),
          /status/,
        ],
        [
          "a missing gate status",
          () =>
            api.post(`/admin/mall/orders/${ORDER}/gates/payment`, {}, admin),
          /status/,
        ],
        [
          "failing a gate without a reason",
          () =>
            api.post(
              `/admin/mall/orders/${ORDER}/gates/payment`,
              { status: "failed" },
              admin
            ),
          /reason is required to fail a gate/,
        ],
        [
          "an unknown gate kind",
          () =>
            api.post(
              `/admin/mall/orders/${ORDER}/gates/shipping`,
              { status: "passed" },
              admin
            ),
          /"shipping" is not a gate; gates are payment, customer_review, routing/,
        ],
        [
          "waiving without a reason",
          () =>
            api.post(
              `/admin/mall/orders/${ORDER}/gates/payment/waive`,
              {},
              admin
            ),
          /reason/,
        ],
        [
          "waiving with a blank reason",
          () =>
            api.post(
              `/admin/mall/orders/${ORDER}/gates/payment/waive`,
              { reason: "   " },
              admin
            ),
          /reason must not be empty/,
        ],
        [
          "confirming without a reference",
          () =>
            api.post(
              "/admin/mall/finance/confirmations/paycf_x/confirm",
              { received_amount: 10 },
              admin
            ),
          /reference/,
        ],
        [
          "a negative amount",
          () =>
            api.post(
              "/admin/mall/finance/confirmations/paycf_x/confirm",
              { reference: "R", received_amount: -5 },
              admin
            ),
          /received_amount must be more than 0/,
        ],
        [
          "an amount given as text",
          () =>
            api.post(
              "/admin/mall/finance/confirmations/paycf_x/confirm",
              { reference: "R", received_amount: "100" },
              admin
            ),
          /received_amount/,
        ],
        [
          "an amount with too many decimals",
          () =>
            api.post(
              "/admin/mall/finance/confirmations/paycf_x/confirm",
              { reference: "R", received_amount: 1.00001 },
              admin
            ),
          /more than 4 decimals/,
        ],
        [
          "accept_mismatch that is not a boolean",
          () =>
            api.post(
              "/admin/mall/finance/confirmations/paycf_x/confirm",
              { reference: "R", received_amount: 1, accept_mismatch: "yes" },
              admin
            ),
          /accept_mismatch/,
        ],
        [
          "rejecting without a reason",
          () =>
            api.post(
              "/admin/mall/finance/confirmations/paycf_x/reject",
              { note: "no" },
              admin
            ),
          /note|reason/,
        ],
        [
          "an unknown confirmation status filter",
          () => api.get("/admin/mall/finance/confirmations?status=paid", admin),
          /status must be pending, confirmed, rejected, not "paid"/,
        ],
        [
          "an unknown confirmation query parameter",
          () => api.get("/admin/mall/finance/confirmations?provider=x", admin),
          /Unrecognized fields: 'provider'/,
        ],
        [
          "a limit that is not a number",
          () => api.get("/admin/mall/audit?limit=many", admin),
          /limit/,
        ],
        [
          "a negative offset",
          () => api.get("/admin/mall/audit?offset=-1", admin),
          /offset must be 0 or more/,
        ],
        [
          "a limit too large",
          () => api.get("/admin/mall/audit?limit=100000", admin),
          /limit must be between 1 and 500/,
        ],
        [
          "an unknown audit filter",
          () => api.get("/admin/mall/audit?user_id=x", admin),
          /Unrecognized fields: 'user_id'/,
        ],
        [
          "a member without a user id",
          () => api.post("/admin/mall/departments/finance/members", {}, admin),
          /user_id/,
        ],
        [
          "an unknown department role",
          () =>
            api.post(
              "/admin/mall/departments/finance/members",
              { user_id: "user_1", role: "boss" },
              admin
            ),
          /role must be "member" or "owner", not "boss"/,
        ],
        [
          "an unknown gate in the settings",
          () =>
            api.post(
              "/admin/mall/pipeline-settings",
              { required_gates: { prepaid: ["credit_check"] } },
              admin
            ),
          /"credit_check" is not a gate/,
        ],
        [
          "an unknown payment method in the settings",
          () =>
            api.post(
              "/admin/mall/pipeline-settings",
              { required_gates: { wechat: ["payment"] } },
              admin
            ),
          /wechat/,
        ],
        [
          "a zero SLA",
          () =>
            api.post(
              "/admin/mall/pipeline-settings",
              { sla_hours: { payment: 0 } },
              admin
            ),
          /sla_hours, payment/,
        ],
        [
          "an unknown cost bearer",
          () =>
            api.post(
              "/admin/mall/pipeline-settings",
              { refused_delivery_bearer: "nobody" },
              admin
            ),
          /"nobody" is not a cost bearer/,
        ],
        [
          "an empty settings update",
          () => api.post("/admin/mall/pipeline-settings", {}, admin),
          /Nothing to update/,
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
        // One request at a time: a request started early could fail before
        // it is awaited, which jest reports as an unhandled rejection.
        const routes = [
          "/admin/mall/departments",
          "/admin/mall/audit",
          "/admin/mall/pipeline-settings",
          "/admin/mall/finance/confirmations",
          "/admin/mall/orders/order_x/pipeline",
        ]
        for (const route of routes) {
          expect((await expectHttpError(api.get(route))).status).toEqual(401)
        }
      })
    })
  },
})
