import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { Modules } from "@medusajs/framework/utils"
import { loginAdmin } from "../../helpers/auth"
import {
  completeCart,
  prepareCart,
  type CheckoutAddress,
} from "../../helpers/checkout"
import { approveOrderReview } from "../../helpers/crm"
import { expectHttpError, type RequestConfig } from "../../helpers/http"
import {
  seedMall,
  storeHeaders,
  type SeededEnterprise,
} from "../../helpers/seeders"

jest.setTimeout(300_000)

const COD = "pp_cod_cod"
const PREPAID = "pp_system_default"

const address = (
  city: string,
  province: string,
  postal_code: string
): CheckoutAddress => ({
  first_name: "Li",
  last_name: "Na",
  address_1: "1 Renmin Road",
  city,
  province,
  postal_code,
  country_code: "cn",
  phone: "+8613900139000",
})

const GUANGZHOU = address("Guangzhou", "Guangdong", "510620")
const BEIJING = address("Beijing", "Beijing", "100020")
const CHENGDU = address("Chengdu", "Sichuan", "610041")
const SHANGHAI = address("Shanghai", "Shanghai", "200040")

type Allocation = {
  line_item_id: string
  location_id: string
  quantity: number
  location_name: string | null
}
type Decision = {
  id: string
  version: number
  source: string
  status: string
  allocations: Allocation[]
  unallocated: { line_item_id: string; quantity: number; reason: string }[]
  trace: { verdict: string; code: string; text: string; name: string | null }[]
  summary: string
  reason: string | null
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

    const variant = (sku: string) => {
      for (const p of seed.products) {
        const v = p.variants.find((v) => v.sku === sku)
        if (v) {
          return v
        }
      }
      throw new Error(`No seeded variant ${sku}`)
    }
    const KETTLE = "HX-KT17-WHT"
    const FRIDGE = "HX-BCD520-SLV"
    const FRIDGE_GOLD = "HX-BCD520-GLD"

    const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms))

    const routingOf = async (orderId: string) =>
      (await api.get(`/admin/mall/orders/${orderId}/routing`, admin)).data
        .routing as {
        decision: Decision | null
        history: Decision[]
        display_id: number
      }

    /** Placement routing runs in a subscriber: wait for its decision. */
    const waitForRouting = async (orderId: string): Promise<Decision> => {
      for (let i = 0; i < 150; i++) {
        const { decision } = await routingOf(orderId)
        if (decision) {
          return decision
        }
        await sleep(200)
      }
      throw new Error(`Order ${orderId} was never routed`)
    }

    const placeOrder = async (
      shipping_address: CheckoutAddress,
      items: { sku: string; quantity: number }[],
      provider_id = COD
    ) => {
      const cart = await prepareCart(api, {
        headers: store,
        region_id: seed.regions.china.id,
        email: "li.na@example.com",
        items: items.map((i) => ({
          variant_id: variant(i.sku).id,
          quantity: i.quantity,
        })),
        shipping_address,
        provider_id,
      })
      const order = await completeCart(api, cart.id, store)
      const decision = await waitForRouting(order.id)
      return { order: order as { id: string; display_id: number }, decision }
    }

    const reservationsOf = async (orderId: string) => {
      const {
        data: { order },
      } = await api.get(`/admin/orders/${orderId}?fields=id,*items`, admin)
      const ids = (order.items as { id: string }[]).map((i) => i.id)
      const {
        data: { reservations },
      } = await api.get(
        `/admin/reservations?${ids.map((id) => `line_item_id[]=${id}`).join("&")}`,
        admin
      )
      return reservations as {
        line_item_id: string
        location_id: string
        quantity: number
      }[]
    }

    const level = async (sku: string, location: string) => {
      const inventory = getContainer().resolve(Modules.INVENTORY)
      const [lvl] = await inventory.listInventoryLevels({
        inventory_item_id: variant(sku).inventory_item_id,
        location_id: location,
      })
      return {
        stocked: Number(lvl.stocked_quantity),
        reserved: Number(lvl.reserved_quantity),
      }
    }

    const joinWarehouse = () =>
      api.post(
        "/admin/mall/departments/warehouse/members",
        { user_id: adminId },
        admin
      )

    const gateOf = async (orderId: string) => {
      const {
        data: { pipeline },
      } = await api.get(`/admin/mall/orders/${orderId}/pipeline`, admin)
      return pipeline.gates.find((g: { kind: string }) => g.kind === "routing")
    }

    describe("warehouse profiles", () => {
      it("lists every stock location with its seeded profile", async () => {
        const { data } = await api.get("/admin/mall/warehouses", admin)
        expect(data.count).toEqual(4)
        const guangzhou = data.warehouses.find(
          (w: { stock_location: { id: string } }) =>
            w.stock_location.id === seed.stock_locations.guangzhou
        )
        expect(guangzhou.profile).toEqual(
          expect.objectContaining({
            kind: "regional_branch",
            ships_online: true,
            is_active: true,
            service_area: expect.objectContaining({
              provinces: expect.arrayContaining(["guangdong"]),
            }),
          })
        )
        expect(guangzhou.sales_channel_ids).toContain(
          seed.sales_channels.online
        )
      })

      it("creates, updates and refuses bad or duplicate profiles", async () => {
        const {
          data: { stock_location },
        } = await api.post(
          "/admin/stock-locations",
          {
            name: "Wuhan Store",
            address: { address_1: "1 Jiefang Avenue", country_code: "cn" },
          },
          admin
        )
        const { data: created } = await api.post(
          "/admin/mall/warehouses",
          {
            stock_location_id: stock_location.id,
            kind: "store",
            service_area: { provinces: ["Hubei", "湖北"] },
            latitude: 30.59,
            longitude: 114.3,
          },
          admin
        )
        expect(created.warehouse.profile).toEqual(
          expect.objectContaining({
            kind: "store",
            // A branch opts in to shipping online orders.
            ships_online: false,
            priority: 100,
            service_area: expect.objectContaining({
              provinces: expect.arrayContaining(["hubei", "湖北"]),
            }),
          })
        )

        const { data: updated } = await api.post(
          `/admin/mall/warehouses/${created.warehouse.profile.id}`,
          { ships_online: true, daily_capacity: 30 },
          admin
        )
        expect(updated.warehouse.profile).toEqual(
          expect.objectContaining({
            ships_online: true,
            daily_capacity: 30,
            latitude: 30.59,
          })
        )

        const duplicate = await expectHttpError(
          api.post(
            "/admin/mall/warehouses",
            { stock_location_id: stock_location.id },
            admin
          )
        )
        expect(duplicate.status).toBeGreaterThanOrEqual(400)
        expect(duplicate.status).toBeLessThan(500)
        expect(duplicate.data.message).toMatch(/already has a/i)

        const unknown = await expectHttpError(
          api.post(
            "/admin/mall/warehouses",
            { stock_location_id: "sloc_nope" },
            admin
          )
        )
        expect(unknown.status).toEqual(404)

        const bad = await expectHttpError(
          api.post(
            "/admin/mall/warehouses",
            {
              stock_location_id: stock_location.id,
              kind: "castle",
              latitude: 95,
            },
            admin
          )
        )
        expect(bad.status).toEqual(400)
        expect(bad.data.message).toContain(
          'kind must be one of hq, regional_branch, store, third_party, not "castle"'
        )
        expect(bad.data.message).toContain(
          "latitude must be between -90 and 90"
        )

        const missing = await expectHttpError(
          api.post("/admin/mall/warehouses/wprof_nope", { priority: 1 }, admin)
        )
        expect(missing.status).toEqual(404)

        // The store is not linked to the online channel: it never ships online orders.
        const { data: audit } = await api.get(
          `/admin/mall/audit?entity_type=warehouse_profile&entity_id=${created.warehouse.profile.id}`,
          admin
        )
        expect(
          audit.audit_entries.map((e: { action: string }) => e.action).sort()
        ).toEqual(["warehouse_profile.created", "warehouse_profile.updated"])
      })
    })

    describe("routing orders at placement", () => {
      it("sends orders from different provinces to the right branch and passes the gate", async () => {
        const cases: [
          CheckoutAddress,
          keyof SeededEnterprise["stock_locations"],
        ][] = [
          [GUANGZHOU, "guangzhou"],
          [BEIJING, "beijing"],
          [CHENGDU, "chengdu"],
          [SHANGHAI, "shanghai"],
        ]
        for (const [to, branch] of cases) {
          const { order, decision } = await placeOrder(to, [
            { sku: KETTLE, quantity: 1 },
          ])
          expect(decision).toEqual(
            expect.objectContaining({
              version: 1,
              source: "placement",
              status: "allocated",
            })
          )
          expect(decision.allocations).toEqual([
            expect.objectContaining({
              location_id: seed.stock_locations[branch],
              quantity: 1,
            }),
          ])
          const reservations = await reservationsOf(order.id)
          expect(reservations).toEqual([
            expect.objectContaining({
              location_id: seed.stock_locations[branch],
              quantity: 1,
            }),
          ])
          expect(await gateOf(order.id)).toEqual(
            expect.objectContaining({ status: "passed", required: true })
          )
        }
      })

      it("explains the decision in a trace a person can read", async () => {
        const { decision } = await placeOrder(GUANGZHOU, [
          { sku: KETTLE, quantity: 2 },
        ])
        const chosen = decision.trace.find((t) => t.verdict === "chosen")!
        expect(chosen.name).toEqual("Guangzhou Branch")
        expect(chosen.text).toMatch(
          /^Guangzhou Branch: in area, \d+ km, has 2\/2/
        )
        expect(
          decision.trace.find(
            (t) => t.name === "Beijing Branch" && t.verdict === "excluded"
          )?.code
        ).toEqual("out_of_area")
        expect(decision.summary).toEqual("Ships from Guangzhou Branch.")
      })

      it("splits a line across the area branch and HQ as fallback", async () => {
        // HQ serves East China only here, so for a Guangdong buyer it is
        // the fallback for what the Guangzhou branch lacks.
        const hq = seed.warehouse_profiles.shanghai
        const { data: before } = await api.get("/admin/mall/warehouses", admin)
        const hqArea = before.warehouses.find(
          (w: { profile: { id: string } | null }) => w.profile?.id === hq
        ).profile.service_area
        await api.post(
          `/admin/mall/warehouses/${hq}`,
          {
            service_area: {
              countries: ["cn"],
              provinces: ["shanghai", "jiangsu", "zhejiang"],
            },
          },
          admin
        )
        try {
          const gz = await level(FRIDGE, seed.stock_locations.guangzhou)
          const gzFree = gz.stocked - gz.reserved
          const { order, decision } = await placeOrder(
            GUANGZHOU,
            [{ sku: FRIDGE, quantity: gzFree + 2 }],
            PREPAID
          )
          expect(decision.status).toEqual("allocated")
          const byLocation = Object.fromEntries(
            decision.allocations.map((a) => [a.location_id, a.quantity])
          )
          expect(byLocation).toEqual({
            [seed.stock_locations.guangzhou]: gzFree,
            [seed.stock_locations.shanghai]: 2,
          })
          expect(decision.summary).toMatch(/^Split across /)
          expect(
            decision.trace.find((t) => t.verdict === "fallback")?.text
          ).toMatch(/^Shanghai HQ Warehouse: fallback/)
          const reservations = await reservationsOf(order.id)
          expect(
            Object.fromEntries(
              reservations.map((r) => [r.location_id, Number(r.quantity)])
            )
          ).toEqual(byLocation)
          const after = await level(FRIDGE, seed.stock_locations.guangzhou)
          expect(after.reserved).toEqual(after.stocked)
        } finally {
          await api.post(
            `/admin/mall/warehouses/${hq}`,
            { service_area: hqArea },
            admin
          )
        }
      })
    })

    describe("no stock where the rules allow", () => {
      it("waits in the needs-routing queue, blocks fulfilment, and re-routes once stock is back", async () => {
        // The gold fridge is only in Shanghai; take HQ out of routing.
        const hq = seed.warehouse_profiles.shanghai
        await api.post(
          `/admin/mall/warehouses/${hq}`,
          { is_active: false },
          admin
        )
        try {
          const { order, decision } = await placeOrder(GUANGZHOU, [
            { sku: FRIDGE_GOLD, quantity: 1 },
          ])
          expect(decision.status).toEqual("unallocated")
          expect(decision.unallocated).toEqual([
            expect.objectContaining({
              quantity: 1,
              reason: expect.any(String),
            }),
          ])
          expect(decision.summary).toMatch(/could not be allocated/)

          const gate = await gateOf(order.id)
          expect(gate).toEqual(
            expect.objectContaining({
              status: "pending",
              reason: decision.summary,
            })
          )
          const { data: queue } = await api.get(
            "/admin/mall/routing/queue",
            admin
          )
          expect(queue.orders).toEqual(
            expect.arrayContaining([
              expect.objectContaining({
                order_id: order.id,
                status: "unallocated",
                summary: decision.summary,
                destination: expect.objectContaining({ province: "Guangdong" }),
              }),
            ])
          )

          // Sales ops clears the buyer, so only routing holds the order.
          await approveOrderReview(api, order.id, admin)
          const blocked = await expectHttpError(
            api.post(
              `/admin/orders/${order.id}/fulfillments`,
              {
                location_id: seed.stock_locations.shanghai,
                items: [
                  { id: decision.unallocated[0].line_item_id, quantity: 1 },
                ],
              },
              admin
            )
          )
          expect(blocked.status).toEqual(400)
          expect(blocked.data.message).toContain(
            "the routing gate (warehouse) is pending"
          )

          const outsider = await expectHttpError(
            api.post(`/admin/mall/orders/${order.id}/reroute`, {}, admin)
          )
          expect(outsider.status).toEqual(403)
          expect(outsider.data.message).toContain("warehouse department")

          await joinWarehouse()
          await api.post(
            `/admin/mall/warehouses/${hq}`,
            { is_active: true },
            admin
          )
          const {
            data: { routing },
          } = await api.post(
            `/admin/mall/orders/${order.id}/reroute`,
            { reason: "HQ back in service" },
            admin
          )
          expect(routing.decision).toEqual(
            expect.objectContaining({
              version: 2,
              source: "reroute",
              status: "allocated",
              reason: "HQ back in service",
            })
          )
          expect(routing.history).toEqual([
            expect.objectContaining({ version: 1, status: "unallocated" }),
          ])
          expect(await gateOf(order.id)).toEqual(
            expect.objectContaining({ status: "passed" })
          )
          const { data: after } = await api.get(
            "/admin/mall/routing/queue",
            admin
          )
          expect(
            after.orders.map((o: { order_id: string }) => o.order_id)
          ).not.toContain(order.id)

          const { data: audit } = await api.get(
            `/admin/mall/audit?order_id=${order.id}`,
            admin
          )
          expect(
            audit.audit_entries.map((e: { action: string }) => e.action)
          ).toEqual(
            expect.arrayContaining([
              "routing.decided",
              "routing.rerouted",
              "gate.passed",
            ])
          )
        } finally {
          await api.post(
            `/admin/mall/warehouses/${hq}`,
            { is_active: true },
            admin
          )
        }
      })
    })

    describe("re-routing and fulfilment", () => {
      it("refuses a fulfilment from another location than the routed one", async () => {
        const { order, decision } = await placeOrder(GUANGZHOU, [
          { sku: KETTLE, quantity: 1 },
        ])
        const line = decision.allocations[0].line_item_id
        // COD orders wait for sales ops to approve the buyer first.
        await approveOrderReview(api, order.id, admin)
        // No location_id: Medusa would use the shipping option's (Shanghai HQ).
        const implicit = await expectHttpError(
          api.post(
            `/admin/orders/${order.id}/fulfillments`,
            { items: [{ id: line, quantity: 1 }] },
            admin
          )
        )
        expect(implicit.status).toEqual(400)
        expect(implicit.data.code).toEqual("wrong_fulfillment_location")
        expect(implicit.data.message).toMatch(
          new RegExp(
            `^Order #${order.display_id} is routed to ship .+ from Guangzhou Branch, not from Shanghai HQ Warehouse\\.`
          )
        )
        expect(implicit.data.message).toContain("re-route the order first")

        await api.post(
          `/admin/orders/${order.id}/fulfillments`,
          {
            location_id: seed.stock_locations.guangzhou,
            items: [{ id: line, quantity: 1 }],
          },
          admin
        )
      })

      it("overrides the warehouse by hand, with a reason, checking stock there", async () => {
        await joinWarehouse().catch(() => undefined)
        const { order, decision } = await placeOrder(GUANGZHOU, [
          { sku: KETTLE, quantity: 2 },
        ])
        const line = decision.allocations[0].line_item_id

        const noReason = await expectHttpError(
          api.post(
            `/admin/mall/orders/${order.id}/reroute`,
            {
              allocations: [
                {
                  line_item_id: line,
                  location_id: seed.stock_locations.beijing,
                  quantity: 2,
                },
              ],
            },
            admin
          )
        )
        expect(noReason.status).toEqual(400)
        expect(noReason.data.message).toContain("reason is required")

        const tooMany = await expectHttpError(
          api.post(
            `/admin/mall/orders/${order.id}/reroute`,
            {
              allocations: [
                {
                  line_item_id: line,
                  location_id: seed.stock_locations.beijing,
                  quantity: 3,
                },
              ],
              reason: "Customer collects in Beijing",
            },
            admin
          )
        )
        expect(tooMany.status).toEqual(400)
        expect(tooMany.data.message).toContain("has 2 to ship")

        // Nothing of the gold fridge in Beijing: refused with the figures.
        const { order: gold, decision: goldDecision } = await placeOrder(
          SHANGHAI,
          [{ sku: FRIDGE_GOLD, quantity: 1 }]
        )
        const noStock = await expectHttpError(
          api.post(
            `/admin/mall/orders/${gold.id}/reroute`,
            {
              allocations: [
                {
                  line_item_id: goldDecision.allocations[0].line_item_id,
                  location_id: seed.stock_locations.beijing,
                  quantity: 1,
                },
              ],
              reason: "Try Beijing",
            },
            admin
          )
        )
        expect(noStock.status).toEqual(400)
        expect(noStock.data.message).toMatch(
          /^Beijing Branch has 0 of .+ free; this routing needs 1 more there\.$/
        )
        expect(await reservationsOf(gold.id)).toEqual([
          expect.objectContaining({
            location_id: seed.stock_locations.shanghai,
          }),
        ])

        const { data } = await api.post(
          `/admin/mall/orders/${order.id}/reroute`,
          {
            allocations: [
              {
                line_item_id: line,
                location_id: seed.stock_locations.beijing,
                quantity: 1,
              },
              {
                line_item_id: line,
                location_id: seed.stock_locations.guangzhou,
                quantity: 1,
              },
            ],
            reason: "Half for the Beijing office",
          },
          admin
        )
        expect(data.routing.decision).toEqual(
          expect.objectContaining({
            version: 2,
            source: "override",
            status: "allocated",
            reason: "Half for the Beijing office",
          })
        )
        const reservations = await reservationsOf(order.id)
        expect(
          reservations.map((r) => [r.location_id, Number(r.quantity)]).sort()
        ).toEqual(
          [
            [seed.stock_locations.beijing, 1],
            [seed.stock_locations.guangzhou, 1],
          ].sort()
        )
        const { data: audit } = await api.get(
          `/admin/mall/audit?order_id=${order.id}`,
          admin
        )
        expect(audit.audit_entries[0]).toEqual(
          expect.objectContaining({
            action: "routing.overridden",
            actor_id: adminId,
            department: "warehouse",
            reason: "Half for the Beijing office",
          })
        )
      })
    })

    describe("concurrency", () => {
      it("never oversells a branch when parallel orders race for its last units", async () => {
        const gz = seed.stock_locations.guangzhou
        const { stocked, reserved } = await level(KETTLE, gz)
        const free = stocked - reserved
        // Leave the branch 3 units, then send 6 one-unit orders at once.
        const inventory = getContainer().resolve(Modules.INVENTORY)
        await inventory.updateInventoryLevels([
          {
            inventory_item_id: variant(KETTLE).inventory_item_id,
            location_id: gz,
            stocked_quantity: stocked - free + 3,
          },
        ])
        const carts = await Promise.all(
          Array.from({ length: 6 }, (_, i) =>
            prepareCart(api, {
              headers: store,
              region_id: seed.regions.china.id,
              email: `race.${i}@example.com`,
              items: [{ variant_id: variant(KETTLE).id, quantity: 1 }],
              shipping_address: GUANGZHOU,
              provider_id: COD,
            })
          )
        )
        // Medusa's checkout may give up on its own inventory lock under
        // load (a 500 after 5 s); a storefront then tries again, once the
        // burst is over. Routing must never oversell with the orders placed.
        const settled = await Promise.allSettled(
          carts.map((c) => completeCart(api, c.id, store))
        )
        const orders: { id: string }[] = []
        for (const [i, result] of settled.entries()) {
          if (result.status === "fulfilled") {
            orders.push(result.value)
            continue
          }
          const retried = await completeCart(api, carts[i].id, store).catch(
            () => null
          )
          if (retried) {
            orders.push(retried)
          }
        }
        expect(orders.length).toBeGreaterThanOrEqual(4)
        const decisions = await Promise.all(
          orders.map((o) => waitForRouting(o.id))
        )
        const atBranch = decisions.filter((d) =>
          d.allocations.some((a) => a.location_id === gz)
        )
        expect(atBranch).toHaveLength(3)
        expect(decisions.every((d) => d.status === "allocated")).toBe(true)
        const after = await level(KETTLE, gz)
        expect(after.reserved).toEqual(after.stocked)
        expect(after.reserved).toBeLessThanOrEqual(after.stocked)
      })
    })

    describe("rules, simulation and centroids", () => {
      it("simulates without side effects, following the rules an admin saves", async () => {
        const before = await level(KETTLE, seed.stock_locations.chengdu)
        const body = {
          shipping_address: {
            country_code: "cn",
            province: "四川",
            city: "成都",
            postal_code: "610041",
          },
          items: [{ variant_id: variant(KETTLE).id, quantity: 2 }],
          sales_channel_id: seed.sales_channels.online,
        }
        const { data } = await api.post(
          "/admin/mall/routing/simulate",
          body,
          admin
        )
        expect(data.simulation).toEqual(
          expect.objectContaining({
            status: "allocated",
            summary: "Ships from Chengdu Branch.",
            allocations: [
              expect.objectContaining({
                location_id: seed.stock_locations.chengdu,
                location_name: "Chengdu Branch",
                quantity: 2,
                sku: KETTLE,
              }),
            ],
            geocode: expect.objectContaining({ source: "postal_prefix" }),
          })
        )
        expect(await level(KETTLE, seed.stock_locations.chengdu)).toEqual(
          before
        )

        // Priority only: HQ (priority 10) wins over the area branch.
        const { data: current } = await api.get(
          "/admin/mall/routing/rules",
          admin
        )
        const rules = current.routing_rules.rules.map(
          (r: { id: string; enabled: boolean }) => ({
            ...r,
            enabled: r.id === "priority",
          })
        )
        const { data: saved } = await api.post(
          "/admin/mall/routing/rules",
          { rules },
          admin
        )
        expect(saved.routing_rules.source).toEqual("settings")
        try {
          const { data: byPriority } = await api.post(
            "/admin/mall/routing/simulate",
            body,
            admin
          )
          expect(byPriority.simulation.allocations[0].location_id).toEqual(
            seed.stock_locations.shanghai
          )
        } finally {
          await api.post(
            "/admin/mall/routing/rules",
            { rules: current.routing_rules.rules },
            admin
          )
        }

        const none = await api.post(
          "/admin/mall/routing/simulate",
          {
            ...body,
            items: [{ variant_id: variant(FRIDGE_GOLD).id, quantity: 500 }],
          },
          admin
        )
        // HQ has a few; the rest of the 500 has nowhere to come from.
        expect(none.data.simulation.status).toEqual("partial")
        expect(none.data.simulation.unallocated[0].reason).toEqual(
          expect.any(String)
        )
      })

      it("rejects bad rules and bad simulations with clear messages", async () => {
        const badRules = await expectHttpError(
          api.post(
            "/admin/mall/routing/rules",
            {
              rules: [
                {
                  id: "fewest_splits",
                  enabled: true,
                  params: { max_splits: 99 },
                },
                { id: "teleport", enabled: true, params: {} },
              ],
            },
            admin
          )
        )
        expect(badRules.status).toEqual(400)
        expect(badRules.data.message).toContain("rules[0].params.max_splits")
        expect(badRules.data.message).toContain("teleport")

        const badSim = await expectHttpError(
          api.post(
            "/admin/mall/routing/simulate",
            {
              shipping_address: { country_code: "China" },
              items: [{ variant_id: "variant_nope", quantity: 0 }],
            },
            admin
          )
        )
        expect(badSim.status).toEqual(400)
        expect(badSim.data.message).toContain("2-letter ISO 3166-1")
        expect(badSim.data.message).toContain(
          "items[].quantity must be at least 1"
        )

        const unknownVariant = await expectHttpError(
          api.post(
            "/admin/mall/routing/simulate",
            {
              shipping_address: { country_code: "cn" },
              items: [{ variant_id: "variant_nope", quantity: 1 }],
            },
            admin
          )
        )
        expect(unknownVariant.status).toEqual(400)
        expect(unknownVariant.data.message).toEqual(
          "No product variant with id variant_nope"
        )
      })

      it("imports centroids from CSV, keeping good rows and reporting bad ones", async () => {
        const csv = [
          "country_code,province,city,postal_prefix,aliases,latitude,longitude,label",
          "cn,hubei,,,湖北|湖北省|cn-hb,30.59,114.30,Hubei",
          "cn,hubei,wuhan,430,武汉,30.59,114.30,Wuhan",
          "china,hubei,,,,,200,Broken",
        ].join("\n")
        const form = new FormData()
        form.append(
          "file",
          new Blob([csv], { type: "text/csv" }),
          "centroids.csv"
        )
        const { data } = await api.post(
          "/admin/mall/routing/centroids",
          form,
          admin
        )
        expect(data.errors).toEqual([
          expect.objectContaining({
            line: 4,
            message: expect.stringContaining('country_code "china"'),
          }),
        ])
        expect(data.imported + data.updated).toEqual(2)

        const again = await api.post(
          "/admin/mall/routing/centroids",
          {
            centroids: [
              {
                country_code: "cn",
                province: "hubei",
                city: "wuhan",
                postal_prefix: "430",
                aliases: ["武汉"],
                latitude: 30.6,
                longitude: 114.31,
                label: "Wuhan",
              },
            ],
          },
          admin
        )
        expect(again.data).toEqual({ imported: 0, updated: 1, errors: [] })

        const { data: list } = await api.get(
          "/admin/mall/routing/centroids?q=wuhan",
          admin
        )
        expect(list.centroids).toEqual(
          expect.arrayContaining([
            expect.objectContaining({ postal_prefix: "430", latitude: 30.6 }),
          ])
        )

        const { data: sim } = await api.post(
          "/admin/mall/routing/simulate",
          {
            shipping_address: {
              country_code: "cn",
              province: "Hubei",
              postal_code: "430070",
            },
            items: [{ variant_id: variant(KETTLE).id, quantity: 1 }],
            sales_channel_id: seed.sales_channels.online,
          },
          admin
        )
        expect(sim.simulation.geocode).toEqual(
          expect.objectContaining({
            source: "postal_prefix",
            label: expect.stringContaining("Wuhan"),
          })
        )
      })
    })
  },
})
