import { moduleIntegrationTestRunner } from "@medusajs/test-utils"
import { MedusaError } from "@medusajs/framework/utils"
import {
  CN_CENTROIDS,
  WAREHOUSE_PROFILES,
} from "../../../scripts/seed/routing-data"
import { MALL_ROUTING_MODULE } from "../../../types/modules"
import type {
  RoutingDecision,
  RoutingResult,
  WarehouseProfileInput,
} from "../../../types/routing"
import { DEFAULT_ROUTING_RULES } from "../../../utils/routing-rules"
import {
  GeoCentroid,
  RoutingAllocation,
  RoutingDecision as RoutingDecisionModel,
  RoutingSetting,
  WarehouseProfile,
} from "../models"
import MallRoutingModuleService from "../service"

jest.setTimeout(60_000)

const resolve = __dirname + "/.."

const profileInput = (
  overrides: Partial<WarehouseProfileInput> = {}
): WarehouseProfileInput => ({
  stock_location_id: "sloc_gz",
  kind: "regional_branch",
  service_area: {
    countries: ["CN", "cn"],
    provinces: [" Guangdong ", "广东", "GUANGDONG"],
    cities: [],
    postal_prefixes: ["51 0", "518"],
  },
  latitude: 23.1291,
  longitude: 113.2644,
  priority: 20,
  daily_capacity: 200,
  ships_online: true,
  accepts_returns: true,
  is_active: true,
  ...overrides,
})

const result = (
  allocations: RoutingResult["allocations"],
  summary = "Ships from Guangzhou branch."
): RoutingResult => ({
  status: "allocated",
  allocations,
  unallocated: [],
  trace: [
    {
      location_id: allocations[0]?.location_id ?? null,
      name: "Guangzhou Branch",
      verdict: "chosen",
      code: "in_area",
      text: "Guangzhou Branch: in area",
    },
  ],
  summary,
})

const decisionInput = (
  order_id: string,
  allocations: RoutingResult["allocations"],
  extra: Partial<RoutingDecision> = {}
) => ({
  ...result(allocations),
  order_id,
  source: "placement" as const,
  geocode: null,
  reason: null,
  created_by: null,
  ...extra,
})

