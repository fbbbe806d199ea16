import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { MathBN, Modules } from "@medusajs/framework/utils"
import type { MedusaContainer } from "@medusajs/framework/types"
import { loginAdmin } from "../../helpers/auth"
import {
  completeCart,
  prepareCart,
  prepareCarts,
  type CheckoutAddress,
} from "../../helpers/checkout"
import { expectHttpError, type RequestConfig } from "../../helpers/http"
import type MallChannelInventoryModuleService from "../../../src/modules/channel-inventory/service"
import { MALL_CHANNEL_INVENTORY_MODULE } from "../../../src/types/modules"
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

      it("moves once per idempotency key, and refuses the key for another transfer", async () => {
        await stockOnlyInShanghai(GOLD, 10)
        await allocate({
          sku: GOLD,
          mode: "split",
          offline_pool: 4,
          last_unit_policy: "no_borrowing",
        })
        const body = {
          sku: GOLD,
          location_id: shanghai(),
          from: "offline",
          quantity: 2,
          reason: "retried by a flaky network",
          idempotency_key: "tr-0001",
        }
        const transfer = (b: Record<string, unknown>) =>
          api.post("/admin/mall/channel-inventory/transfers", b, admin)
        const results = await Promise.all([transfer(body), transfer(body)])
        const again = await transfer(body)
        const all = [...results, again].map((r) => r.data.transfer)
        expect(all.filter((t) => !t.replayed)).toHaveLength(1)
        expect(new Set(all.map((t) => t.movement_id)).size).toBe(1)
        expect(again.data.transfer).toMatchObject({
          replayed: true,
          quantity: 2,
          before: { offline_pool: 2 },
          after: { offline_pool: 2 },
        })
        expect(await storefrontQuantity(GOLD)).toBe(8)

        const { data: ledger } = await api.get(
          `/admin/mall/channel-inventory/movements?external_id=transfer:tr-0001`,
          admin
        )
        expect(ledger.movements).toHaveLength(1)

        const reused = await expectHttpError(transfer({ ...body, quantity: 1 }))
        expect(reused.status).toBe(422)
        expect(reused.data.message).toContain(
          'idempotency key "tr-0001" was already used'
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
      // `npm run test:stress` runs this race at the size: 100
      // checkouts and 100 offline sales on 50 units. The default suite runs
      // it at 20 + 20 on 10 units, which fits CI's time on two cores.
      const RACE = Number(process.env.MALL_RACE_SIZE ?? 20)
      const STOCK = RACE / 2
      const POOL = RACE / 5

      it(`never sells more than the stock or a pool allows (${RACE} checkouts, ${RACE} offline sales, ${RACE / 2} units)`, async () => {
        await stockOnlyInShanghai(GOLD, STOCK)
        await allocate({
          sku: GOLD,
          mode: "split",
          offline_pool: POOL,
          last_unit_policy: "no_borrowing",
        })
        const carts = await prepareCarts(
          api,
          {
            headers: store,
            region_id: seed.regions.china.id,
            email: "buyer@example.com",
            items: [{ variant_id: variant(GOLD).id, quantity: 1 }],
            shipping_address: SHANGHAI,
            provider_id: PREPAID,
          },
          RACE
        )
        // Branch tills each sync ten one-unit sales while the buyers check
        // out: the two channels race for the item's lock and units.
        const results = await Promise.allSettled([
          ...carts.map((c) => completeCart(api, c.id, store)),
          ...Array.from({ length: RACE / 10 }, () =>
            movements(Array.from({ length: 10 }, () => sale(1)))
          ),
        ])
        const online = results
          .slice(0, RACE)
          .filter((r) => r.status === "fulfilled").length
        const offline = results
          .slice(RACE)
          .reduce(
            (sum, r) =>
              sum +
              (r.status === "fulfilled"
                ? (r.value as { applied: number }).applied
                : 0),
            0
          )
        // Both channels really sold: the race was a race.
        expect(online).toBeGreaterThan(0)
        expect(online).toBeLessThanOrEqual(STOCK - POOL)
        expect(offline).toBeLessThanOrEqual(POOL)
        expect(online + offline).toBeLessThanOrEqual(STOCK)
        // The offline pool was there to be sold: every branch sale fits.
        expect(offline).toBe(POOL)

        const p = await position(GOLD)
        expect(p).toMatchObject({
          stocked: STOCK - offline,
          reserved_online: online,
          offline_pool: POOL - offline,
        })
        expect(await level(GOLD)).toEqual({
          stocked: STOCK - offline,
          reserved: online + p.hold,
        })
        const { data: ledger } = await api.get(
          `/admin/mall/channel-inventory/movements?sku=${GOLD}&type=offline_sale&limit=500`,
          admin
        )
        expect(ledger.count).toBe(offline)
      })
    })

    describe("suggestions", () => {
      const DAY = 24 * 60 * 60 * 1000
      const daysAgo = (n: number) =>
        new Date(Date.now() - n * DAY).toISOString()

      /** Online sales as the fulfilment subscriber records them. */
      const onlineSales = async (quantities: number[]) => {
        const channel =
          getContainer().resolve<MallChannelInventoryModuleService>(
            MALL_CHANNEL_INVENTORY_MODULE
          )
        await channel.appendMovements(
          quantities.map((q, i) => ({
            external_id: `fulfillment:test-${++seq}`,
            inventory_item_id: variant(GOLD).inventory_item_id,
            location_id: shanghai(),
            sku: GOLD,
            type: "online_sale" as const,
            channel: "online" as const,
            quantity: -q,
            stocked_delta: -q,
            offline_pool_delta: 0,
            borrowed: 0,
            source: "order",
            reference: null,
            reason: null,
            occurred_at: daysAgo(i + 1),
            created_by: null,
          }))
        )
      }

      it("proposes the offline pool from sales velocity, and applies it as a transfer", async () => {
        await stockOnlyInShanghai(GOLD, 60)
        await allocate({
          sku: GOLD,
          mode: "split",
          offline_pool: 40,
          offline_safety_stock: 2,
          last_unit_policy: "no_borrowing",
        })
        // Offline: 10 + 6 sold, 2 returned in the last 14 days; 5 sold a
        // month ago, outside the window. Online: 42 in the last 14 days.
        const report = await movements([
          sale(10, { occurred_at: daysAgo(2) }),
          sale(6, { occurred_at: daysAgo(9) }),
          sale(2, { type: "offline_return", occurred_at: daysAgo(3) }),
          sale(5, { occurred_at: daysAgo(30) }),
        ])
        expect(report.applied).toBe(4)
        await onlineSales([20, 22])
        // Another location's stock of the item stays shared: not suggested.
        const url = `/admin/mall/channel-inventory/suggestions?sku=${GOLD}`

        const { data } = await api.get(
          `${url}&window_days=14&cover_days=7`,
          admin
        )
        expect(data).toMatchObject({
          count: 1,
          offset: 0,
          window_days: 14,
          cover_days: 7,
        })
        const s = data.suggestions[0]
        // 60 − 21 + 2 stocked; pool 40 − 21 + 2.
        expect(s).toMatchObject({
          sku: GOLD,
          location_id: shanghai(),
          location_name: "Shanghai HQ Warehouse",
          status: "move",
          stocked: 41,
          offline_pool: 21,
          online_pool: 20,
          sales: { online: 42, offline: 14 },
          velocity: { online: 3, offline: 1 },
          offline_demand: 7,
          offline_target: 9,
          suggested_offline_pool: 9,
          suggested_online_pool: 32,
          transfer: { from: "offline", quantity: 12 },
          transfer_reason: "Suggestion: 7 days of cover from 14 days of sales",
        })
        expect(s.reasoning).toBe(
          "Offline sold 14 in 14 days (1.0/day), online 42 (3.0/day). 7 days of offline cover (7) plus 2 safety stock = 9; the offline pool has 21: move 12 from offline to online."
        )

        // The plugin's defaults: 28 days, 7 days of cover.
        const { data: byDefault } = await api.get(url, admin)
        expect(byDefault).toMatchObject({ window_days: 28, cover_days: 7 })
        // 0.5 a day for 7 days is 3.5, rounded up: 4 + 2.
        expect(byDefault.suggestions[0]).toMatchObject({
          velocity: { offline: 0.5, online: 1.5 },
          offline_target: 6,
          transfer: { from: "offline", quantity: 15 },
        })

        // One click: the transfer route with the suggested numbers.
        const { data: applied } = await api.post(
          "/admin/mall/channel-inventory/transfers",
          {
            sku: GOLD,
            location_id: shanghai(),
            ...s.transfer,
            reason: s.transfer_reason,
            source: "suggestion",
          },
          admin
        )
        expect(applied.position).toMatchObject({
          offline_pool: 9,
          online_pool: 32,
          online_available: 32,
        })
        expect(await storefrontQuantity(GOLD)).toBe(32)
        const { data: ledger } = await api.get(
          `/admin/mall/channel-inventory/movements?sku=${GOLD}&type=transfer`,
          admin
        )
        expect(ledger.movements[0]).toMatchObject({
          source: "suggestion",
          reason: "Suggestion: 7 days of cover from 14 days of sales",
          quantity: -12,
        })

        const { data: after } = await api.get(
          `${url}&window_days=14&cover_days=7`,
          admin
        )
        expect(after.suggestions[0]).toMatchObject({
          status: "balanced",
          transfer: null,
        })
        expect(after.suggestions[0].reasoning).toContain("no transfer needed")

        // Nothing sold in the last day: nothing to suggest, and why.
        const { data: quiet } = await api.get(`${url}&window_days=1`, admin)
        expect(quiet.suggestions[0]).toMatchObject({
          status: "no_sales",
          transfer: null,
          reasoning:
            "No sales in the last 1 day, online or offline: there is nothing to base a suggestion on.",
        })
      })

      it("rejects bad query parameters with a message", async () => {
        const cases: [string, RegExp][] = [
          ["window_days=0", /window_days must be from 1 to 365 days/],
          ["window_days=400", /window_days must be from 1 to 365 days/],
          ["cover_days=abc", /cover_days must be a number of days/],
          ["cover_days=2.5", /cover_days must be a whole number of days/],
          ["limit=0", /limit must be between 1 and 500/],
        ]
        for (const [query, message] of cases) {
          const error = await expectHttpError(
            api.get(`/admin/mall/channel-inventory/suggestions?${query}`, admin)
          )
          expect([query, error.status]).toEqual([query, 400])
          expect(error.data.message).toMatch(message)
        }
        const source = await expectHttpError(
          api.post(
            "/admin/mall/channel-inventory/transfers",
            {
              sku: GOLD,
              location_id: shanghai(),
              from: "offline",
              quantity: 1,
              reason: "x",
              source: "robot",
            },
            admin
          )
        )
        expect(source.status).toBe(400)
        expect(source.data.message).toContain(
          "source must be admin or suggestion"
        )
      })
    })
  },
})
