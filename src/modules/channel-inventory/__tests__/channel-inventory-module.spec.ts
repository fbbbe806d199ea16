import { moduleIntegrationTestRunner } from "@medusajs/test-utils"
import { MedusaError } from "@medusajs/framework/utils"
import { MALL_CHANNEL_INVENTORY_MODULE } from "../../../types/modules"
import { ChannelAllocation, ChannelMovement, ChannelSetting } from "../models"
import MallChannelInventoryModuleService, {
  type NewChannelMovement,
} from "../service"

jest.setTimeout(60_000)

const movement = (
  overrides: Partial<NewChannelMovement> = {}
): NewChannelMovement => ({
  external_id: null,
  inventory_item_id: "iitem_1",
  location_id: "sloc_1",
  sku: "SKU-1",
  type: "offline_sale",
  channel: "offline",
  quantity: -1,
  stocked_delta: -1,
  offline_pool_delta: -1,
  borrowed: 0,
  source: "pos",
  reference: null,
  reason: null,
  occurred_at: new Date("2026-11-01T10:00:00Z"),
  created_by: null,
  ...overrides,
})

moduleIntegrationTestRunner<MallChannelInventoryModuleService>({
  moduleName: MALL_CHANNEL_INVENTORY_MODULE,
  moduleModels: [ChannelAllocation, ChannelMovement, ChannelSetting],
  resolve: __dirname + "/..",
  moduleOptions: {
    channel_inventory: { defaults: { mode: "split", offline_safety_stock: 1 } },
  },
  testSuite: ({ service }) => {
    it("resolves defaults from the options, then from the admin's settings", async () => {
      expect(await service.retrieveChannelDefaults()).toEqual({
        mode: "split",
        online_safety_stock: 0,
        offline_safety_stock: 1,
        last_unit_policy: "fcfs",
      })
      await service.saveChannelDefaults(
        {
          mode: "shared",
          online_safety_stock: 2,
          offline_safety_stock: 0,
          last_unit_policy: "no_borrowing",
        },
        "user_1"
      )
      expect(await service.retrieveChannelDefaults()).toMatchObject({
        mode: "shared",
        online_safety_stock: 2,
      })
    })

    it("upserts allocation rows by position", async () => {
      const row = {
        inventory_item_id: "iitem_1",
        location_id: "sloc_1",
        mode: "split" as const,
        online_safety_stock: 1,
        offline_safety_stock: 2,
        last_unit_policy: "offline_first" as const,
        offline_pool: 5,
        hold_reservation_id: null,
      }
      await service.writeAllocationRows([row])
      await service.writeAllocationRows([
        { ...row, offline_pool: 3, hold_reservation_id: "resitem_1" },
        { ...row, location_id: "sloc_2" },
      ])
      const rows = await service.listAllocationRows({
        inventory_item_ids: ["iitem_1"],
      })
      expect(rows).toHaveLength(2)
      expect(rows.find((r) => r.location_id === "sloc_1")).toMatchObject({
        offline_pool: 3,
        hold_reservation_id: "resitem_1",
      })
      // Both modes, paged by item then location.
      await service.writeAllocationRows([
        { ...row, inventory_item_id: "iitem_2", mode: "shared" },
      ])
      expect(
        await service.listAllocatedPositions({}, { skip: 1, take: 2 })
      ).toEqual([
        { inventory_item_id: "iitem_1", location_id: "sloc_2" },
        { inventory_item_id: "iitem_2", location_id: "sloc_1" },
      ])
      expect(
        await service.listAllocatedPositions(
          { inventory_item_ids: ["iitem_2"], location_id: "sloc_1" },
          { skip: 0, take: 10 }
        )
      ).toHaveLength(1)
      expect(
        await service.listAllocatedPositions(
          { inventory_item_ids: [] },
          { skip: 0, take: 10 }
        )
      ).toEqual([])
      expect(
        (await service.listSplitPositions({}, { skip: 0, take: 10 }))[1]
      ).toBe(2)
      await service.removeAllocationRows([
        { inventory_item_id: "iitem_1", location_id: "sloc_2" },
      ])
      expect(
        await service.listAllocationRows({ location_ids: ["sloc_2"] })
      ).toEqual([])
    })

    it("appends ledger rows once per external id", async () => {
      const ids = await service.appendMovements([
        movement({ external_id: "pos-1" }),
        movement({ external_id: "pos-2", occurred_at: "2026-11-02T10:00:00Z" }),
        movement(),
      ])
      expect(ids).toHaveLength(3)
      expect(await service.listKnownExternalIds(["pos-1", "pos-3"])).toEqual(
        new Set(["pos-1"])
      )
      const error = await service
        .appendMovements([movement({ external_id: "pos-1" })])
        .catch((e) => e)
      expect(error).toBeInstanceOf(MedusaError)
      expect(error.type).toBe(MedusaError.Types.CONFLICT)

      const [page, count] = await service.listLedger(
        { location_id: "sloc_1" },
        { take: 2 }
      )
      expect(count).toBe(3)
      expect(page[0].external_id).toBe("pos-2")

      await service.revertMovements(ids)
      expect((await service.listLedger({}))[1]).toBe(0)
    })
  },
})
