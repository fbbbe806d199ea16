import type {
  GeoCentroid,
  RoutingContext,
  RoutingDestination,
  RoutingLine,
  RoutingRule,
  RoutingWarehouse,
  WarehouseProfile,
} from "../../types/routing"
import { DefaultGeocoder } from "../geocoder"
import { DefaultRoutingStrategy, routeOrder } from "../routing"

const strategy = new DefaultRoutingStrategy()

const CENTROIDS: GeoCentroid[] = [
  {
    country_code: "cn",
    province: null,
    city: null,
    postal_prefix: null,
    aliases: [],
    latitude: 35.8617,
    longitude: 104.1954,
    label: "China",
  },
  {
    country_code: "cn",
    province: "Guangdong",
    city: null,
    postal_prefix: null,
    aliases: ["广东", "cn-gd"],
    latitude: 23.3417,
    longitude: 113.4244,
    label: "Guangdong",
  },
  {
    country_code: "cn",
    province: "Guangdong",
    city: "Guangzhou",
    postal_prefix: "510",
    aliases: [],
    latitude: 23.03,
    longitude: 113.32,
    label: "Guangzhou",
  },
  {
    country_code: "cn",
    province: "Hunan",
    city: "Changsha",
    postal_prefix: null,
    aliases: ["长沙"],
    latitude: 28.2282,
    longitude: 112.9388,
    label: "Changsha",
  },
]

const GUANGZHOU_BUYER: RoutingDestination = {
  country_code: "cn",
  province: "广东省",
  city: "广州市",
  postal_code: "510620",
}
const CHANGSHA_BUYER: RoutingDestination = {
  country_code: "cn",
  province: "湖南省",
  city: "长沙",
  postal_code: null,
}

const area = (provinces: string[] = []) => ({
  countries: ["cn"],
  provinces,
  cities: [],
  postal_prefixes: [],
})

type Key = "sh" | "gz" | "bj" | "cd"

const WAREHOUSES: Record<
  Key,
  { name: string; profile: Partial<WarehouseProfile> }
> = {
  sh: {
    name: "Shanghai HQ Warehouse",
    profile: {
      kind: "hq",
      latitude: 31.2304,
      longitude: 121.4737,
      priority: 10,
      service_area: area(),
    },
  },
  gz: {
    name: "Guangzhou Branch",
    profile: {
      latitude: 23.1291,
      longitude: 113.2644,
      service_area: area(["广东", "Guangdong", "广西", "海南"]),
    },
  },
  bj: {
    name: "Beijing Branch",
    profile: {
      latitude: 39.9042,
      longitude: 116.4074,
      service_area: area(["北京", "天津", "河北"]),
    },
  },
  cd: {
    name: "Chengdu Branch",
    profile: {
      latitude: 30.5728,
      longitude: 104.0668,
      service_area: area(["四川", "重庆"]),
    },
  },
}

const warehouse = (
  key: Key,
  available: Record<string, number>,
  overrides: {
    profile?: Partial<WarehouseProfile>
    orders_today?: number
    name?: string
    location_id?: string
  } = {}
): RoutingWarehouse => {
  const base = WAREHOUSES[key]
  const location_id = overrides.location_id ?? `sloc_${key}`
  return {
    location_id,
    name: overrides.name ?? base.name,
    available,
    orders_today: overrides.orders_today ?? 0,
    profile: {
      id: `wp_${key}`,
      stock_location_id: location_id,
      kind: "regional_branch",
      service_area: area(),
      latitude: null,
      longitude: null,
      priority: 1,
      daily_capacity: null,
      ships_online: true,
      accepts_returns: true,
      is_active: true,
      ...base.profile,
      ...overrides.profile,
    },
  }
}

const line = (
  id: string,
  quantity: number,
  overrides: Partial<RoutingLine> = {}
): RoutingLine => ({
  line_item_id: id,
  variant_id: `variant_${id}`,
  title: id,
  sku: null,
  quantity,
  unit_value: 100,
  inventory: [{ inventory_item_id: `iitem_${id}`, required_quantity: 1 }],
  ...overrides,
})

const KETTLE = (quantity: number) =>
  line("kettle", quantity, {
    title: "Electric Kettle",
    sku: "KT-1",
    unit_value: 299,
    inventory: [{ inventory_item_id: "iitem_kettle", required_quantity: 1 }],
  })
