import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { MathBN, Modules } from "@medusajs/framework/utils"
import type { MedusaContainer } from "@medusajs/framework/types"
import { loginAdmin } from "../../helpers/auth"
import {
  completeCart,
  prepareCart,
  type CheckoutAddress,
} from "../../helpers/checkout"
import { expectHttpError, type RequestConfig } from "../../helpers/http"
import {
  seedMall,
  storeHeaders,
  type SeededEnterprise,
} from "../../helpers/seeders"

jest.setTimeout(300_000)

const PREPAID = "pp_system_default"
const GOLD = "HX-BCD520-GLD"
const SHANGHAI: CheckoutAddress = {
  first_name: "Li",
  last_name: "Na",
  address_1: "1 Nanjing Road",
  city: "Shanghai",
  province: "Shanghai",
  postal_code: "200040",
  country_code: "cn",
  phone: "+8613900139000",
}

type Position = {
  inventory_item_id: string
  sku: string
  location_id: string
  mode: string
  last_unit_policy: string
  stocked: number
  reserved_online: number
  offline_pool: number
  online_pool: number
  online_available: number
  offline_available: number
  hold: number
  online_safety_stock: number
  offline_safety_stock: number
  has_allocation: boolean
}

const num = (v: unknown) => MathBN.convert(v as number).toNumber()

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let seed: SeededEnterprise
    let admin: RequestConfig
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
    })

    const variant = (sku: string) => {
      for (const p of seed.products) {
        const v = p.variants.find((x) => x.sku === sku)
        if (v) {
          return { ...v, product_id: p.id, handle: p.handle }
        }
      }
      throw new Error(`No seeded variant ${sku}`)
    }
    const shanghai = () => seed.stock_locations.shanghai

    /** Sets the item's stock: `stocked` at Shanghai, none elsewhere. */
    const stockOnlyInShanghai = async (sku: string, stocked: number) => {
      const container: MedusaContainer = getContainer()
      const inventory = container.resolve(Modules.INVENTORY)
      const item = variant(sku).inventory_item_id
      const levels = await inventory.listInventoryLevels(
        { inventory_item_id: item },
        { take: null }
      )
      await inventory.updateInventoryLevels(
        levels.map((l) => ({
          inventory_item_id: item,
          location_id: l.location_id,
          stocked_quantity: l.location_id === shanghai() ? stocked : 0,
        }))
      )
    }

    const level = async (sku: string) => {
      const inventory = getContainer().resolve(Modules.INVENTORY)
      const [l] = await inventory.listInventoryLevels({
        inventory_item_id: variant(sku).inventory_item_id,
        location_id: shanghai(),
      })
      return {
        stocked: num(l.stocked_quantity),
        reserved: num(l.reserved_quantity),
      }
    }

    const position = async (sku: string): Promise<Position> => {
      const { data } = await api.get(
        `/admin/mall/channel-inventory?sku=${sku}&location_id=${shanghai()}`,
        admin
      )
      expect(data.count).toBe(1)
      return data.positions[0]
    }

    const allocate = async (body: Record<string, unknown>) =>
      (
        await api.post(
          "/admin/mall/channel-inventory/allocations",
          { location_id: shanghai(), ...body },
          admin
        )
      ).data

    const storefrontQuantity = async (sku: string) => {
      const { data } = await api.get(
        `/store/products?handle=${variant(sku).handle}&region_id=${seed.regions.china.id}&fields=+variants.inventory_quantity`,
        store
      )
      return data.products[0].variants.find(
        (v: { sku: string }) => v.sku === sku
      ).inventory_quantity as number
    }

    const movements = async (lines: Record<string, unknown>[]) =>
      (
        await api.post(
          "/admin/mall/channel-inventory/movements",
          { movements: lines, source: "pos" },
          admin
        )
      ).data

    let seq = 0
    const sale = (quantity: number, extra: Record<string, unknown> = {}) => ({
      external_id: `pos-${++seq}`,
      sku: GOLD,
      location: "Shanghai HQ Warehouse",
      quantity,
      type: "offline_sale",
      occurred_at: "2026-11-01T10:00:00+08:00",
      ...extra,
    })

    const cartFor = (quantity: number, i = 0) =>
      prepareCart(api, {
        headers: store,
        region_id: seed.regions.china.id,
        email: `buyer.${i}@example.com`,
        items: [{ variant_id: variant(GOLD).id, quantity }],
        shipping_address: SHANGHAI,
        provider_id: PREPAID,
      })

    describe("split position and the storefront", () => {
      it("sells online up to the online pool and no further", async () => {
        await stockOnlyInShanghai(GOLD, 10)
        const { positions } = await allocate({
          sku: GOLD,
          mode: "split",
          offline_pool: 4,
          last_unit_policy: "no_borrowing",
          reason: "branch sales need 4",
        })
        expect(positions[0]).toMatchObject({
          mode: "split",
          stocked: 10,
          offline_pool: 4,
          online_pool: 6,
          online_available: 6,
          offline_available: 4,
          hold: 4,
          has_allocation: true,
        })
        expect(await level(GOLD)).toEqual({ stocked: 10, reserved: 4 })
        expect(await storefrontQuantity(GOLD)).toBe(6)

        // More than the online pool cannot even go into a cart.
        const tooMany = await expectHttpError(cartFor(7))
        expect(tooMany.status).toBe(400)

        const cart = await cartFor(6)
        await completeCart(api, cart.id, store)
        expect(await storefrontQuantity(GOLD)).toBe(0)
        expect(await position(GOLD)).toMatchObject({
          reserved_online: 6,
          online_available: 0,
          offline_pool: 4,
          offline_available: 4,
        })
        const more = await expectHttpError(cartFor(1, 1))
        expect(more.status).toBe(400)
        expect(await level(GOLD)).toEqual({ stocked: 10, reserved: 10 })
      })
    })

    describe("offline sync", () => {
      it("applies, reports duplicates and rejections, and borrows per policy", async () => {
        await stockOnlyInShanghai(GOLD, 10)
        await allocate({
          sku: GOLD,
          mode: "split",
          offline_pool: 4,
          last_unit_policy: "no_borrowing",
        })
        const first = sale(2)
        const report = await movements([
          first,
          { ...first, quantity: 1 },
          sale(1, { sku: "NO-SUCH-SKU" }),
          sale(0),
          sale(1, { location: "Atlantis" }),
          sale(3),
          sale(1, { type: "offline_return" }),
        ])
        expect(report).toMatchObject({
          applied: 2,
          duplicate: 1,
          rejected: 4,
          borrowed: 0,
        })
        expect(report.lines.map((l: { outcome: string }) => l.outcome)).toEqual(
          [
            "applied",
            "duplicate",
            "rejected",
            "rejected",
            "rejected",
            "rejected",
            "applied",
          ]
        )
        expect(report.lines[2].reason).toContain('"NO-SUCH-SKU"')
        expect(report.lines[3].reason).toContain("quantity")
        expect(report.lines[4].reason).toContain("Atlantis")
        expect(report.lines[5].reason).toContain("no_borrowing")

        // 10 − 2 + 1; pool 4 − 2 + 1
        expect(await position(GOLD)).toMatchObject({
          stocked: 9,
          offline_pool: 3,
          online_available: 6,
        })
        expect(await level(GOLD)).toEqual({ stocked: 9, reserved: 3 })

        // Sent again: nothing changes.
        const again = await movements([first])
        expect(again).toMatchObject({ applied: 0, duplicate: 1 })
        expect((await level(GOLD)).stocked).toBe(9)

        // offline_first lets the branch borrow online's free units.
        await allocate({ sku: GOLD, last_unit_policy: "offline_first" })
        const borrow = await movements([sale(5)])
        expect(borrow).toMatchObject({ applied: 1, borrowed: 2 })
        expect(borrow.lines[0]).toMatchObject({
          outcome: "applied",
          borrowed: 2,
        })
        expect(await position(GOLD)).toMatchObject({
          stocked: 4,
          offline_pool: 0,
          online_available: 4,
        })
        expect(await storefrontQuantity(GOLD)).toBe(4)

        const { data: ledger } = await api.get(
          `/admin/mall/channel-inventory/movements?sku=${GOLD}&type=offline_sale`,
          admin
        )
        expect(ledger.count).toBe(2)
        expect(ledger.movements[0]).toMatchObject({
          type: "offline_sale",
          channel: "offline",
          quantity: -5,
          stocked_delta: -5,
          offline_pool_delta: -3,
          borrowed: 2,
          source: "pos",
        })
      })

      it("takes a CSV upload with a per-line report", async () => {
        await stockOnlyInShanghai(GOLD, 10)
        await allocate({ sku: GOLD, mode: "split", offline_pool: 5 })
        const csv = [
          "external_id,sku,location,quantity,type,occurred_at,pool,direction",
          `erp-1,${GOLD},${shanghai()},2,offline_sale,2026-11-01T10:00:00Z,,`,
          `erp-2,${GOLD},${shanghai()},3,receipt,2026-11-01T11:00:00Z,online,`,
          `erp-3,${GOLD},${shanghai()},1,adjustment,2026-11-01T12:00:00Z,offline,`,
          `erp-1,${GOLD},${shanghai()},2,offline_sale,2026-11-01T10:00:00Z,,`,
          `erp-4,${GOLD},${shanghai()},1,adjustment,2026-11-01T12:00:00Z,offline,decrease`,
        ].join("\n")
        const form = new FormData()
        form.append("file", new Blob([csv], { type: "text/csv" }), "pos.csv")
        const { data } = await api.post(
          "/admin/mall/channel-inventory/movements",
          form,
          admin
        )
        expect(data.lines).toEqual([
          { line: 2, external_id: "erp-1", outcome: "applied" },
          { line: 3, external_id: "erp-2", outcome: "applied" },
          expect.objectContaining({
            line: 4,
            outcome: "rejected",
            reason: expect.stringContaining("direction"),
          }),
          expect.objectContaining({ line: 5, outcome: "duplicate" }),
          { line: 6, external_id: "erp-4", outcome: "applied" },
        ])
        // 10 − 2 + 3 − 1; pool 5 − 2 − 1
        expect(await position(GOLD)).toMatchObject({
          stocked: 10,
          offline_pool: 2,
        })

        const bad = await expectHttpError(
          (() => {
            const f = new FormData()
            f.append(
              "file",
              new Blob(["sku,qty\nA,1"], { type: "text/csv" }),
              "bad.csv"
            )
            return api.post("/admin/mall/channel-inventory/movements", f, admin)
          })()
        )
        expect(bad.status).toBe(400)
        expect(bad.data.message).toContain("unknown columns")
      })
    })

    describe("last-unit policies", () => {
      it("gives each policy its own figures and its own answer to a large offline sale", async () => {
        const expected = {
          no_borrowing: { online: 6, offline: 4, sale: false },
          offline_first: { online: 6, offline: 10, sale: true },
          online_first: { online: 9, offline: 4, sale: false },
          fcfs: { online: 9, offline: 10, sale: true },
        } as const
        for (const [policy, want] of Object.entries(expected)) {
          await stockOnlyInShanghai(GOLD, 10)
          await allocate({
            sku: GOLD,
            mode: "split",
            offline_pool: 4,
            offline_safety_stock: 1,
            online_safety_stock: 0,
            last_unit_policy: policy,
          })
          const p = await position(GOLD)
          // Offline keeps its safety stock out of its own sales.
          expect([policy, p.online_available, p.offline_available]).toEqual([
            policy,
            want.online,
            want.offline - 1,
          ])
          expect(await storefrontQuantity(GOLD)).toBe(want.online)
          const report = await movements([sale(6)])
          expect([policy, report.applied]).toEqual([policy, want.sale ? 1 : 0])
          // Back to 10 with a fresh pool for the next policy.
          if (want.sale) {
            await movements([
              sale(6, {
                type: "receipt",
                pool: "online",
              }),
            ])
          }
        }
      })

      it("keeps a shared position's safety stocks", async () => {
        await stockOnlyInShanghai(GOLD, 10)
        const { positions } = await allocate({
          sku: GOLD,
          mode: "shared",
          online_safety_stock: 2,
          offline_safety_stock: 1,
        })
        expect(positions[0]).toMatchObject({
          online_pool: 10,
          offline_pool: 0,
          online_available: 8,
          offline_available: 9,
          hold: 2,
        })
        expect(await storefrontQuantity(GOLD)).toBe(8)
        const report = await movements([sale(10)])
        expect(report.rejected).toBe(1)
        expect((await movements([sale(9)])).applied).toBe(1)
        expect(await level(GOLD)).toEqual({ stocked: 1, reserved: 1 })
      })
    })

    describe("transfers", () => {
      it("moves units between pools, audited, and refuses what a pool lacks", async () => {
        await stockOnlyInShanghai(GOLD, 10)
        await allocate({
          sku: GOLD,
          mode: "split",
          offline_pool: 4,
          last_unit_policy: "no_borrowing",
        })
        const { data } = await api.post(
          "/admin/mall/channel-inventory/transfers",
          {
            sku: GOLD,
            location_id: shanghai(),
            from: "offline",
            quantity: 3,
            reason: "Singles' Day online campaign",
          },
          admin
        )
        expect(data.transfer).toMatchObject({
          from: "offline",
          to: "online",
          quantity: 3,
          before: { offline_pool: 4, online_available: 6 },
          after: { offline_pool: 1, online_available: 9 },
        })
        expect(await storefrontQuantity(GOLD)).toBe(9)
        expect(await level(GOLD)).toEqual({ stocked: 10, reserved: 1 })

        const refused = await expectHttpError(
          api.post(
            "/admin/mall/channel-inventory/transfers",
            {
              inventory_item_id: variant(GOLD).inventory_item_id,
              location_id: "Shanghai HQ Warehouse",
              from: "offline",
              quantity: 2,
              reason: "too much",
            },
            admin
          )
        )
        expect(refused.status).toBe(400)
        expect(refused.data.message).toContain("offline pool has 1 unit")

        const { data: audit } = await api.get(
          `/admin/mall/audit?entity_type=channel_movement`,
          admin
        )
        expect(audit.audit_entries ?? audit.entries).toEqual(
          expect.arrayContaining([
            expect.objectContaining({
              action: "channel_stock.transferred",
              reason: "Singles' Day online campaign",
            }),
          ])
        )
      })

      it("rejects bad input with 4xx and a message", async () => {
        const cases: [string, Record<string, unknown>, RegExp][] = [
          [
            "/admin/mall/channel-inventory/transfers",
            {
              sku: GOLD,
              location_id: shanghai(),
              from: "store",
              quantity: 1,
              reason: "x",
            },
            /from must be online or offline/,
          ],
          [
            "/admin/mall/channel-inventory/transfers",
            {
              sku: GOLD,
              location_id: shanghai(),
              from: "online",
              quantity: 0,
              reason: "x",
            },
            /quantity must be a whole number/,
          ],
          [
            "/admin/mall/channel-inventory/transfers",
            {
              location_id: shanghai(),
              from: "online",
              quantity: 1,
              reason: "x",
            },
            /either sku or inventory_item_id/,
          ],
          [
            "/admin/mall/channel-inventory/allocations",
            { sku: GOLD, last_unit_policy: "greedy" },
            /last_unit_policy must be one of/,
          ],
          [
            "/admin/mall/channel-inventory/allocations",
            { sku: GOLD },
            /Nothing to change/,
          ],
          [
            "/admin/mall/channel-inventory/movements",
            { movements: [] },
            /at least one movement/,
          ],
          [
            "/admin/mall/channel-inventory/movements",
            { movements: ["x"] },
            /must be an object/,
          ],
        ]
        for (const [url, body, message] of cases) {
          const error = await expectHttpError(api.post(url, body, admin))
          expect([url, error.status]).toEqual([url, 400])
          expect(error.data.message).toMatch(message)
        }
        const unknown = await expectHttpError(
          api.post(
            "/admin/mall/channel-inventory/transfers",
            {
              sku: "NOPE",
              location_id: shanghai(),
              from: "online",
              quantity: 1,
              reason: "x",
            },
            admin
          )
        )
        expect(unknown.status).toBe(404)
        const shared = await expectHttpError(
          api.post(
            "/admin/mall/channel-inventory/allocations",
            {
              sku: GOLD,
              location_id: shanghai(),
              mode: "shared",
              offline_pool: 2,
            },
            admin
          )
        )
        expect(shared.status).toBe(400)
        expect(shared.data.message).toContain("is shared")
        const query = await expectHttpError(
          api.get("/admin/mall/channel-inventory?limit=0", admin)
        )
        expect(query.status).toBe(400)
      })
    })

    describe("concurrency", () => {
      it("never sells more than the stock or a pool allows", async () => {
        await stockOnlyInShanghai(GOLD, 50)
        await allocate({
          sku: GOLD,
          mode: "split",
          offline_pool: 20,
          last_unit_policy: "no_borrowing",
        })
        // One cart the long way gives the shipping option; the rest are quick.
        const first = await cartFor(1, 0)
        const option_id = first.shipping_methods[0].shipping_option_id
        const quickCart = async (i: number) => {
          const {
            data: { cart },
          } = await api.post(
            "/store/carts",
            {
              region_id: seed.regions.china.id,
              email: `buyer.${i}@example.com`,
              items: [{ variant_id: variant(GOLD).id, quantity: 1 }],
              shipping_address: SHANGHAI,
            },
            store
          )
          await api.post(
            `/store/carts/${cart.id}/shipping-methods`,
            { option_id },
            store
          )
          const {
            data: { payment_collection },
          } = await api.post(
            "/store/payment-collections",
            { cart_id: cart.id },
            store
          )
          await api.post(
            `/store/payment-collections/${payment_collection.id}/payment-sessions`,
            { provider_id: PREPAID },
            store
          )
          return cart as { id: string }
        }
        const carts: { id: string }[] = [first]
        for (let i = 1; i < 100; i += 10) {
          carts.push(
            ...(await Promise.all(
              Array.from({ length: Math.min(10, 100 - i) }, (_, j) =>
                quickCart(i + j)
              )
            ))
          )
        }
        const results = await Promise.allSettled([
          ...carts.map((c) => completeCart(api, c.id, store)),
          ...Array.from({ length: 100 }, () => movements([sale(1)])),
        ])
        const online = results
          .slice(0, 100)
          .filter((r) => r.status === "fulfilled").length
        const offline = results
          .slice(100)
          .filter(
            (r) =>
              r.status === "fulfilled" &&
              (r.value as { applied: number }).applied === 1
          ).length
        expect(online).toBeLessThanOrEqual(30)
        expect(offline).toBeLessThanOrEqual(20)
        expect(online + offline).toBeLessThanOrEqual(50)
        // The offline pool was there to be sold: every branch sale fits.
        expect(offline).toBe(20)

        const p = await position(GOLD)
        expect(p).toMatchObject({
          stocked: 50 - offline,
          reserved_online: online,
          offline_pool: 20 - offline,
        })
        expect(await level(GOLD)).toEqual({
          stocked: 50 - offline,
          reserved: online + p.hold,
        })
        const { data: ledger } = await api.get(
          `/admin/mall/channel-inventory/movements?sku=${GOLD}&type=offline_sale&limit=500`,
          admin
        )
        expect(ledger.count).toBe(offline)
      })
    })
  },
})