moduleIntegrationTestRunner<MallRoutingModuleService>({
  moduleName: MALL_ROUTING_MODULE,
  resolve,
  moduleModels: [
    GeoCentroid,
    RoutingAllocation,
    RoutingDecisionModel,
    RoutingSetting,
    WarehouseProfile,
  ],
  moduleOptions: {
    routing: { rules: [{ id: "priority" }, { id: "capacity" }] },
  },
  testSuite: ({ service }) => {
    it("exposes its linkable surface", () => {
      expect(Object.keys(service.__joinerConfig().linkableKeys ?? {})).toEqual(
        expect.arrayContaining([
          "warehouse_profile_id",
          "routing_decision_id",
          "geo_centroid_id",
        ])
      )
    })

    it("uses the default strategy and geocoder when none is configured", () => {
      expect(typeof service.getRoutingStrategy().route).toBe("function")
      expect(typeof service.getGeocoder().geocode).toBe("function")
    })

    describe("warehouse profiles", () => {
      it("creates a normalised profile and refuses a second one for the location", async () => {
        const profile = await service.createWarehouseProfile(profileInput())
        expect(profile).toEqual({
          id: expect.stringMatching(/^whp_/),
          stock_location_id: "sloc_gz",
          kind: "regional_branch",
          service_area: {
            countries: ["cn"],
            provinces: ["guangdong", "广东"],
            cities: [],
            postal_prefixes: ["510", "518"],
          },
          latitude: expect.closeTo(23.1291, 4),
          longitude: expect.closeTo(113.2644, 4),
          priority: 20,
          daily_capacity: 200,
          ships_online: true,
          accepts_returns: true,
          is_active: true,
        })

        const duplicate = service.createWarehouseProfile(
          profileInput({ kind: "store" })
        )
        await expect(duplicate).rejects.toThrow(
          /sloc_gz already has a warehouse profile/
        )
        await expect(duplicate).rejects.toMatchObject({
          type: MedusaError.Types.DUPLICATE_ERROR,
        })
      })

      it("updates given fields only and lists by location", async () => {
        const gz = await service.createWarehouseProfile(profileInput())
        const sh = await service.createWarehouseProfile(
          profileInput({
            stock_location_id: "sloc_sh",
            kind: "hq",
            service_area: {
              countries: [],
              provinces: [],
              cities: [],
              postal_prefixes: [],
            },
            priority: 10,
            daily_capacity: null,
          })
        )

        const updated = await service.updateWarehouseProfile(gz.id, {
          ships_online: false,
          service_area: { cities: ["Guangzhou", "广州市"] } as never,
        })
        expect(updated.ships_online).toBe(false)
        expect(updated.service_area).toEqual({
          ...gz.service_area,
          cities: ["guangzhou", "广州市"],
        })
        expect(updated.priority).toBe(20)

        expect(
          (await service.listWarehouseProfilesByLocation()).map((p) => p.id)
        ).toEqual([sh.id, gz.id])
        expect(
          await service.listWarehouseProfilesByLocation(["sloc_sh", "nope"])
        ).toEqual([sh])
        expect(await service.listWarehouseProfilesByLocation([])).toEqual([])

        await expect(
          service.updateWarehouseProfile(gz.id, {
            stock_location_id: "sloc_sh",
          })
        ).rejects.toThrow(/sloc_sh already has a warehouse profile/)
        await expect(
          service.updateWarehouseProfile("whp_missing", { priority: 1 })
        ).rejects.toMatchObject({ type: MedusaError.Types.NOT_FOUND })
      })

      it("rejects bad fields with a message naming them", async () => {
        await expect(
          service.createWarehouseProfile(profileInput({ latitude: 123 }))
        ).rejects.toThrow(/latitude must be a number from -90 to 90/)
        await expect(
          service.createWarehouseProfile(profileInput({ longitude: null }))
        ).rejects.toThrow(/latitude and longitude go together/)
        await expect(
          service.createWarehouseProfile(profileInput({ daily_capacity: -1 }))
        ).rejects.toThrow(/daily_capacity must be a whole number/)
        await expect(
          service.createWarehouseProfile(
            profileInput({ kind: "shop" as never })
          )
        ).rejects.toThrow(/"shop" is not a warehouse kind/)
        await expect(
          service.createWarehouseProfile(
            profileInput({
              service_area: {
                countries: ["china"],
                provinces: [],
                cities: [],
                postal_prefixes: [],
              },
            })
          )
        ).rejects.toMatchObject({
          type: MedusaError.Types.INVALID_DATA,
          message: expect.stringMatching(/"china" is not a 2-letter/),
        })
      })
    })

    describe("routing rules", () => {
      it("serves the plugin options, completed, until an admin saves", async () => {
        const { rules, source } = await service.retrieveEffectiveRoutingRules()
        expect(source).toBe("plugin_options")
        expect(rules.map((r) => [r.id, r.enabled])).toEqual([
          ["priority", true],
          ["capacity", true],
          ["service_area", false],
          ["fewest_splits", false],
          ["nearest", false],
          ["min_split_value", false],
          ["hq_fallback", false],
        ])
      })

      it("saves one document, updates it in place and resets to the options", async () => {
        await service.saveRoutingRules(DEFAULT_ROUTING_RULES, "user_1")
        const second = DEFAULT_ROUTING_RULES.map((r) =>
          r.id === "fewest_splits" ? { ...r, params: { max_splits: 0 } } : r
        )
        const saved = await service.saveRoutingRules(second, "user_2")
        expect(saved).toEqual(second)

        const rows = await service.listRoutingSettings()
        expect(rows).toHaveLength(1)
        expect(rows[0].updated_by).toBe("user_2")
        expect(await service.retrieveEffectiveRoutingRules()).toEqual({
          rules: second,
          source: "settings",
        })

        await expect(
          service.saveRoutingRules(
            [
              {
                id: "fewest_splits",
                enabled: true,
                params: { max_splits: 99 },
              },
            ],
            null
          )
        ).rejects.toMatchObject({
          type: MedusaError.Types.INVALID_DATA,
          message:
            "rules[0].params.max_splits must be a whole number from 0 to 10",
        })

        await service.resetRoutingRules()
        expect((await service.retrieveEffectiveRoutingRules()).source).toBe(
          "plugin_options"
        )
      })
    })

    describe("geo centroids", () => {
      it("imports the seed table, upserts by natural key and geocodes with it", async () => {
        const first = await service.importGeoCentroids(CN_CENTROIDS)
        expect(first).toEqual({ imported: CN_CENTROIDS.length, updated: 0 })

        const again = await service.importGeoCentroids([
          ...CN_CENTROIDS.slice(0, 3),
          {
            country_code: "CN",
            province: "Guangdong",
            city: null,
            postal_prefix: null,
            aliases: ["广东", "粤"],
            latitude: 23.13,
            longitude: 113.26,
            label: "Guangdong (Canton)",
          },
          {
            country_code: "cn",
            province: "Guangdong",
            city: "Zhuhai",
            postal_prefix: "519",
            aliases: [],
            latitude: 22.2707,
            longitude: 113.5767,
            label: "postal 519 (Zhuhai)",
          },
        ])
        expect(again).toEqual({ imported: 1, updated: 4 })

        const rows = await service.listGeoCentroidRows("CN")
        expect(rows).toHaveLength(CN_CENTROIDS.length + 1)
        expect(rows.find((r) => r.label === "Guangdong (Canton)")).toEqual({
          id: expect.stringMatching(/^geoc_/),
          country_code: "cn",
          province: "guangdong",
          city: null,
          postal_prefix: null,
          aliases: ["广东", "粤"],
          latitude: expect.closeTo(23.13, 4),
          longitude: expect.closeTo(113.26, 4),
          label: "Guangdong (Canton)",
        })
        expect(await service.listGeoCentroidRows("us")).toEqual([])

        const [page, count] = await service.listAndCountGeoCentroidRows(
          { country_code: "cn", q: "深圳" },
          { take: 10 }
        )
        expect(count).toBe(1)
        expect(page[0].label).toBe("Shenzhen")

        expect(
          await service.geocode({
            country_code: "CN",
            province: "广东省",
            city: "深圳市",
            postal_code: "518 000",
          })
        ).toEqual({
          point: {
            latitude: expect.closeTo(22.5431, 4),
            longitude: expect.closeTo(114.0579, 4),
          },
          source: "postal_prefix",
          label: "postal 518 (Shenzhen)",
        })
        expect(
          await service.geocode({
            country_code: "cn",
            province: "cn-sc",
            city: null,
            postal_code: null,
          })
        ).toEqual(
          expect.objectContaining({ source: "province", label: "Sichuan" })
        )
        expect(
          await service.geocode({
            country_code: null,
            province: "Sichuan",
            city: null,
            postal_code: null,
          })
        ).toEqual({ point: null, source: null, label: null })
      })

      it("imports thousands of rows at once", async () => {
        const many = Array.from({ length: 5000 }, (_, i) => ({
          country_code: "cn",
          province: "guangdong",
          city: `town ${i}`,
          postal_prefix: String(100000 + i),
          aliases: [`alias ${i}`],
          latitude: 23,
          longitude: 113,
          label: `Town ${i}`,
        }))
        const started = Date.now()
        expect(await service.importGeoCentroids(many)).toEqual({
          imported: 5000,
          updated: 0,
        })
        expect(Date.now() - started).toBeLessThan(10_000)
        expect(await service.importGeoCentroids(many)).toEqual({
          imported: 0,
          updated: 5000,
        })
      })

      it("reports every bad row and imports none", async () => {
        await expect(
          service.importGeoCentroids([
            CN_CENTROIDS[0],
            { ...CN_CENTROIDS[1], country_code: "china" },
            { ...CN_CENTROIDS[2], latitude: 91 },
            { ...CN_CENTROIDS[3], label: " " },
          ])
        ).rejects.toMatchObject({
          type: MedusaError.Types.INVALID_DATA,
          message: expect.stringMatching(
            /row 2: country_code "china" is not.*; row 3: latitude must be.*; row 4: label is required/
          ),
        })
        expect(await service.listGeoCentroidRows()).toEqual([])
      })
    })

    describe("routing decisions", () => {
      const gz = [{ line_item_id: "li_1", location_id: "sloc_gz", quantity: 2 }]
      const split = [
        { line_item_id: "li_1", location_id: "sloc_gz", quantity: 1 },
        { line_item_id: "li_1", location_id: "sloc_sh", quantity: 1 },
      ]

      it("adds versions, keeps one current, and reverts to the previous one", async () => {
        const v1 = await service.recordRoutingDecision(
          decisionInput("order_1", gz, {
            geocode: {
              point: { latitude: 23.1, longitude: 113.2 },
              source: "province",
              label: "Guangdong",
            },
          })
        )
        expect(v1).toEqual(
          expect.objectContaining({
            id: expect.stringMatching(/^rdec_/),
            order_id: "order_1",
            version: 1,
            is_current: true,
            status: "allocated",
            allocations: gz,
            unallocated: [],
            geocode: expect.objectContaining({ label: "Guangdong" }),
            summary: "Ships from Guangzhou branch.",
          })
        )
        expect(v1.trace[0].code).toBe("in_area")

        const v2 = await service.recordRoutingDecision(
          decisionInput("order_1", split, {
            source: "override",
            reason: "customer asked",
            created_by: "user_1",
          })
        )
        expect(v2).toEqual(
          expect.objectContaining({ version: 2, is_current: true })
        )
        await service.recordRoutingDecision(decisionInput("order_2", gz))

        expect(
          (await service.retrieveCurrentRoutingDecision("order_1"))?.id
        ).toBe(v2.id)
        expect(
          (await service.listRoutingDecisionHistory("order_1")).map((d) => [
            d.version,
            d.is_current,
          ])
        ).toEqual([
          [2, true],
          [1, false],
        ])
        const rows = await service.listRoutingAllocations(
          { order_id: "order_1" },
          { order: { created_at: "ASC" } }
        )
        expect(
          rows.map((r) => [r.decision_id, r.location_id, r.is_current])
        ).toEqual(
          expect.arrayContaining([
            [v1.id, "sloc_gz", false],
            [v2.id, "sloc_gz", true],
            [v2.id, "sloc_sh", true],
          ])
        )

        const now = new Date()
        expect(
          await service.countOrdersToday(["sloc_gz", "sloc_sh", "sloc_bj"], now)
        ).toEqual({ sloc_gz: 2, sloc_sh: 1, sloc_bj: 0 })
        const tomorrow = new Date(now.getTime() + 24 * 60 * 60 * 1000)
        expect(await service.countOrdersToday(["sloc_gz"], tomorrow)).toEqual({
          sloc_gz: 0,
        })

        await service.revertRoutingDecision(v2.id)
        await service.revertRoutingDecision(v2.id)
        const current = await service.retrieveCurrentRoutingDecision("order_1")
        expect(current).toEqual(
          expect.objectContaining({ id: v1.id, version: 1, is_current: true })
        )
        expect(await service.countOrdersToday(["sloc_sh"], now)).toEqual({
          sloc_sh: 0,
        })
        expect(
          (await service.listRoutingAllocations({ order_id: "order_1" })).map(
            (r) => [r.decision_id, r.is_current]
          )
        ).toEqual([[v1.id, true]])

        // The next version after a revert reuses the freed number.
        const again = await service.recordRoutingDecision(
          decisionInput("order_1", split, { source: "reroute" })
        )
        expect(again.version).toBe(2)

        await service.revertRoutingDecision(again.id)
        await service.revertRoutingDecision(v1.id)
        expect(await service.retrieveCurrentRoutingDecision("order_1")).toBe(
          null
        )
        expect(await service.listRoutingDecisionHistory("order_1")).toEqual([])
      })

      it("fails racing decisions for one order with CONFLICT, leaving one current", async () => {
        await service.recordRoutingDecision(decisionInput("order_3", gz))
        const outcomes = await Promise.allSettled(
          [1, 2, 3].map(() =>
            service.recordRoutingDecision(
              decisionInput("order_3", split, { source: "reroute" })
            )
          )
        )
        // Whether the calls overlap depends on timing; those that do must
        // fail cleanly, and the order must end with one current version.
        const failed = outcomes.filter(
          (o): o is PromiseRejectedResult => o.status === "rejected"
        )
        for (const failure of failed) {
          expect(failure.reason).toMatchObject({
            type: MedusaError.Types.CONFLICT,
            message: expect.stringMatching(
              /order_3 is being routed by another request/
            ),
          })
        }
        const history = await service.listRoutingDecisionHistory("order_3")
        expect(history.filter((d) => d.is_current)).toHaveLength(1)
        expect(history).toHaveLength(1 + outcomes.length - failed.length)
        expect(new Set(history.map((d) => d.version)).size).toBe(history.length)
      })

      it("never stores two current decisions for one order", async () => {
        const v1 = await service.recordRoutingDecision(
          decisionInput("order_4", gz)
        )
        const { id: _id, created_at: _at, ...copy } = v1
        await expect(
          service.createRoutingDecisions({
            ...copy,
            version: 2,
          } as never)
        ).rejects.toThrow(/already exists/)
      })

      it("lists current decisions for the queue, oldest first", async () => {
        await service.recordRoutingDecision({
          ...decisionInput("order_a", []),
          status: "unallocated",
          unallocated: [
            { line_item_id: "li_a", quantity: 1, reason: "no_stock" },
          ],
        })
        await service.recordRoutingDecision(decisionInput("order_b", gz))
        await service.recordRoutingDecision({
          ...decisionInput("order_c", gz),
          status: "partial",
        })
        await service.recordRoutingDecision(
          decisionInput("order_c", gz, { source: "reroute" })
        )

        const [waiting, count] = await service.listCurrentRoutingDecisions(
          { status: ["unallocated", "partial"] },
          { skip: 0, take: 10 }
        )
        expect(count).toBe(1)
        expect(waiting.map((d) => d.order_id)).toEqual(["order_a"])
        expect(waiting[0].unallocated).toEqual([
          { line_item_id: "li_a", quantity: 1, reason: "no_stock" },
        ])

        const [all, total] = await service.listCurrentRoutingDecisions(
          {},
          { skip: 1, take: 1 }
        )
        expect(total).toBe(3)
        expect(all.map((d) => d.order_id)).toEqual(["order_b"])

        const [some] = await service.listCurrentRoutingDecisions(
          { order_ids: ["order_c"] },
          { skip: 0, take: 10 }
        )
        expect(some.map((d) => [d.order_id, d.version])).toEqual([
          ["order_c", 2],
        ])
        expect(
          await service.listCurrentRoutingDecisions(
            { order_ids: [] },
            { skip: 0, take: 10 }
          )
        ).toEqual([[], 0])
      })
    })

    describe("seed data", () => {
      it("stores every seeded profile and places every branch in its own area", async () => {
        for (const [key, profile] of Object.entries(WAREHOUSE_PROFILES)) {
          const created = await service.createWarehouseProfile({
            ...profile,
            stock_location_id: `sloc_${key}`,
          })
          expect(created.ships_online).toBe(true)
        }
        await service.importGeoCentroids(CN_CENTROIDS)
        const provinces = new Set(
          CN_CENTROIDS.filter(
            (c) => c.province && !c.city && !c.postal_prefix
          ).map((c) => c.province)
        )
        expect(provinces.size).toBe(34)
      })
    })
  },
})