const MIXER = (quantity: number) =>
  line("mixer", quantity, {
    title: "Mixer",
    sku: "MX-1",
    unit_value: 599,
    inventory: [{ inventory_item_id: "iitem_mixer", required_quantity: 1 }],
  })
const FILTER = (quantity: number) =>
  line("filter", quantity, {
    title: "Water Filter",
    sku: "WF-1",
    unit_value: 30,
    inventory: [{ inventory_item_id: "iitem_filter", required_quantity: 1 }],
  })

const rule = {
  area: (strict: boolean): RoutingRule => ({
    id: "service_area",
    enabled: true,
    params: { strict },
  }),
  splits: (max_splits: number): RoutingRule => ({
    id: "fewest_splits",
    enabled: true,
    params: { max_splits },
  }),
  nearest: (max_distance_km: number | null = null): RoutingRule => ({
    id: "nearest",
    enabled: true,
    params: { max_distance_km },
  }),
  priority: (): RoutingRule => ({ id: "priority", enabled: true, params: {} }),
  capacity: (): RoutingRule => ({ id: "capacity", enabled: true, params: {} }),
  fallback: (): RoutingRule => ({
    id: "hq_fallback",
    enabled: true,
    params: {},
  }),
  minValue: (amounts: Record<string, number>): RoutingRule => ({
    id: "min_split_value",
    enabled: true,
    params: { amounts },
  }),
}

const context = (overrides: Partial<RoutingContext> = {}): RoutingContext => {
  const destination = overrides.destination ?? GUANGZHOU_BUYER
  return {
    order_id: "order_01",
    currency_code: "cny",
    destination,
    geocode: new DefaultGeocoder().geocode(destination, CENTROIDS),
    lines: [KETTLE(3)],
    warehouses: [],
    rules: [rule.area(false), rule.splits(1), rule.nearest(), rule.priority()],
    ...overrides,
  }
}

const texts = (result: { trace: { text: string }[] }) =>
  result.trace.map((t) => t.text)
const entryOf = (result: { trace: { name: string | null }[] }, name: string) =>
  result.trace.find((t) => t.name === name)

