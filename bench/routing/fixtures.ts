/**
 * Seeded, realistic routing data for the bench: 200 warehouses across China
 * (HQs, regional branches, stores, third-party logistics), a catalogue with
 * kits and non-stocked lines, and orders of 1 to 20 lines to addresses
 * spelled the many ways buyers write them.
 */
import type {
  GeoCentroid,
  RoutingDestination,
  RoutingLine,
  RoutingWarehouse,
  WarehouseKind,
} from "../../src/types/routing"

/** mulberry32: small, fast, and the same sequence on every machine. */
export function prng(seed: number): () => number {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

type City = {
  city: string
  cityZh: string
  province: string
  provinceZh: string
  latitude: number
  longitude: number
  postal: string
}

const c = (
  city: string,
  cityZh: string,
  province: string,
  provinceZh: string,
  latitude: number,
  longitude: number,
  postal: string
): City => ({
  city,
  cityZh,
  province,
  provinceZh,
  latitude,
  longitude,
  postal,
})

export const CITIES: City[] = [
  c("Shanghai", "上海", "Shanghai", "上海", 31.2304, 121.4737, "200"),
  c("Beijing", "北京", "Beijing", "北京", 39.9042, 116.4074, "100"),
  c("Guangzhou", "广州", "Guangdong", "广东", 23.1291, 113.2644, "510"),
  c("Shenzhen", "深圳", "Guangdong", "广东", 22.5431, 114.0579, "518"),
  c("Dongguan", "东莞", "Guangdong", "广东", 23.0207, 113.7518, "523"),
  c("Foshan", "佛山", "Guangdong", "广东", 23.0215, 113.1214, "528"),
  c("Chengdu", "成都", "Sichuan", "四川", 30.5728, 104.0668, "610"),
  c("Chongqing", "重庆", "Chongqing", "重庆", 29.563, 106.5516, "400"),
  c("Wuhan", "武汉", "Hubei", "湖北", 30.5928, 114.3055, "430"),
  c("Xi'an", "西安", "Shaanxi", "陕西", 34.3416, 108.9398, "710"),
  c("Hangzhou", "杭州", "Zhejiang", "浙江", 30.2741, 120.1551, "310"),
  c("Ningbo", "宁波", "Zhejiang", "浙江", 29.8683, 121.544, "315"),
  c("Nanjing", "南京", "Jiangsu", "江苏", 32.0603, 118.7969, "210"),
  c("Suzhou", "苏州", "Jiangsu", "江苏", 31.2989, 120.5853, "215"),
  c("Wuxi", "无锡", "Jiangsu", "江苏", 31.4912, 120.3119, "214"),
  c("Tianjin", "天津", "Tianjin", "天津", 39.3434, 117.3616, "300"),
  c("Shenyang", "沈阳", "Liaoning", "辽宁", 41.8057, 123.4315, "110"),
  c("Dalian", "大连", "Liaoning", "辽宁", 38.914, 121.6147, "116"),
  c("Harbin", "哈尔滨", "Heilongjiang", "黑龙江", 45.8038, 126.535, "150"),
  c("Changchun", "长春", "Jilin", "吉林", 43.8171, 125.3235, "130"),
  c("Jinan", "济南", "Shandong", "山东", 36.6512, 117.1201, "250"),
  c("Qingdao", "青岛", "Shandong", "山东", 36.0671, 120.3826, "266"),
  c("Zhengzhou", "郑州", "Henan", "河南", 34.7466, 113.6254, "450"),
  c("Changsha", "长沙", "Hunan", "湖南", 28.2282, 112.9388, "410"),
  c("Nanchang", "南昌", "Jiangxi", "江西", 28.682, 115.8579, "330"),
  c("Fuzhou", "福州", "Fujian", "福建", 26.0745, 119.2965, "350"),
  c("Xiamen", "厦门", "Fujian", "福建", 24.4798, 118.0894, "361"),
  c("Hefei", "合肥", "Anhui", "安徽", 31.8206, 117.2272, "230"),
  c("Kunming", "昆明", "Yunnan", "云南", 25.0389, 102.7183, "650"),
  c("Guiyang", "贵阳", "Guizhou", "贵州", 26.647, 106.6302, "550"),
  c("Nanning", "南宁", "Guangxi", "广西", 22.817, 108.3665, "530"),
  c("Haikou", "海口", "Hainan", "海南", 20.044, 110.1999, "570"),
  c("Lanzhou", "兰州", "Gansu", "甘肃", 36.0611, 103.8343, "730"),
  c("Xining", "西宁", "Qinghai", "青海", 36.6171, 101.7782, "810"),
  c("Yinchuan", "银川", "Ningxia", "宁夏", 38.4872, 106.2309, "750"),
  c("Urumqi", "乌鲁木齐", "Xinjiang", "新疆", 43.8256, 87.6168, "830"),
  c("Lhasa", "拉萨", "Tibet", "西藏", 29.652, 91.1721, "850"),
  c("Hohhot", "呼和浩特", "Inner Mongolia", "内蒙古", 40.8424, 111.7492, "010"),
  c("Taiyuan", "太原", "Shanxi", "山西", 37.8706, 112.5489, "030"),
  c("Shijiazhuang", "石家庄", "Hebei", "河北", 38.0428, 114.5149, "050"),
]

/** Country, province, city and 3-digit postal rows, as a seed would load. */
export function centroids(): GeoCentroid[] {
  const rows: GeoCentroid[] = [
    {
      country_code: "cn",
      province: null,
      city: null,
      postal_prefix: null,
      aliases: ["中国"],
      latitude: 35.8617,
      longitude: 104.1954,
      label: "China",
    },
  ]
  const provinces = new Set<string>()
  for (const city of CITIES) {
    if (!provinces.has(city.province)) {
      provinces.add(city.province)
      rows.push({
        country_code: "cn",
        province: city.province,
        city: null,
        postal_prefix: null,
        aliases: [city.provinceZh],
        latitude: city.latitude + 0.5,
        longitude: city.longitude + 0.5,
        label: city.province,
      })
    }
    rows.push({
      country_code: "cn",
      province: city.province,
      city: city.city,
      postal_prefix: null,
      aliases: [city.cityZh],
      latitude: city.latitude,
      longitude: city.longitude,
      label: city.city,
    })
    rows.push({
      country_code: "cn",
      province: city.province,
      city: city.city,
      postal_prefix: city.postal,
      aliases: [],
      latitude: city.latitude,
      longitude: city.longitude,
      label: city.city,
    })
  }
  return rows
}

export interface Variant {
  id: string
  title: string
  sku: string
  unit_value: number
  inventory: RoutingLine["inventory"]
}

export interface Dataset {
  warehouses: RoutingWarehouse[]
  items: string[]
  variants: Variant[]
}

const ITEMS = 600
const VARIANTS = 800

export function dataset(seed: number, warehouseCount: number): Dataset {
  const rand = prng(seed)
  const int = (lo: number, hi: number) =>
    lo + Math.floor(rand() * (hi - lo + 1))
  const pick = <T>(xs: T[]) => xs[Math.floor(rand() * xs.length)]

  const items = Array.from(
    { length: ITEMS },
    (_, i) => `iitem_bench_${String(i).padStart(4, "0")}`
  )
  const variants: Variant[] = Array.from({ length: VARIANTS }, (_, i) => {
    const r = rand()
    // Mostly one item; some kits (a gift set of two kettles and a cup);
    // a few services without stock.
    const inventory =
      r < 0.03
        ? []
        : r < 0.13
          ? Array.from({ length: int(2, 3) }, () => ({
              inventory_item_id: pick(items),
              required_quantity: int(1, 2),
            }))
          : [{ inventory_item_id: items[i % ITEMS], required_quantity: 1 }]
    return {
      id: `variant_bench_${i}`,
      title: `Appliance ${i}`,
      sku: `HX-${String(i).padStart(4, "0")}`,
      unit_value: int(20, 3000),
      inventory,
    }
  })

  const provincesZh = [...new Set(CITIES.map((city) => city.provinceZh))]
  const warehouses: RoutingWarehouse[] = []
  for (let i = 0; i < warehouseCount; i++) {
    const kind: WarehouseKind =
      i === 0 || i === 1
        ? "hq"
        : pick([
            "regional_branch",
            "regional_branch",
            "regional_branch",
            "store",
            "store",
            "third_party",
          ] as WarehouseKind[])
    const city = i === 0 ? CITIES[0] : i === 1 ? CITIES[8] : pick(CITIES)
    const service_area = {
      countries: ["cn"],
      provinces:
        kind === "regional_branch"
          ? [
              // Admins write provinces every way; routing must not care.
              pick([city.provinceZh, `${city.provinceZh}省`, city.province]),
              pick(provincesZh),
              pick(provincesZh),
            ]
          : [],
      cities: kind === "store" ? [city.cityZh, city.city] : [],
      postal_prefixes: [],
    }
    const stockShare = {
      hq: 0.9,
      regional_branch: 0.35,
      store: 0.1,
      third_party: 0.25,
    }[kind]
    const available: Record<string, number> = {}
    for (const item of items) {
      if (rand() < stockShare) {
        available[item] = int(0, 40)
      }
    }
    const capacity = rand() < 0.5 ? null : int(50, 500)
    const location_id = `sloc_bench_${String(i).padStart(3, "0")}`
    const known = rand() > 0.05
    warehouses.push({
      location_id,
      name:
        kind === "hq"
          ? `${city.city} HQ Warehouse`
          : `${city.city} ${kind === "store" ? "Store" : kind === "third_party" ? "3PL" : "Branch"} ${i}`,
      available,
      orders_today:
        capacity === null ? int(0, 300) : int(0, Math.ceil(capacity * 1.05)),
      profile: {
        id: `wp_bench_${i}`,
        stock_location_id: location_id,
        kind,
        service_area,
        latitude: known ? city.latitude + (rand() - 0.5) * 0.6 : null,
        longitude: known ? city.longitude + (rand() - 0.5) * 0.6 : null,
        priority: kind === "hq" ? 50 : int(1, 10),
        daily_capacity: capacity,
        ships_online: kind === "hq" || rand() < 0.85,
        accepts_returns: true,
        is_active: kind === "hq" || rand() < 0.95,
      },
    })
  }
  return { warehouses, items, variants }
}

export interface BenchOrder {
  destination: RoutingDestination
  lines: RoutingLine[]
}

export function orders(
  seed: number,
  data: Dataset,
  count: number
): BenchOrder[] {
  const rand = prng(seed)
  const int = (lo: number, hi: number) =>
    lo + Math.floor(rand() * (hi - lo + 1))
  return Array.from({ length: count }, (_, n) => {
    const city = CITIES[Math.floor(rand() * CITIES.length)]
    const style = rand()
    const destination: RoutingDestination =
      style < 0.05
        ? // Unplaceable: a typo'd city, no postal code.
          {
            country_code: "cn",
            province: null,
            city: "Guangzhuo",
            postal_code: null,
          }
        : {
            country_code: style < 0.5 ? "cn" : "CN",
            province: style < 0.5 ? `${city.provinceZh}省` : city.province,
            city: style < 0.7 ? `${city.cityZh}市` : city.city,
            postal_code:
              style < 0.85
                ? `${city.postal}${int(0, 999)}`.padEnd(6, "0")
                : null,
          }
    const lineCount = int(1, 20)
    const lines: RoutingLine[] = Array.from({ length: lineCount }, (_, k) => {
      // A few best sellers take most of the orders.
      const variant =
        data.variants[Math.floor(rand() ** 2 * data.variants.length)]
      return {
        line_item_id: `ordli_bench_${n}_${k}`,
        variant_id: variant.id,
        title: variant.title,
        sku: variant.sku,
        quantity: rand() < 0.7 ? 1 : int(2, 6),
        unit_value: variant.unit_value,
        inventory: variant.inventory,
      }
    })
    return { destination, lines }
  })
}
