import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { MathBN, Modules } from "@medusajs/framework/utils"
import type { MedusaContainer } from "@medusajs/framework/types"
import { loginAdmin } from "../../helpers/auth"
import type { RequestConfig } from "../../helpers/http"
import type MallChannelInventoryModuleService from "../../../src/modules/channel-inventory/service"
import type { ChannelAllocationSettings } from "../../../src/types/channel-inventory"
import { MALL_CHANNEL_INVENTORY_MODULE } from "../../../src/types/modules"
import {
  HOLD_DESCRIPTION,
  syncChannelHoldsWorkflow,
} from "../../../src/workflows/channel-inventory"
import {
  seedMall,
  storeHeaders,
  type SeededEnterprise,
} from "../../helpers/seeders"

jest.setTimeout(300_000)

const GOLD = "HX-BCD520-GLD"

const num = (v: unknown) => MathBN.convert(v as number).toNumber()

const SHARED_ZERO: ChannelAllocationSettings = {
  mode: "shared",
  online_safety_stock: 0,
  offline_safety_stock: 0,
  last_unit_policy: "fcfs",
}

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
    const item = () => variant(GOLD).inventory_item_id
    const shanghai = () => seed.stock_locations.shanghai

    const channel = () =>
      (
        getContainer() as MedusaContainer
      ).resolve<MallChannelInventoryModuleService>(
        MALL_CHANNEL_INVENTORY_MODULE
      )
    const saveDefaults = (defaults: Partial<ChannelAllocationSettings>) =>
      channel().saveChannelDefaults({ ...SHARED_ZERO, ...defaults }, null)

    const sync = async (input: Record<string, unknown> = {}) =>
      (await syncChannelHoldsWorkflow(getContainer()).run({ input })).result

    /** Sets the item's stock through the module (no workflow, no event): `stocked` at Shanghai, none elsewhere. */
    const stockOnlyInShanghai = async (stocked: number) => {
      const inventory = getContainer().resolve(Modules.INVENTORY)
      const levels = await inventory.listInventoryLevels(
        { inventory_item_id: item() },
        { take: null }
      )
      await inventory.updateInventoryLevels(
        levels.map((l) => ({
          inventory_item_id: item(),
          location_id: l.location_id,
          stocked_quantity: l.location_id === shanghai() ? stocked : 0,
        }))
      )
    }

    /** Changes the stock the way an admin does in Medusa's inventory page (a core workflow, which emits the event). */
    const adminSetsStock = async (stocked_quantity: number) =>
      await api.post(
        `/admin/inventory-items/${item()}/location-levels/${shanghai()}`,
        { stocked_quantity },
        admin
      )

    const level = async (location_id = shanghai()) => {
      const inventory = getContainer().resolve(Modules.INVENTORY)
      const [l] = await inventory.listInventoryLevels({
        inventory_item_id: item(),
        location_id,
      })
      return {
        stocked: num(l.stocked_quantity),
        reserved: num(l.reserved_quantity),
      }
    }

    const holds = async (location_id = shanghai()) => {
      const inventory = getContainer().resolve(Modules.INVENTORY)
      const found = await inventory.listReservationItems(
        {
          inventory_item_id: item(),
          location_id,
          description: HOLD_DESCRIPTION,
        },
        { take: null }
      )
      return found.map((r) => ({ id: r.id, quantity: num(r.quantity) }))
    }

    const position = async () => {
      const { data } = await api.get(
        `/admin/mall/channel-inventory?sku=${GOLD}&location_id=${shanghai()}`,
        admin
      )
      expect(data.count).toBe(1)
      return data.positions[0]
    }

    const storefrontQuantity = async () => {
      const { data } = await api.get(
        `/store/products?handle=${variant(GOLD).handle}&region_id=${seed.regions.china.id}&fields=+variants.inventory_quantity`,
        store
      )
      return data.products[0].variants.find(
        (v: { sku: string }) => v.sku === GOLD
      ).inventory_quantity as number
    }

    /** Subscribers run after the request answers: wait for the figure. */
    const eventually = async <T>(read: () => Promise<T>, want: T) => {
      let last: T = await read()
      for (let i = 0; i < 50 && last !== want; i++) {
        await new Promise((r) => setTimeout(r, 200))
        last = await read()
      }
      expect(last).toBe(want)
    }

    const offlineSale = (external_id: string, quantity: number) =>
      api.post(
        "/admin/mall/channel-inventory/movements",
        {
          source: "pos",
          movements: [
            {
              external_id,
              sku: GOLD,
              location: shanghai(),
              quantity,
              type: "offline_sale",
              occurred_at: "2026-11-01T10:00:00+08:00",
            },
          ],
        },
        admin
      )

    describe("default safety stock reaches Medusa", () => {
      it("holds it for a position the plugin never touched, once, and drops it with the defaults", async () => {
        await stockOnlyInShanghai(10)
        expect(await storefrontQuantity()).toBe(10)

        await saveDefaults({ online_safety_stock: 2 })
        // The plugin's figure has the safety stock; Medusa's does not yet.
        expect(await position()).toMatchObject({
          has_allocation: false,
          online_safety_stock: 2,
          online_available: 8,
          hold: 2,
        })
        expect(await storefrontQuantity()).toBe(10)
        expect(await holds()).toEqual([])

        const first = await sync()
        expect(first.created).toBeGreaterThanOrEqual(1)
        expect(first.changes).toContainEqual({
          inventory_item_id: item(),
          location_id: shanghai(),
          hold_before: 0,
          hold_after: 2,
          follows_defaults: true,
        })
        expect(await storefrontQuantity()).toBe(8)
        expect(await level()).toEqual({ stocked: 10, reserved: 2 })
        // The hold is not counted as an order's reservation, and no row pins the defaults.
        expect(await position()).toMatchObject({
          has_allocation: false,
          stocked: 10,
          reserved_online: 0,
          online_available: 8,
          hold: 2,
        })
        const [hold] = await holds()
        expect(hold.quantity).toBe(2)
        expect(
          await channel().listAllocationRows({ inventory_item_ids: [item()] })
        ).toEqual([])

        // Again: nothing changes.
        const second = await sync()
        expect(second).toMatchObject({
          created: 0,
          resized: 0,
          removed: 0,
          changes: [],
        })
        expect(second.examined).toBe(first.examined)
        expect(await holds()).toEqual([hold])
        expect(await storefrontQuantity()).toBe(8)

        // The plugin's own writes find the defaults' hold instead of adding one.
        await offlineSale("pos-default-1", 3)
        expect(await holds()).toEqual([{ id: hold.id, quantity: 2 }])
        expect(await level()).toEqual({ stocked: 7, reserved: 2 })
        expect(await storefrontQuantity()).toBe(5)
        expect(await position()).toMatchObject({
          has_allocation: false,
          online_available: 5,
        })

        // Defaults back to nothing held: the hold goes, Medusa's figure is the stock.
        await saveDefaults({ online_safety_stock: 0 })
        const back = await sync()
        expect(back.removed).toBeGreaterThanOrEqual(1)
        expect(back.changes).toContainEqual({
          inventory_item_id: item(),
          location_id: shanghai(),
          hold_before: 2,
          hold_after: 0,
          follows_defaults: true,
        })
        expect(await holds()).toEqual([])
        expect(await level()).toEqual({ stocked: 7, reserved: 0 })
        expect(await storefrontQuantity()).toBe(7)
        expect(await position()).toMatchObject({
          online_available: 7,
          hold: 0,
        })

        // Nothing held, nothing allocated: nothing to read.
        expect(await sync()).toEqual({
          examined: 0,
          created: 0,
          resized: 0,
          removed: 0,
          changes: [],
        })
      })

      it("creates one hold when two syncs run at once, and can be limited to positions", async () => {
        await stockOnlyInShanghai(10)
        await saveDefaults({ online_safety_stock: 3, mode: "split" })
        const limited = {
          inventory_item_ids: [item()],
          location_id: shanghai(),
        }
        const [a, b] = await Promise.all([sync(limited), sync(limited)])
        expect(a.examined).toBe(1)
        expect(a.created + b.created).toBe(1)
        expect(await holds()).toHaveLength(1)
        expect(await storefrontQuantity()).toBe(7)
        // Other locations of the item were out of scope: no stock there, no hold anyway.
        expect(await sync({ inventory_item_ids: [] })).toMatchObject({
          examined: 0,
        })
      })
    })

    describe("stock changed in Medusa", () => {
      it("follows the admin's stock edits: never holds more than the engine computes", async () => {
        await stockOnlyInShanghai(10)
        await saveDefaults({ online_safety_stock: 2 })
        await sync()
        expect(await storefrontQuantity()).toBe(8)

        // Below the safety stock: the hold shrinks to the free units, and
        // Medusa's available quantity to 0, not below.
        await adminSetsStock(1)
        await eventually(async () => (await level()).reserved, 1)
        const shrunk = await holds()
        expect(shrunk).toEqual([{ id: expect.any(String), quantity: 1 }])
        expect(await level()).toEqual({ stocked: 1, reserved: 1 })
        expect(await storefrontQuantity()).toBe(0)
        expect(await position()).toMatchObject({
          reserved_online: 0,
          online_available: 0,
          hold: 1,
        })

        // Back up: the hold grows to the safety stock again, still one.
        await adminSetsStock(10)
        await eventually(async () => (await level()).reserved, 2)
        expect(await holds()).toEqual([{ id: shrunk[0].id, quantity: 2 }])
        expect(await storefrontQuantity()).toBe(8)
        expect(await sync()).toMatchObject({ changes: [] })
      })

      it("gives a new stock level its hold as soon as Medusa creates it", async () => {
        await saveDefaults({ online_safety_stock: 2 })
        const { data } = await api.post(
          "/admin/stock-locations",
          { name: "Chengdu Pop-up Store" },
          admin
        )
        const chengdu = data.stock_location.id as string
        await api.post(
          `/admin/inventory-items/${item()}/location-levels`,
          { location_id: chengdu, stocked_quantity: 5 },
          admin
        )
        await eventually(async () => (await level(chengdu)).reserved, 2)
        expect(await holds(chengdu)).toHaveLength(1)
      })

      it("shrinks an allocated position's hold when the stock falls under its pool", async () => {
        await stockOnlyInShanghai(10)
        await api.post(
          "/admin/mall/channel-inventory/allocations",
          {
            sku: GOLD,
            location_id: shanghai(),
            mode: "split",
            offline_pool: 4,
            last_unit_policy: "no_borrowing",
          },
          admin
        )
        expect(await level()).toEqual({ stocked: 10, reserved: 4 })
        expect(await storefrontQuantity()).toBe(6)

        // Without the sync Medusa would show 2 − 4 available.
        await adminSetsStock(2)
        await eventually(async () => (await level()).reserved, 2)
        expect(await storefrontQuantity()).toBe(0)
        expect(await position()).toMatchObject({
          has_allocation: true,
          offline_pool: 2,
          online_available: 0,
          hold: 2,
        })

        // The pool as allocated comes back with the stock, as the position query says.
        await adminSetsStock(10)
        await eventually(async () => (await level()).reserved, 4)
        expect(await storefrontQuantity()).toBe(6)
        expect(await position()).toMatchObject({
          offline_pool: 4,
          hold: 4,
        })
      })
    })
  },
})