describe("DefaultRoutingStrategy", () => {
  it("ships from the nearest in-area branch and explains it", () => {
    const result = strategy.route(
      context({
        warehouses: [
          warehouse("sh", { iitem_kettle: 50 }),
          warehouse("gz", { iitem_kettle: 3 }),
          warehouse("bj", { iitem_kettle: 10 }),
        ],
      })
    )
    expect(result.status).toEqual("allocated")
    expect(result.allocations).toEqual([
      { line_item_id: "kettle", location_id: "sloc_gz", quantity: 3 },
    ])
    expect(result.unallocated).toEqual([])
    expect(result.summary).toEqual("Ships from Guangzhou Branch.")
    expect(texts(result)).toEqual([
      "Buyer placed by postal prefix 510 (Guangzhou)",
      "Guangzhou Branch: in area, 12 km, has 3/3",
      "Shanghai HQ Warehouse: in area, 1,217 km, has 3/3; not needed",
      "Beijing Branch: out of area, 1,899 km, has 3/3; not needed",
    ])
    expect(result.trace[0]).toMatchObject({
      verdict: "info",
      code: "geocoded",
      location_id: null,
    })
    expect(entryOf(result, "Guangzhou Branch")).toEqual({
      location_id: "sloc_gz",
      name: "Guangzhou Branch",
      verdict: "chosen",
      code: "ships_all",
      text: "Guangzhou Branch: in area, 12 km, has 3/3",
      facts: {
        in_area: true,
        distance_km: 12.4,
        priority: 1,
        has: 3,
        needed: 3,
        orders_today: 0,
        daily_capacity: null,
      },
    })
  })

  it("applies rankers in rule order: in-area first, or nearest first", () => {
    const warehouses = [
      warehouse("sh", { iitem_kettle: 5 }),
      warehouse("gz", { iitem_kettle: 5 }),
    ]
    // Changsha (Hunan) is only in HQ's area, yet Guangzhou is nearer.
    const areaFirst = strategy.route(
      context({
        destination: CHANGSHA_BUYER,
        warehouses,
        rules: [rule.area(false), rule.nearest()],
      })
    )
    expect(areaFirst.summary).toEqual("Ships from Shanghai HQ Warehouse.")
    const nearestFirst = strategy.route(
      context({
        destination: CHANGSHA_BUYER,
        warehouses,
        rules: [rule.nearest(), rule.area(false)],
      })
    )
    expect(nearestFirst.summary).toEqual("Ships from Guangzhou Branch.")
    expect(texts(nearestFirst)[0]).toEqual("Buyer placed by city Changsha")
  })

  it("excludes out-of-area warehouses when the area rule is strict", () => {
    const result = strategy.route(
      context({
        warehouses: [
          warehouse("gz", { iitem_kettle: 1 }),
          warehouse("bj", { iitem_kettle: 10 }),
        ],
        rules: [rule.area(true), rule.nearest()],
      })
    )
    expect(result.status).toEqual("partial")
    expect(result.allocations).toEqual([
      { line_item_id: "kettle", location_id: "sloc_gz", quantity: 1 },
    ])
    expect(entryOf(result, "Beijing Branch")).toMatchObject({
      verdict: "excluded",
      code: "out_of_area",
      text: "Beijing Branch: out of area",
    })
    expect(result.unallocated).toEqual([
      {
        line_item_id: "kettle",
        quantity: 2,
        reason:
          "No warehouse in area has the remaining 2 of Electric Kettle (SKU KT-1); nearest stock: Beijing Branch has 10 (out of area)",
      },
    ])
    expect(result.summary).toEqual(
      "Ships from Guangzhou Branch; 2 units could not be allocated."
    )
  })

  it("names the nearest stock when nothing in area has the line", () => {
    const result = strategy.route(
      context({
        lines: [MIXER(2)],
        warehouses: [
          warehouse("gz", {}),
          warehouse("bj", { iitem_mixer: 1 }),
          warehouse(
            "cd",
            { iitem_mixer: 1 },
            { profile: { is_active: false } }
          ),
        ],
        rules: [rule.area(true), rule.nearest()],
      })
    )
    expect(result.status).toEqual("unallocated")
    expect(result.allocations).toEqual([])
    expect(result.unallocated).toEqual([
      {
        line_item_id: "mixer",
        quantity: 2,
        reason:
          "No warehouse in area has 2 of Mixer (SKU MX-1); nearest stock: Beijing Branch has 1 (out of area)",
      },
    ])
    expect(result.summary).toEqual("2 units could not be allocated.")
    expect(entryOf(result, "Guangzhou Branch")).toMatchObject({
      verdict: "considered",
      code: "no_stock",
      text: "Guangzhou Branch: in area, 12 km, has 0/2; no stock",
    })
    expect(entryOf(result, "Chengdu Branch")).toMatchObject({
      verdict: "excluded",
      code: "inactive",
      text: "Chengdu Branch: inactive",
    })
  })

  it("reports no stock anywhere", () => {
    const result = strategy.route(
      context({
        lines: [MIXER(2)],
        warehouses: [warehouse("gz", {}), warehouse("sh", { iitem_mixer: 0 })],
        rules: [rule.area(true), rule.splits(2), rule.fallback()],
      })
    )
    expect(result.status).toEqual("unallocated")
    expect(result.unallocated[0].reason).toEqual(
      "No warehouse in area has 2 of Mixer (SKU MX-1); no warehouse has any in stock"
    )
  })

  it("excludes inactive warehouses and those that do not ship online", () => {
    const result = strategy.route(
      context({
        warehouses: [
          warehouse(
            "gz",
            { iitem_kettle: 5 },
            { profile: { is_active: false } }
          ),
          warehouse(
            "cd",
            { iitem_kettle: 5 },
            { profile: { ships_online: false } }
          ),
          warehouse("bj", { iitem_kettle: 5 }),
        ],
      })
    )
    expect(result.summary).toEqual("Ships from Beijing Branch.")
    expect(entryOf(result, "Guangzhou Branch")).toMatchObject({
      verdict: "excluded",
      code: "inactive",
    })
    expect(entryOf(result, "Chengdu Branch")).toMatchObject({
      verdict: "excluded",
      code: "not_shipping_online",
      text: "Chengdu Branch: does not ship online orders",
    })
  })

  it("leaves out warehouses at capacity, unlimited when capacity is null", () => {
    const result = strategy.route(
      context({
        warehouses: [
          warehouse(
            "gz",
            { iitem_kettle: 5 },
            { orders_today: 120, profile: { daily_capacity: 120 } }
          ),
          warehouse(
            "sh",
            { iitem_kettle: 5 },
            { orders_today: 119, profile: { daily_capacity: 120 } }
          ),
          warehouse("bj", { iitem_kettle: 5 }, { orders_today: 10_000 }),
        ],
        rules: [rule.capacity(), rule.nearest()],
      })
    )
    expect(result.summary).toEqual("Ships from Shanghai HQ Warehouse.")
    expect(entryOf(result, "Guangzhou Branch")).toMatchObject({
      verdict: "excluded",
      code: "at_capacity",
      text: "Guangzhou Branch: at capacity (120/120 orders today)",
      facts: { orders_today: 120, daily_capacity: 120 },
    })
    expect(entryOf(result, "Beijing Branch")?.verdict).toEqual("considered")

    const ignored = strategy.route(
      context({
        warehouses: [
          warehouse(
            "gz",
            { iitem_kettle: 5 },
            { orders_today: 120, profile: { daily_capacity: 120 } }
          ),
        ],
        rules: [rule.nearest()],
      })
    )
    expect(ignored.summary).toEqual("Ships from Guangzhou Branch.")
  })

  it("leaves out warehouses beyond max_distance_km, keeps unknown distances", () => {
    const result = strategy.route(
      context({
        warehouses: [
          warehouse("gz", { iitem_kettle: 1 }),
          warehouse("sh", { iitem_kettle: 5 }),
          warehouse(
            "cd",
            { iitem_kettle: 1 },
            { profile: { latitude: null, longitude: null } }
          ),
        ],
        rules: [rule.nearest(1000)],
      })
    )
    expect(entryOf(result, "Shanghai HQ Warehouse")).toMatchObject({
      verdict: "excluded",
      code: "too_far",
      text: "Shanghai HQ Warehouse: 1,217 km, beyond the 1000 km limit",
    })
    // Without fewest_splits each line takes from warehouses in rank order:
    // the known distance first, the unknown one after it.
    expect(result.allocations).toEqual([
      { line_item_id: "kettle", location_id: "sloc_gz", quantity: 1 },
      { line_item_id: "kettle", location_id: "sloc_cd", quantity: 1 },
    ])
    expect(entryOf(result, "Chengdu Branch")?.text).toEqual(
      "Chengdu Branch: out of area, distance unknown, has 1/3"
    )
    expect(result.unallocated).toEqual([
      {
        line_item_id: "kettle",
        quantity: 1,
        reason:
          "No warehouse has the remaining 1 of Electric Kettle (SKU KT-1); nearest stock: Shanghai HQ Warehouse has 5 (1,217 km, beyond the 1000 km limit)",
      },
    ])
  })

  it("breaks ties by priority, then by name, then by id", () => {
    const twin = (key: Key, name: string, priority: number, id?: string) =>
      warehouse(
        key,
        { iitem_kettle: 5 },
        {
          name,
          location_id: id,
          profile: { latitude: 23.1291, longitude: 113.2644, priority },
        }
      )
    const byPriority = strategy.route(
      context({
        warehouses: [
          twin("gz", "Guangzhou Branch", 2),
          twin("sh", "Guangzhou Tianhe Store", 1),
        ],
        rules: [rule.nearest(), rule.priority()],
      })
    )
    expect(byPriority.summary).toEqual("Ships from Guangzhou Tianhe Store.")

    const byName = strategy.route(
      context({
        warehouses: [
          twin("sh", "Guangzhou Tianhe Store", 1),
          twin("gz", "Guangzhou Branch", 1),
        ],
        rules: [rule.nearest(), rule.priority()],
      })
    )
    expect(byName.summary).toEqual("Ships from Guangzhou Branch.")

    const byId = strategy.route(
      context({
        warehouses: [
          twin("gz", "Guangzhou Branch", 1, "sloc_b"),
          twin("gz", "Guangzhou Branch", 1, "sloc_a"),
        ],
        rules: [rule.nearest(), rule.priority()],
      })
    )
    expect(byId.allocations[0].location_id).toEqual("sloc_a")
  })

  it("ignores disabled rules", () => {
    const result = strategy.route(
      context({
        warehouses: [
          warehouse("gz", { iitem_kettle: 5 }, { profile: { priority: 9 } }),
          warehouse("bj", { iitem_kettle: 5 }, { profile: { priority: 1 } }),
        ],
        rules: [
          { ...rule.nearest(), enabled: false },
          { ...rule.area(true), enabled: false },
          rule.priority(),
        ],
      })
    )
    expect(result.summary).toEqual("Ships from Beijing Branch.")
  })

  describe("fewest splits", () => {
    it("prefers one warehouse that ships everything over a nearer split", () => {
      const warehouses = [
        warehouse("gz", { iitem_kettle: 2 }),
        warehouse("sh", { iitem_kettle: 3 }),
      ]
      const result = strategy.route(context({ warehouses }))
      expect(result.summary).toEqual("Ships from Shanghai HQ Warehouse.")
      expect(entryOf(result, "Guangzhou Branch")?.text).toEqual(
        "Guangzhou Branch: in area, 12 km, has 2/3; not needed"
      )

      // Without the rule, one line splits by unit in rank order.
      const perUnit = strategy.route(
        context({ warehouses, rules: [rule.area(false), rule.nearest()] })
      )
      expect(perUnit.allocations).toEqual([
        { line_item_id: "kettle", location_id: "sloc_gz", quantity: 2 },
        { line_item_id: "kettle", location_id: "sloc_sh", quantity: 1 },
      ])
      expect(perUnit.summary).toEqual(
        "Split across Guangzhou Branch and Shanghai HQ Warehouse."
      )
      expect(entryOf(perUnit, "Shanghai HQ Warehouse")).toMatchObject({
        verdict: "chosen",
        code: "ships_part",
        text: "Shanghai HQ Warehouse: in area, 1,217 km, has 3/3, ships 1",
      })
    })

    it("splits one line by unit when no warehouse has it all", () => {
      const result = strategy.route(
        context({
          lines: [KETTLE(5)],
          warehouses: [
            warehouse("gz", { iitem_kettle: 3 }),
            warehouse("sh", { iitem_kettle: 2 }),
            warehouse("bj", { iitem_kettle: 1 }),
          ],
        })
      )
      expect(result.status).toEqual("allocated")
      expect(result.allocations).toEqual([
        { line_item_id: "kettle", location_id: "sloc_gz", quantity: 3 },
        { line_item_id: "kettle", location_id: "sloc_sh", quantity: 2 },
      ])
    })

    it("picks the warehouse that ships the most first, rank breaking ties", () => {
      const result = strategy.route(
        context({
          lines: [KETTLE(3), MIXER(2)],
          warehouses: [
            warehouse("gz", { iitem_kettle: 1, iitem_mixer: 1 }),
            warehouse("bj", { iitem_kettle: 3 }),
            warehouse("cd", { iitem_mixer: 2 }),
            warehouse("sh", { iitem_mixer: 2 }),
          ],
          rules: [rule.splits(1), rule.nearest()],
        })
      )
      // Beijing ships 3, then Chengdu and HQ tie at 2: HQ is nearer.
      expect(result.allocations).toEqual([
        { line_item_id: "kettle", location_id: "sloc_bj", quantity: 3 },
        { line_item_id: "mixer", location_id: "sloc_sh", quantity: 2 },
      ])
      expect(result.summary).toEqual(
        "Split across Shanghai HQ Warehouse and Beijing Branch."
      )
      expect(entryOf(result, "Guangzhou Branch")?.code).toEqual("not_needed")
    })

    it("stops at 1 + max_splits warehouses and says why", () => {
      const lines = [KETTLE(3), MIXER(2)]
      const warehouses = [
        warehouse("gz", { iitem_kettle: 3 }),
        warehouse("bj", { iitem_mixer: 2 }),
      ]
      const result = strategy.route(
        context({ lines, warehouses, rules: [rule.splits(0), rule.nearest()] })
      )
      expect(result.status).toEqual("partial")
      expect(result.allocations).toEqual([
        { line_item_id: "kettle", location_id: "sloc_gz", quantity: 3 },
      ])
      expect(result.unallocated).toEqual([
        {
          line_item_id: "mixer",
          quantity: 2,
          reason:
            "2 of Mixer (SKU MX-1) would need one more warehouse; fewest splits allows 1 warehouse per order (Beijing Branch has 2)",
        },
      ])
      expect(entryOf(result, "Beijing Branch")).toMatchObject({
        verdict: "considered",
        code: "split_limit",
        text: "Beijing Branch: out of area, 1,899 km, has 2/5; over the split limit",
      })

      const three = strategy.route(
        context({
          lines: [KETTLE(3), MIXER(2), FILTER(4)],
          warehouses: [...warehouses, warehouse("cd", { iitem_filter: 4 })],
          rules: [rule.splits(1), rule.nearest()],
        })
      )
      expect(three.allocations.map((a) => a.location_id)).toEqual([
        "sloc_gz",
        "sloc_cd",
      ])
      expect(three.unallocated).toEqual([
        expect.objectContaining({ line_item_id: "mixer", quantity: 2 }),
      ])
    })
  })

  describe("HQ fallback", () => {
    it("ships from HQ what the split limit kept out", () => {
      const result = strategy.route(
        context({
          lines: [KETTLE(3), MIXER(2)],
          warehouses: [
            warehouse("gz", { iitem_kettle: 3 }),
            warehouse("sh", { iitem_mixer: 2 }),
          ],
          rules: [rule.splits(0), rule.nearest(), rule.fallback()],
        })
      )
      expect(result.status).toEqual("allocated")
      expect(result.allocations).toEqual([
        { line_item_id: "kettle", location_id: "sloc_gz", quantity: 3 },
        { line_item_id: "mixer", location_id: "sloc_sh", quantity: 2 },
      ])
      expect(entryOf(result, "Shanghai HQ Warehouse")).toMatchObject({
        verdict: "fallback",
        code: "fallback",
        text: "Shanghai HQ Warehouse: fallback",
      })
      expect(result.summary).toEqual(
        "Split across Guangzhou Branch and Shanghai HQ Warehouse (fallback)."
      )
    })

    it("ignores area, capacity and ships-online, not is_active", () => {
      const lines = [KETTLE(3)]
      const gz = warehouse("gz", { iitem_kettle: 1 })
      const hq = (profile: Partial<WarehouseProfile>, orders_today = 0) =>
        warehouse(
          "sh",
          { iitem_kettle: 5 },
          {
            orders_today,
            profile: {
              service_area: area(["上海", "江苏", "浙江"]),
              ...profile,
            },
          }
        )
      const rules = [
        rule.area(true),
        rule.capacity(),
        rule.nearest(),
        rule.fallback(),
      ]

      const outOfArea = strategy.route(
        context({ lines, warehouses: [gz, hq({})], rules })
      )
      expect(outOfArea.allocations).toEqual([
        { line_item_id: "kettle", location_id: "sloc_gz", quantity: 1 },
        { line_item_id: "kettle", location_id: "sloc_sh", quantity: 2 },
      ])
      expect(texts(outOfArea)).toContain(
        "Shanghai HQ Warehouse: fallback (out of area)"
      )

      const offline = strategy.route(
        context({ lines, warehouses: [gz, hq({ ships_online: false })], rules })
      )
      expect(offline.status).toEqual("allocated")
      expect(texts(offline)).toContain(
        "Shanghai HQ Warehouse: fallback (does not ship online orders)"
      )

      const full = strategy.route(
        context({
          lines,
          warehouses: [gz, hq({ daily_capacity: 100 }, 100)],
          rules,
        })
      )
      expect(full.status).toEqual("allocated")

      const inactive = strategy.route(
        context({ lines, warehouses: [gz, hq({ is_active: false })], rules })
      )
      expect(inactive.status).toEqual("partial")
      expect(entryOf(inactive, "Shanghai HQ Warehouse")?.code).toEqual(
        "inactive"
      )

      const branchOnly = strategy.route(
        context({
          lines,
          warehouses: [
            gz,
            warehouse(
              "bj",
              { iitem_kettle: 5 },
              { profile: { kind: "regional_branch" } }
            ),
          ],
          rules,
        })
      )
      expect(branchOnly.status).toEqual("partial")
    })
  })

  describe("min_split_value", () => {
    const rules = [rule.priority(), rule.minValue({ cny: 100 })]

    it("moves a small shipment into another warehouse of the plan", () => {
      const result = strategy.route(
        context({
          lines: [FILTER(1), KETTLE(1)],
          warehouses: [
            warehouse("cd", { iitem_filter: 1 }, { profile: { priority: 1 } }),
            warehouse(
              "gz",
              { iitem_filter: 5, iitem_kettle: 5 },
              { profile: { priority: 2 } }
            ),
          ],
          rules,
        })
      )
      expect(result.status).toEqual("allocated")
      expect(result.allocations).toEqual([
        { line_item_id: "filter", location_id: "sloc_gz", quantity: 1 },
        { line_item_id: "kettle", location_id: "sloc_gz", quantity: 1 },
      ])
      expect(entryOf(result, "Chengdu Branch")).toMatchObject({
        verdict: "considered",
        code: "below_min_split_value",
        text: "Chengdu Branch: out of area, 1,243 km, has 1/2; its shipment of 30 CNY is below the 100 CNY split minimum",
      })
    })

    it("leaves units unallocated when no other warehouse has them", () => {
      const result = strategy.route(
        context({
          lines: [FILTER(1), KETTLE(1)],
          warehouses: [
            warehouse("cd", { iitem_filter: 1 }, { profile: { priority: 1 } }),
            warehouse("gz", { iitem_kettle: 5 }, { profile: { priority: 2 } }),
          ],
          rules,
        })
      )
      expect(result.status).toEqual("partial")
      expect(result.allocations).toEqual([
        { line_item_id: "kettle", location_id: "sloc_gz", quantity: 1 },
      ])
      expect(result.unallocated).toEqual([
        {
          line_item_id: "filter",
          quantity: 1,
          reason:
            "Chengdu Branch would ship only 30 CNY, below the 100 CNY minimum per shipment of a split order, and no other warehouse of the order has 1 of Water Filter (SKU WF-1)",
        },
      ])
    })

    it("compares values with a float tolerance", () => {
      const cheap = (quantity: number) =>
        line("cable", quantity, { title: "Cable", unit_value: 0.1 })
      const result = strategy.route(
        context({
          lines: [cheap(3), KETTLE(1)],
          warehouses: [
            warehouse("cd", { iitem_cable: 3 }, { profile: { priority: 1 } }),
            warehouse("gz", { iitem_kettle: 5 }, { profile: { priority: 2 } }),
          ],
          rules: [rule.priority(), rule.minValue({ cny: 0.3 })],
        })
      )
      expect(result.status).toEqual("allocated")
      expect(result.summary).toEqual(
        "Split across Chengdu Branch and Guangzhou Branch."
      )
    })

    it("does not apply to one warehouse or to a currency without amount", () => {
      const single = strategy.route(
        context({
          lines: [FILTER(1)],
          warehouses: [warehouse("cd", { iitem_filter: 1 })],
          rules,
        })
      )
      expect(single.status).toEqual("allocated")

      const usd = strategy.route(
        context({
          currency_code: "USD",
          lines: [FILTER(1), KETTLE(1)],
          warehouses: [
            warehouse("cd", { iitem_filter: 1 }, { profile: { priority: 1 } }),
            warehouse("gz", { iitem_kettle: 5 }, { profile: { priority: 2 } }),
          ],
          rules,
        })
      )
      expect(usd.status).toEqual("allocated")
      expect(usd.allocations).toHaveLength(2)
    })
  })

  describe("stock", () => {
    it("counts kit parts by required quantity", () => {
      const kit = line("gift-set", 2, {
        title: "Kettle gift set",
        inventory: [
          { inventory_item_id: "iitem_kettle", required_quantity: 2 },
          { inventory_item_id: "iitem_cup", required_quantity: 1 },
        ],
      })
      const result = strategy.route(
        context({
          lines: [kit],
          warehouses: [
            warehouse("gz", { iitem_kettle: 3, iitem_cup: 10 }),
            warehouse("sh", { iitem_kettle: 4, iitem_cup: 1 }),
          ],
          rules: [rule.nearest()],
        })
      )
      // Guangzhou has kettles for one set, HQ cups for one more.
      expect(result.allocations).toEqual([
        { line_item_id: "gift-set", location_id: "sloc_gz", quantity: 1 },
        { line_item_id: "gift-set", location_id: "sloc_sh", quantity: 1 },
      ])
      expect(entryOf(result, "Guangzhou Branch")?.facts?.has).toEqual(1)
    })

    it("does not count an item shared by two lines twice", () => {
      const kit = line("gift-set", 1, {
        title: "Kettle gift set",
        inventory: [
          { inventory_item_id: "iitem_kettle", required_quantity: 1 },
          { inventory_item_id: "iitem_cup", required_quantity: 2 },
        ],
      })
      const result = strategy.route(
        context({
          lines: [KETTLE(2), kit],
          warehouses: [
            warehouse("gz", { iitem_kettle: 2, iitem_cup: 5 }),
            warehouse("sh", { iitem_kettle: 3, iitem_cup: 2 }),
          ],
          rules: [rule.splits(1), rule.nearest()],
        })
      )
      expect(entryOf(result, "Guangzhou Branch")?.facts?.has).toEqual(2)
      expect(result.summary).toEqual("Ships from Shanghai HQ Warehouse.")
    })

    it("sends lines without stock with the rest of the order", () => {
      const warranty = line("warranty", 1, {
        title: "Extended warranty",
        inventory: [],
      })
      for (const rules of [
        [rule.nearest()],
        [rule.splits(1), rule.nearest()],
      ]) {
        const result = strategy.route(
          context({
            lines: [warranty, KETTLE(1)],
            warehouses: [
              warehouse("gz", {}),
              warehouse("sh", { iitem_kettle: 1 }),
            ],
            rules,
          })
        )
        expect(result.allocations).toEqual([
          { line_item_id: "warranty", location_id: "sloc_sh", quantity: 1 },
          { line_item_id: "kettle", location_id: "sloc_sh", quantity: 1 },
        ])
      }
    })
  })

  it("routes by area rules when the buyer cannot be placed", () => {
    const destination: RoutingDestination = {
      country_code: "cn",
      province: "广东",
      city: null,
      postal_code: null,
    }
    const result = strategy.route(
      context({
        destination,
        geocode: { point: null, source: null, label: null },
        warehouses: [
          warehouse("sh", { iitem_kettle: 5 }),
          warehouse("gz", { iitem_kettle: 5 }),
        ],
      })
    )
    expect(texts(result)).toEqual([
      "Buyer could not be placed; routed by area rules without distance",
      "Guangzhou Branch: in area, distance unknown, has 3/3",
      "Shanghai HQ Warehouse: in area, distance unknown, has 3/3; not needed",
    ])
    expect(result.trace[0].code).toEqual("not_geocoded")
  })

  it.each([
    [
      { country_code: "cn", province: "广东", city: "佛山", postal_code: null },
      "Buyer placed by province Guangdong",
    ],
    [
      { country_code: "cn", province: "西藏", city: null, postal_code: null },
      "Buyer placed at the centre of China (country only, distances are rough)",
    ],
  ])("says how the buyer was placed: %j", (destination, text) => {
    const result = strategy.route(context({ destination }))
    expect(result.trace[0]).toEqual({
      location_id: null,
      name: null,
      verdict: "info",
      code: "geocoded",
      text,
    })
  })

  it("reads a custom geocoder's point without source", () => {
    const result = strategy.route(
      context({
        geocode: {
          point: { latitude: 23.13, longitude: 113.26 },
          source: null,
          label: null,
        },
      })
    )
    expect(result.trace[0].text).toEqual("Buyer placed at 23.13, 113.26")
  })

  it("is deterministic whatever the order of warehouses", () => {
    const warehouses = [
      warehouse("sh", { iitem_kettle: 2, iitem_mixer: 1 }),
      warehouse("gz", { iitem_kettle: 1 }),
      warehouse("bj", { iitem_mixer: 2 }),
      warehouse("cd", { iitem_kettle: 2 }),
    ]
    const ctx = context({ lines: [KETTLE(3), MIXER(2)], warehouses })
    const first = strategy.route(ctx)
    const reversed = strategy.route({
      ...ctx,
      warehouses: [...warehouses].reverse(),
    })
    expect(reversed).toEqual(first)
    expect(strategy.route(ctx)).toEqual(first)
  })

  it("does not change its input", () => {
    const ctx = context({
      lines: [KETTLE(3)],
      warehouses: [warehouse("gz", { iitem_kettle: 3 })],
    })
    const copy = structuredClone(ctx)
    strategy.route(ctx)
    expect(ctx).toEqual(copy)
  })

  it("has nothing to ship for an empty order", async () => {
    const result = await routeOrder(
      context({ lines: [], warehouses: [warehouse("gz", {})] })
    )
    expect(result).toMatchObject({
      status: "allocated",
      allocations: [],
      unallocated: [],
      summary: "Nothing to ship.",
    })
  })
})
