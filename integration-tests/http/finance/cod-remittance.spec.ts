import {
  medusaIntegrationTestRunner,
  TestEventUtils,
} from "@medusajs/test-utils"
import { Modules } from "@medusajs/framework/utils"
import type MallFinanceModuleService from "../../../src/modules/finance/service"
import { MALL_FINANCE_MODULE } from "../../../src/types/modules"
import type { Department } from "../../../src/types/pipeline"
import { openCodReceivableWorkflow } from "../../../src/workflows/finance"
import { createAdminUser, loginAdmin } from "../../helpers/auth"
import { completeCart, prepareCart } from "../../helpers/checkout"
import { approveOrderReview } from "../../helpers/crm"
import { expectHttpError, type RequestConfig } from "../../helpers/http"
import {
  codProduct,
  seedMall,
  storeHeaders,
  type SeededEnterprise,
} from "../../helpers/seeders"

jest.setTimeout(240_000)

const COD = "pp_cod_cod"
const DAY = 86_400_000

type PlacedOrder = {
  id: string
  display_id: number
  total: number
  email: string
}
type OrderItem = {
  id: string
  quantity: number
  requires_shipping?: boolean
  metadata?: Record<string, unknown> | null
}
type ReportLine = { line_number: number; outcome: string; status: string }
type Shipment = {
  order: PlacedOrder
  fulfillment_id: string
  location_id: string
  items: { id: string; quantity: number }[]
  tracking: string
}

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let seed: SeededEnterprise
    let admin: RequestConfig
    let adminId: string
    let store: RequestConfig
    let trackingSeq = 0

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

    const finance = () =>
      getContainer().resolve<MallFinanceModuleService>(MALL_FINANCE_MODULE)
    const eventBus = () => getContainer().resolve(Modules.EVENT_BUS)
    const waitFor = (event: string) =>
      TestEventUtils.waitSubscribersExecution(event, eventBus())

    const join = async (department: Department, userId = adminId) => {
      await finance().createDepartmentMembers([{ user_id: userId, department }])
    }

    const placeCodOrder = async (
      email = "wang.fang@example.com",
      quantity = 1
    ): Promise<PlacedOrder> => {
      const cart = await prepareCart(api, {
        headers: store,
        region_id: seed.regions.china.id,
        email,
        items: [{ variant_id: codProduct(seed).variant.id, quantity }],
        provider_id: COD,
      })
      const placed = waitFor("order.placed")
      const order = await completeCart(api, cart.id, store)
      await placed
      return order
    }

    /**
     * Fulfils the order's goods where they are reserved, then ships them.
     * Sales ops approves the buyer first: COD orders wait for that review.
     */
    const ship = async (
      order: PlacedOrder,
      options: { carrier?: string; tracking?: string } = {}
    ): Promise<Shipment> => {
      await approveOrderReview(api, order.id, admin)
      const {
        data: { order: full },
      } = await api.get(`/admin/orders/${order.id}`, admin)
      const items = (full.items as OrderItem[])
        .filter(
          (i) => i.requires_shipping !== false && !i.metadata?.mall_cod_fee
        )
        .map((i) => ({ id: i.id as string, quantity: i.quantity as number }))
      const {
        data: { reservations },
      } = await api.get(
        `/admin/reservations?line_item_id=${items[0].id}`,
        admin
      )
      const location_id: string = reservations[0].location_id
      await api
        .post(
          `/admin/orders/${order.id}/fulfillments`,
          {
            items,
            location_id,
            ...(options.carrier
              ? { metadata: { carrier: options.carrier } }
              : {}),
          },
          admin
        )
        .catch((e: { response?: { data?: unknown } }) => {
          throw new Error(
            `Fulfilling ${order.id} failed: ${JSON.stringify(e.response?.data)}`
          )
        })
      const {
        data: { order: fulfilled },
      } = await api.get(
        `/admin/orders/${order.id}?fields=fulfillments.id,fulfillments.created_at`,
        admin
      )
      const fulfillment_id: string = fulfilled.fulfillments.at(-1).id
      const tracking = options.tracking ?? `SF${900000 + ++trackingSeq}`
      const shipped = waitFor("shipment.created")
      await api.post(
        `/admin/orders/${order.id}/fulfillments/${fulfillment_id}/shipments`,
        {
          items,
          labels: [
            {
              tracking_number: tracking,
              tracking_url: `https://track.example.com/${tracking}`,
              label_url: `https://labels.example.com/${tracking}.pdf`,
            },
          ],
        },
        admin
      )
      await shipped
      return { order, fulfillment_id, location_id, items, tracking }
    }

    const deliver = async (shipment: Shipment) => {
      const delivered = waitFor("delivery.created")
      await api.post(
        `/admin/orders/${shipment.order.id}/fulfillments/${shipment.fulfillment_id}/mark-as-delivered`,
        {},
        admin
      )
      await delivered
    }

    const shippedAndDelivered = async (
      options: { carrier?: string; email?: string } = {}
    ) => {
      const shipment = await ship(await placeCodOrder(options.email), options)
      await deliver(shipment)
      return shipment
    }

    const receivableOf = async (orderId: string) => {
      const {
        data: { cod_receivables },
      } = await api.get(
        `/admin/mall/finance/receivables?order_id=${orderId}`,
        admin
      )
      return cod_receivables[0]
    }

    const importStatement = (body: Record<string, unknown>, headers = admin) =>
      api.post("/admin/mall/finance/remittances", body, headers)

    const paymentOf = async (orderId: string) => {
      const {
        data: { order },
      } = await api.get(
        `/admin/orders/${orderId}?fields=payment_status,payment_collections.payments.id,payment_collections.payments.canceled_at,payment_collections.payments.captured_at,payment_collections.payments.captures.amount`,
        admin
      )
      const payments = order.payment_collections.flatMap(
        (pc: { payments: unknown[] }) => pc.payments
      )
      return { payment_status: order.payment_status, payment: payments[0] }
    }

    const codSummaryOf = async (orderId: string) =>
      (await api.get(`/admin/mall/orders/${orderId}/cod`, admin)).data.cod

    describe("the receivable of a COD parcel", () => {
      it("opens when the parcel ships and becomes due when it is delivered", async () => {
        // The buyer's review first: the wait below only covers the shipment.
        const order = await placeCodOrder()
        await approveOrderReview(api, order.id, admin)
        const openedEvent = waitFor("mall.cod_receivable.opened")
        const shipment = await ship(order, {
          carrier: "SF Express",
          tracking: "SF1000001",
        })
        expect(JSON.stringify(await openedEvent)).toContain(shipment.order.id)
        const opened = await receivableOf(shipment.order.id)
        expect(opened).toEqual(
          expect.objectContaining({
            order_id: shipment.order.id,
            display_id: shipment.order.display_id,
            carrier: "SF Express",
            tracking_number: "SF1000001",
            currency_code: "cny",
            amount_to_collect: shipment.order.total,
            status: "open",
            fulfillment_id: shipment.fulfillment_id,
            payment_id: expect.stringMatching(/^pay_/),
            shipped_at: expect.any(String),
            delivered_at: null,
            days_since_delivery: null,
          })
        )

        // The event delivered twice (or to a second instance) changes nothing.
        const { result } = await openCodReceivableWorkflow(getContainer()).run({
          input: { fulfillment_id: shipment.fulfillment_id },
        })
        expect(result.created).toBe(false)

        const dueEvent = waitFor("mall.cod_receivable.due")
        await deliver(shipment)
        expect(JSON.stringify(await dueEvent)).toContain(shipment.order.id)
        const due = await receivableOf(shipment.order.id)
        expect(due).toEqual(
          expect.objectContaining({
            id: opened.id,
            status: "due",
            delivered_at: expect.any(String),
            days_since_delivery: 0,
            aging_bucket: "days_0_7",
          })
        )
        const {
          data: { count },
        } = await api.get("/admin/mall/finance/receivables?status=due", admin)
        expect(count).toEqual(1)

        const {
          data: { audit_entries },
        } = await api.get(
          `/admin/mall/audit?order_id=${shipment.order.id}`,
          admin
        )
        expect(audit_entries.map((e: { action: string }) => e.action)).toEqual(
          expect.arrayContaining([
            "cod_receivable.opened",
            "cod_receivable.due",
          ])
        )
      })

      it("names the shipping option as the carrier when the warehouse gave none, and opens a missed receivable on delivery", async () => {
        const shipment = await ship(await placeCodOrder())
        const opened = await receivableOf(shipment.order.id)
        expect(opened.carrier).toEqual("Standard courier")

        // As if the shipment event had been lost: delivery opens it, due.
        await finance().deleteCodReceivables(opened.id)
        await deliver(shipment)
        expect(await receivableOf(shipment.order.id)).toEqual(
          expect.objectContaining({
            status: "due",
            tracking_number: shipment.tracking,
            amount_to_collect: shipment.order.total,
            delivered_at: expect.any(String),
          })
        )
      })
    })

    describe("importing a courier statement", () => {
      it("matches each line and reports matched, short, duplicate, unknown and invalid; a second import changes nothing", async () => {
        await join("finance")
        const a = await shippedAndDelivered({ carrier: "SF Express" })
        const b = await shippedAndDelivered({ carrier: "SF Express" })
        const statement = {
          carrier: "SF Express",
          statement_reference: "SF-2026-11-30",
          bank_reference: "ICBC-889201",
          // Lines without a currency are in the statement's.
          currency_code: "cny",
          lines: [
            {
              tracking_number: a.tracking,
              amount: a.order.total,
              collected_at: "2026-11-28",
            },
            {
              order_display_id: b.order.display_id,
              amount: b.order.total - 50,
              currency_code: "CNY",
              collected_at: "2026-11-28 15:20",
            },
            {
              tracking_number: "SF0000000",
              amount: 99,
              collected_at: "2026-11-28",
            },
            {
              tracking_number: "SF0000001",
              amount: "12,x",
              collected_at: "28/11/2026",
            },
            {
              order_display_id: a.order.display_id,
              amount: a.order.total,
              collected_at: "2026-11-29",
            },
          ],
        }
        const importedEvent = waitFor("mall.remittance.imported")
        const { status, data } = await importStatement(statement)
        expect(status).toEqual(200)
        expect(data.already_imported).toBe(false)
        expect(JSON.stringify(await importedEvent)).toContain(
          data.remittance.id
        )
        const { remittance } = data
        expect(remittance).toEqual(
          expect.objectContaining({
            id: expect.stringMatching(/^remit_/),
            carrier: "SF Express",
            statement_reference: "SF-2026-11-30",
            bank_reference: "ICBC-889201",
            status: "imported",
            line_count: 5,
            imported_by: adminId,
            summary: {
              matched: 1,
              short: 1,
              excess: 0,
              unknown: 1,
              duplicate: 1,
              invalid: 1,
              total_amount: {
                cny: a.order.total * 2 + b.order.total - 50 + 99,
              },
              matched_amount: { cny: a.order.total },
            },
          })
        )
        expect(
          remittance.lines.map((l: ReportLine) => [l.line_number, l.outcome])
        ).toEqual([
          [1, "matched"],
          [2, "short"],
          [3, "unknown"],
          [4, "invalid"],
          [5, "duplicate"],
        ])
        const [matched, short, unknown, invalid, duplicate] = remittance.lines
        expect(matched).toEqual(
          expect.objectContaining({
            status: "open",
            amount: a.order.total,
            currency_code: "cny",
            collected_at: "2026-11-28T00:00:00.000Z",
            receivable: expect.objectContaining({
              order_id: a.order.id,
              amount_to_collect: a.order.total,
              status: "due",
            }),
          })
        )
        expect(short.reason).toEqual(
          `collected ${b.order.total - 50} CNY, expected ${b.order.total} CNY (short by 50 CNY)`
        )
        expect(unknown.reason).toEqual(
          "no COD receivable for tracking number SF0000000"
        )
        expect(invalid.reason).toContain('amount "12,x" is not a number')
        expect(invalid.reason).toContain(
          'collected_at "28/11/2026" is not a date'
        )
        expect(duplicate.reason).toContain("already paid on line 1")

        // Nothing is settled before finance confirms.
        expect((await receivableOf(a.order.id)).status).toEqual("due")

        // The same statement again, even with other lines: nothing changes.
        const again = await importStatement({
          ...statement,
          lines: [
            {
              tracking_number: b.tracking,
              amount: b.order.total,
              collected_at: "2026-11-28",
            },
          ],
        })
        expect(again.status).toEqual(200)
        expect(again.data.already_imported).toBe(true)
        expect(again.data.remittance.id).toEqual(remittance.id)
        expect(again.data.remittance.summary).toEqual(remittance.summary)
        const {
          data: { remittances, count },
        } = await api.get("/admin/mall/finance/remittances", admin)
        expect(count).toEqual(1)
        expect(remittances[0].summary).toEqual(remittance.summary)

        // The preview, filtered.
        const { data: preview } = await api.get(
          `/admin/mall/finance/remittances/${remittance.id}?outcome=short,unknown&limit=1`,
          admin
        )
        expect(preview.lines_count).toEqual(2)
        expect(preview.remittance.lines).toHaveLength(1)
        expect(preview.remittance.lines[0].outcome).toEqual("short")
      })

      it("reads a CSV upload with the statement in form fields", async () => {
        await join("finance")
        const a = await shippedAndDelivered({ carrier: "ZTO" })
        const csv =
          "tracking_number,order_display_id,amount,currency_code,collected_at\r\n" +
          `${a.tracking},,${a.order.total},cny,2026-11-30\r\n` +
          `,999999,10,,2026-11-30\r\n` +
          `ZT1,,ten,,2026-11-30\r\n`
        const form = new FormData()
        form.append("carrier", "ZTO")
        form.append("statement_reference", "ZTO-W48")
        form.append("bank_reference", "")
        form.append(
          "file",
          new Blob([csv], { type: "text/csv" }),
          "zto-w48.csv"
        )
        const { data } = await api.post(
          "/admin/mall/finance/remittances",
          form,
          admin
        )
        expect(data.remittance.summary).toEqual(
          expect.objectContaining({ matched: 1, unknown: 1, invalid: 1 })
        )
        expect(data.remittance.bank_reference).toBeNull()
        expect(
          data.remittance.lines.map((l: ReportLine) => l.line_number)
        ).toEqual([2, 3, 4])
      })
    })

    describe("confirming a remittance", () => {
      it("is for finance; settles, captures for the amount, disputes the short line, and never captures twice", async () => {
        const a = await shippedAndDelivered({ carrier: "SF Express" })
        const b = await shippedAndDelivered({ carrier: "SF Express" })
        await join("finance")
        const {
          data: { remittance },
        } = await importStatement({
          carrier: "SF Express",
          statement_reference: "SF-2026-12-01",
          bank_reference: "ICBC-900001",
          lines: [
            {
              tracking_number: a.tracking,
              amount: a.order.total,
              collected_at: "2026-11-30",
            },
            {
              tracking_number: b.tracking,
              amount: b.order.total - 1,
              collected_at: "2026-11-30",
            },
          ],
        })

        const outsider = await createAdminUser(api, getContainer(), {
          email: "sales.clerk@huaxia-mall.test",
        })
        const forbidden = await expectHttpError(
          api.post(
            `/admin/mall/finance/remittances/${remittance.id}/confirm`,
            {},
            outsider.headers
          )
        )
        expect(forbidden.status).toEqual(403)
        expect(forbidden.data.message).toMatch(/finance department/)

        const confirmedEvent = waitFor("mall.remittance.confirmed")
        const settledEvent = waitFor("mall.cod_receivable.settled")
        const { data } = await api.post(
          `/admin/mall/finance/remittances/${remittance.id}/confirm`,
          {},
          admin
        )
        expect(data.already_confirmed).toBe(false)
        expect(JSON.stringify(await confirmedEvent)).toContain(remittance.id)
        expect(JSON.stringify(await settledEvent)).toContain(a.order.id)
        expect(data.remittance).toEqual(
          expect.objectContaining({
            status: "confirmed",
            confirmed_by: adminId,
            confirmed_at: expect.any(String),
          })
        )
        expect(data.settlement).toEqual(
          expect.objectContaining({
            settled: 1,
            disputed: 1,
            captured: { count: 1, amounts: { cny: a.order.total } },
          })
        )
        expect(data.remittance.lines.map((l: ReportLine) => l.status)).toEqual([
          "settled",
          "disputed",
        ])

        const settled = await receivableOf(a.order.id)
        expect(settled).toEqual(
          expect.objectContaining({
            status: "settled",
            settled_at: expect.any(String),
          })
        )
        const disputed = await receivableOf(b.order.id)
        expect(disputed.status).toEqual("disputed")
        expect(disputed.closed_reason).toContain("short by 1 CNY")

        const paidA = await paymentOf(a.order.id)
        expect(paidA.payment_status).toEqual("captured")
        expect(paidA.payment.captures).toEqual([
          expect.objectContaining({ amount: a.order.total }),
        ])
        expect(await codSummaryOf(a.order.id)).toEqual(
          expect.objectContaining({
            status: "captured",
            amount_captured: a.order.total,
            amount_to_collect: 0,
          })
        )
        expect((await paymentOf(b.order.id)).payment_status).toEqual(
          "authorized"
        )

        // Confirming again changes nothing and captures nothing.
        const { data: again } = await api.post(
          `/admin/mall/finance/remittances/${remittance.id}/confirm`,
          {},
          admin
        )
        expect(again.already_confirmed).toBe(true)
        expect(again.settlement.captured.count).toEqual(0)
        expect((await paymentOf(a.order.id)).payment.captures).toHaveLength(1)

        const {
          data: { audit_entries },
        } = await api.get(`/admin/mall/audit?order_id=${a.order.id}`, admin)
        expect(
          audit_entries.map((e: { action: string }) => e.action)
        ).toContain("cod_receivable.settled")

        // The disputed line is settled later once finance accepts it.
        const line = data.remittance.lines[1]
        const { data: accepted } = await api.post(
          `/admin/mall/finance/remittances/${remittance.id}/lines/${line.id}/accept`,
          { reason: "Courier deducted a 1 CNY handling fee; agreed" },
          admin
        )
        expect(accepted.remittance_line).toEqual(
          expect.objectContaining({ status: "settled" })
        )
        expect((await receivableOf(b.order.id)).status).toEqual("settled")
        expect(await codSummaryOf(b.order.id)).toEqual(
          expect.objectContaining({ amount_captured: b.order.total - 1 })
        )
      })

      it("refuses an early capture of a COD payment and allows it once the remittance is confirmed", async () => {
        const a = await shippedAndDelivered({ carrier: "EMS" })
        const { payment } = await paymentOf(a.order.id)

        const early = await expectHttpError(
          api.post(`/admin/payments/${payment.id}/capture`, {}, admin)
        )
        expect(early.status).toEqual(400)
        expect(early.data).toEqual(
          expect.objectContaining({
            type: "not_allowed",
            code: "cod_capture_before_remittance",
            message: expect.stringContaining(
              "captured when finance confirms the courier's remittance"
            ),
          })
        )
        expect((await paymentOf(a.order.id)).payment_status).toEqual(
          "authorized"
        )

        await join("finance")
        const {
          data: { remittance },
        } = await importStatement({
          carrier: "EMS",
          statement_reference: "EMS-1",
          lines: [
            {
              tracking_number: a.tracking,
              amount: a.order.total,
              collected_at: "2026-11-30",
            },
          ],
        })
        await api.post(
          `/admin/mall/finance/remittances/${remittance.id}/confirm`,
          {},
          admin
        )
        const after = await api.post(
          `/admin/payments/${payment.id}/capture`,
          {},
          admin
        )
        expect(after.status).toEqual(200)
        expect((await paymentOf(a.order.id)).payment.captures).toHaveLength(1)
      })
    })

    describe("a refused delivery", () => {
      const levelAt = async (locationId: string) => {
        const itemId = codProduct(seed).variant.inventory_item_id
        const {
          data: { inventory_levels },
        } = await api.get(
          `/admin/inventory-items/${itemId}/location-levels?location_id=${locationId}`,
          admin
        )
        return inventory_levels[0]
      }

      it("cancels the authorization, restocks at origin, records the cost, closes the receivable and counts the refusal", async () => {
        await join("customer_service")
        const email = "Refuser@Example.com"
        const order = await placeCodOrder(email, 2)
        const before = await levelAt(
          (
            await api.get(
              `/admin/reservations?line_item_id=${(await api.get(`/admin/orders/${order.id}?fields=items.id`, admin)).data.order.items[0].id}`,
              admin
            )
          ).data.reservations[0].location_id
        )
        const shipment = await ship(order, { carrier: "SF Express" })
        const shippedLevel = await levelAt(shipment.location_id)
        expect(shippedLevel.stocked_quantity).toEqual(
          before.stocked_quantity - 2
        )

        const refusedEvent = waitFor("mall.cod_receivable.refused")
        const { data } = await api.post(
          `/admin/mall/orders/${order.id}/cod-refused`,
          { reason: "Buyer refused at the door", logistics_cost: 18.5 },
          admin
        )
        expect(JSON.stringify(await refusedEvent)).toContain(order.id)
        expect(data.cod_refusal).toEqual(
          expect.objectContaining({
            order_id: order.id,
            return_id: expect.any(String),
            location_id: shipment.location_id,
            payment_canceled: true,
            receivable: expect.objectContaining({
              status: "refused",
              closed_reason: "Buyer refused at the door",
            }),
            logistics_cost: expect.objectContaining({
              kind: "return_to_origin",
              amount: 18.5,
              currency_code: "cny",
              bearer: "enterprise",
            }),
            refusal: expect.objectContaining({
              email: "refuser@example.com",
            }),
          })
        )

        const { payment } = await paymentOf(order.id)
        expect(payment.canceled_at).not.toBeNull()
        const restocked = await levelAt(shipment.location_id)
        expect(restocked.stocked_quantity).toEqual(before.stocked_quantity)
        expect((await receivableOf(order.id)).status).toEqual("refused")
        const {
          data: { order: returned },
        } = await api.get(
          `/admin/orders/${order.id}?fields=returns.id,returns.status,returns.location_id`,
          admin
        )
        expect(returned.returns).toEqual([
          expect.objectContaining({
            status: "received",
            location_id: shipment.location_id,
          }),
        ])

        const again = await expectHttpError(
          api.post(
            `/admin/mall/orders/${order.id}/cod-refused`,
            { reason: "again", logistics_cost: 0 },
            admin
          )
        )
        expect(again.status).toEqual(400)
        expect(again.data.message).toMatch(/already refused/)

        const {
          data: { logistics_costs, count },
        } = await api.get(
          `/admin/mall/finance/logistics-costs?order_id=${order.id}&bearer=enterprise`,
          admin
        )
        expect(count).toEqual(1)
        expect(logistics_costs[0]).toEqual(
          expect.objectContaining({ amount: 18.5, recorded_by: adminId })
        )

        // A second refusal reaches max_refused_deliveries (2): no more COD.
        const second = await ship(await placeCodOrder(email), {})
        await api.post(
          `/admin/mall/orders/${second.order.id}/cod-refused`,
          {
            reason: "Not at home three times",
            logistics_cost: 12,
            bearer: "customer",
          },
          admin
        )
        const cart = await prepareCart(api, {
          headers: store,
          region_id: seed.regions.china.id,
          email: "refuser@example.com",
          items: [{ variant_id: codProduct(seed).variant.id, quantity: 1 }],
        })
        const {
          data: { eligible, reasons },
        } = await api.get(
          `/store/mall/cod-eligibility?cart_id=${cart.id}`,
          store
        )
        expect(eligible).toBe(false)
        expect(reasons.map((r: { code: string }) => r.code)).toEqual([
          "customer_blocked",
        ])
      })

      it("is for finance and customer service, and only for shipped COD parcels", async () => {
        const order = await placeCodOrder()
        const outsider = await expectHttpError(
          api.post(
            `/admin/mall/orders/${order.id}/cod-refused`,
            { reason: "Refused", logistics_cost: 0 },
            admin
          )
        )
        expect(outsider.status).toEqual(403)
        expect(outsider.data.message).toMatch(/finance or customer_service/)

        await join("finance")
        const notShipped = await expectHttpError(
          api.post(
            `/admin/mall/orders/${order.id}/cod-refused`,
            { reason: "Refused", logistics_cost: 0 },
            admin
          )
        )
        expect(notShipped.status).toEqual(400)
        expect(notShipped.data.message).toMatch(/has not shipped/)

        const unknown = await expectHttpError(
          api.post(
            "/admin/mall/orders/order_nope/cod-refused",
            { reason: "Refused", logistics_cost: 0 },
            admin
          )
        )
        expect(unknown.status).toEqual(404)
      })
    })

    describe("aging and export", () => {
      it("buckets due receivables per carrier by days since delivery and exports them as CSV", async () => {
        const shipment = await ship(await placeCodOrder(), {
          carrier: "SF Express",
        })
        const now = Date.now()
        const mk = (
          n: number,
          carrier: string,
          days: number | null,
          amount: number,
          status = "due"
        ) => ({
          order_id: `order_aging_${n}`,
          display_id: 90_000 + n,
          carrier,
          tracking_number: `AG${n}`,
          currency_code: "cny",
          amount_to_collect: amount,
          status: status as "due",
          shipped_at: new Date(now - 40 * DAY),
          delivered_at:
            days === null ? null : new Date(now - days * DAY - 60_000),
        })
        await finance().createCodReceivables([
          mk(1, "SF Express", 2, 100),
          mk(2, "SF Express", 10, 200),
          mk(3, "SF Express", 20, 300),
          mk(4, "SF Express", 45, 400),
          mk(5, "SF Express", 45, 1, "settled"),
          mk(6, "EMS", 9, 50),
          mk(7, "EMS", 3, 7, "disputed"),
        ])

        const {
          data: { aging },
        } = await api.get("/admin/mall/finance/receivables/aging", admin)
        expect(
          aging.carriers.map((c: { carrier: string | null }) => c.carrier)
        ).toEqual(["EMS", "SF Express"])
        const sf = aging.carriers[1]
        expect(sf.due).toEqual({
          days_0_7: { count: 1, amounts: { cny: 100 } },
          days_8_15: { count: 1, amounts: { cny: 200 } },
          days_16_30: { count: 1, amounts: { cny: 300 } },
          days_over_30: { count: 1, amounts: { cny: 400 } },
        })
        expect(sf.not_delivered).toEqual({
          count: 1,
          amounts: { cny: shipment.order.total },
        })
        expect(aging.carriers[0].disputed).toEqual({
          count: 1,
          amounts: { cny: 7 },
        })
        expect(aging.totals.due_total).toEqual({
          count: 5,
          amounts: { cny: 1050 },
        })

        const {
          data: { aging: ems },
        } = await api.get(
          "/admin/mall/finance/receivables/aging?carrier=EMS",
          admin
        )
        expect(ems.carriers).toHaveLength(1)

        const csv = await api.get(
          "/admin/mall/finance/receivables/export?carrier=SF%20Express&status=due",
          admin
        )
        expect(csv.status).toEqual(200)
        expect(
          (csv as unknown as { headers: Record<string, string> }).headers[
            "content-type"
          ]
        ).toMatch(/^text\/csv/)
        expect(
          (csv as unknown as { headers: Record<string, string> }).headers[
            "content-disposition"
          ]
        ).toMatch(
          /attachment; filename="cod-receivables-\d{4}-\d{2}-\d{2}\.csv"/
        )
        const rows = (csv.data as string)
          .replace(/^\uFEFF/, "")
          .trim()
          .split("\r\n")
        expect(rows[0]).toMatch(
          /^id,order_id,display_id,carrier,tracking_number/
        )
        expect(rows).toHaveLength(5)
        expect(rows[1]).toContain("order_aging_4")
        expect(rows[1]).toContain("days_over_30")
      })
    })

    describe("bad input", () => {
      const expect400 = async (
        request: Promise<unknown>,
        message: RegExp | string
      ) => {
        const error = await expectHttpError(request)
        expect(error.status).toEqual(400)
        expect(error.data.message).toMatch(message)
      }

      it("is refused with a clear 400 on every route", async () => {
        await join("finance")
        const statement = {
          carrier: "SF Express",
          statement_reference: "SF-BAD",
          lines: [
            { tracking_number: "SF1", amount: 1, collected_at: "2026-11-30" },
          ],
        }
        // A missing field says what to send, not Medusa's "Field 'x' is required".
        const noCarrier =
          'carrier is required: name the courier whose statement this is, e.g. "SF Express"'
        const noReference =
          "statement_reference is required: give the courier's statement number"
        await expect400(
          importStatement({ ...statement, carrier: undefined }),
          noCarrier
        )
        await expect400(
          importStatement({ ...statement, carrier: null }),
          noCarrier
        )
        await expect400(
          importStatement({ ...statement, statement_reference: undefined }),
          noReference
        )
        await expect400(
          importStatement({ ...statement, lines: undefined }),
          "lines is required: a list of statement lines, or upload the statement as a CSV file"
        )
        await expect400(
          importStatement({ ...statement, carrier: " " }),
          /carrier must not be empty/
        )
        await expect400(
          importStatement({ ...statement, lines: [] }),
          /lines is empty/
        )
        await expect400(importStatement({ ...statement, lines: "x" }), /lines/)
        await expect400(
          importStatement({ ...statement, currency_code: "yuan" }),
          /"yuan" is not an ISO 4217/
        )
        await expect400(
          importStatement({ ...statement, carier: "x" }),
          /carier/
        )
        await expect400(
          importStatement({
            ...statement,
            lines: [{ tracking: "SF1", amount: 1 }],
          }),
          /tracking/
        )
        const form = new FormData()
        form.append("carrier", "SF Express")
        form.append("statement_reference", "CSV-BAD")
        form.append(
          "file",
          new Blob(["tracking_number,amout,collected_at\nSF1,1,2026-11-30\n"]),
          "bad.csv"
        )
        await expect400(
          api.post("/admin/mall/finance/remittances", form, admin),
          /unknown columns: "amout"/
        )
        const uploadWith = (fields: Record<string, string>) => {
          const form = new FormData()
          for (const [name, value] of Object.entries(fields)) {
            form.append(name, value)
          }
          form.append(
            "file",
            new Blob([
              "tracking_number,amount,collected_at\nSF1,1,2026-11-30\n",
            ]),
            "statement.csv"
          )
          return api.post("/admin/mall/finance/remittances", form, admin)
        }
        await expect400(
          uploadWith({ statement_reference: "CSV-BAD" }),
          noCarrier
        )
        await expect400(uploadWith({ carrier: "SF Express" }), noReference)
        const noFile = new FormData()
        noFile.append("carrier", "SF Express")
        noFile.append("statement_reference", "CSV-BAD")
        await expect400(
          api.post("/admin/mall/finance/remittances", noFile, admin),
          /form field "file"/
        )

        await expect400(
          api.get("/admin/mall/finance/remittances?status=done", admin),
          /status must be imported, confirmed/
        )
        await expect400(
          api.get("/admin/mall/finance/remittances?limit=abc", admin),
          /limit/
        )
        const missing = await expectHttpError(
          api.get("/admin/mall/finance/remittances/remit_nope", admin)
        )
        expect(missing.status).toEqual(404)
        await expect400(
          api.get(
            "/admin/mall/finance/remittances/remit_nope?outcome=lost",
            admin
          ),
          /outcome must be matched/
        )
        const confirmMissing = await expectHttpError(
          api.post(
            "/admin/mall/finance/remittances/remit_nope/confirm",
            {},
            admin
          )
        )
        expect(confirmMissing.status).toEqual(404)
        await expect400(
          api.post(
            "/admin/mall/finance/remittances/remit_nope/confirm",
            { force: true },
            admin
          ),
          /force/
        )
        await expect400(
          api.post(
            "/admin/mall/finance/remittances/remit_nope/lines/remln_nope/accept",
            {},
            admin
          ),
          "reason is required: say why finance accepts the amount the courier remitted"
        )
        await expect400(
          api.get("/admin/mall/finance/receivables?status=late", admin),
          /status must be open, due, settled, disputed, refused/
        )
        await expect400(
          api.get("/admin/mall/finance/receivables?limit=0", admin),
          /limit must be between 1 and 500/
        )
        await expect400(
          api.get("/admin/mall/finance/receivables/aging?status=due", admin),
          /status/
        )
        await expect400(
          api.get("/admin/mall/finance/receivables/export?status=x", admin),
          /status must be/
        )
        await expect400(
          api.get("/admin/mall/finance/logistics-costs?bearer=courier", admin),
          /bearer must be enterprise, customer, carrier, branch, agent/
        )
        const order = await placeCodOrder()
        const refuse = (body: unknown) =>
          api.post(`/admin/mall/orders/${order.id}/cod-refused`, body, admin)
        await expect400(refuse({ logistics_cost: 1 }), /reason/)
        await expect400(
          refuse({ reason: "x", logistics_cost: -1 }),
          /logistics_cost must be 0 or more/
        )
        await expect400(
          refuse({ reason: "x" }),
          /logistics_cost is required: the return trip's cost/
        )
        await expect400(
          refuse({ reason: "x", logistics_cost: "12 yuan" }),
          /Expected type: 'number' for field 'logistics_cost', got: '12 yuan'/
        )
        await expect400(
          refuse({ reason: "x", logistics_cost: 1, bearer: "courier" }),
          /bearer must be/
        )
        await expect400(
          refuse({ reason: "x", logistics_cost: 1, extra: 1 }),
          /extra/
        )
      })
    })
  },
})
