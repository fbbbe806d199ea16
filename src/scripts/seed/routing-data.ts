import type { GeoCentroid, WarehouseProfileInput } from "../../types/routing"
import { type LocationKey, STOCK_LOCATIONS } from "./huaxia-data"

/**
 * Routing data of the Huaxia demo: the warehouse profiles of its four stock
 * locations and the centroid table that places Chinese buyers on the map.
 *
 * The centroid table is the single source of truth for the demo and the
 * tests. An admin can import more rows as CSV with these columns:
 *
 *   country_code,province,city,postal_prefix,aliases,latitude,longitude,label
 *   cn,guangdong,,,广东|广东省|cn-gd,23.1291,113.2644,Guangdong
 *   cn,guangdong,shenzhen,518,深圳|深圳市,22.5431,114.0579,postal 518 (Shenzhen)
 *
 * `aliases` are separated by "|"; empty province, city and postal prefix
 * make a country row. Rows are upserted by (country, province, city, postal
 * prefix), so importing a file again updates instead of duplicating.
 */

type ProvinceSeed = {
  name: string
  zh: string
  /** Full Chinese name as addresses write it ("广东省", "广西壮族自治区"). */
  zh_full: string
  /** ISO 3166-2 code without the "CN-". */
  iso: string
  /** Capital city: where the province is placed. */
  latitude: number
  longitude: number
  /** Other Latin spellings addresses carry. */
  also?: string[]
  /** The province's main 2-digit postal prefix (mainland only). */
  postal?: string
}

/** The 34 provincial-level divisions, placed at their capitals. */
// prettier-ignore
export const CN_PROVINCES: ProvinceSeed[] = [
  { name: "Beijing", zh: "北京", zh_full: "北京市", iso: "bj", latitude: 39.9042, longitude: 116.4074, postal: "10" },
  { name: "Tianjin", zh: "天津", zh_full: "天津市", iso: "tj", latitude: 39.3434, longitude: 117.3616, postal: "30" },
  { name: "Hebei", zh: "河北", zh_full: "河北省", iso: "he", latitude: 38.0428, longitude: 114.5149, postal: "05" },
  { name: "Shanxi", zh: "山西", zh_full: "山西省", iso: "sx", latitude: 37.8706, longitude: 112.5489, postal: "03" },
  { name: "Inner Mongolia", zh: "内蒙古", zh_full: "内蒙古自治区", iso: "nm", latitude: 40.8424, longitude: 111.749, also: ["nei mongol", "neimenggu"], postal: "01" },
  { name: "Liaoning", zh: "辽宁", zh_full: "辽宁省", iso: "ln", latitude: 41.8057, longitude: 123.4315, postal: "11" },
  { name: "Jilin", zh: "吉林", zh_full: "吉林省", iso: "jl", latitude: 43.8171, longitude: 125.3235, postal: "13" },
  { name: "Heilongjiang", zh: "黑龙江", zh_full: "黑龙江省", iso: "hl", latitude: 45.8038, longitude: 126.535, postal: "15" },
  { name: "Shanghai", zh: "上海", zh_full: "上海市", iso: "sh", latitude: 31.2304, longitude: 121.4737, postal: "20" },
  { name: "Jiangsu", zh: "江苏", zh_full: "江苏省", iso: "js", latitude: 32.0603, longitude: 118.7969, postal: "21" },
  { name: "Zhejiang", zh: "浙江", zh_full: "浙江省", iso: "zj", latitude: 30.2741, longitude: 120.1551, postal: "31" },
  { name: "Anhui", zh: "安徽", zh_full: "安徽省", iso: "ah", latitude: 31.8206, longitude: 117.2272, postal: "23" },
  { name: "Fujian", zh: "福建", zh_full: "福建省", iso: "fj", latitude: 26.0745, longitude: 119.2965, postal: "35" },
  { name: "Jiangxi", zh: "江西", zh_full: "江西省", iso: "jx", latitude: 28.682, longitude: 115.8579, postal: "33" },
  { name: "Shandong", zh: "山东", zh_full: "山东省", iso: "sd", latitude: 36.6512, longitude: 117.1201, postal: "25" },
  { name: "Henan", zh: "河南", zh_full: "河南省", iso: "ha", latitude: 34.7466, longitude: 113.6254, postal: "45" },
  { name: "Hubei", zh: "湖北", zh_full: "湖北省", iso: "hb", latitude: 30.5928, longitude: 114.3055, postal: "43" },
  { name: "Hunan", zh: "湖南", zh_full: "湖南省", iso: "hn", latitude: 28.2282, longitude: 112.9388, postal: "41" },
  { name: "Guangdong", zh: "广东", zh_full: "广东省", iso: "gd", latitude: 23.1291, longitude: 113.2644, postal: "51" },
  { name: "Guangxi", zh: "广西", zh_full: "广西壮族自治区", iso: "gx", latitude: 22.817, longitude: 108.3665, postal: "53" },
  { name: "Hainan", zh: "海南", zh_full: "海南省", iso: "hi", latitude: 20.044, longitude: 110.1999, postal: "57" },
  { name: "Chongqing", zh: "重庆", zh_full: "重庆市", iso: "cq", latitude: 29.563, longitude: 106.5516, postal: "40" },
  { name: "Sichuan", zh: "四川", zh_full: "四川省", iso: "sc", latitude: 30.5728, longitude: 104.0668, postal: "61" },
  { name: "Guizhou", zh: "贵州", zh_full: "贵州省", iso: "gz", latitude: 26.647, longitude: 106.6302, postal: "55" },
  { name: "Yunnan", zh: "云南", zh_full: "云南省", iso: "yn", latitude: 25.0389, longitude: 102.7183, postal: "65" },
  { name: "Tibet", zh: "西藏", zh_full: "西藏自治区", iso: "xz", latitude: 29.652, longitude: 91.1721, also: ["xizang"], postal: "85" },
  { name: "Shaanxi", zh: "陕西", zh_full: "陕西省", iso: "sn", latitude: 34.3416, longitude: 108.9398, postal: "71" },
  { name: "Gansu", zh: "甘肃", zh_full: "甘肃省", iso: "gs", latitude: 36.0611, longitude: 103.8343, postal: "73" },
  { name: "Qinghai", zh: "青海", zh_full: "青海省", iso: "qh", latitude: 36.6171, longitude: 101.7782, postal: "81" },
  { name: "Ningxia", zh: "宁夏", zh_full: "宁夏回族自治区", iso: "nx", latitude: 38.4872, longitude: 106.2309, postal: "75" },
  { name: "Xinjiang", zh: "新疆", zh_full: "新疆维吾尔自治区", iso: "xj", latitude: 43.8256, longitude: 87.6168, postal: "83" },
  { name: "Taiwan", zh: "台湾", zh_full: "台湾省", iso: "tw", latitude: 25.033, longitude: 121.5654 },
  { name: "Hong Kong", zh: "香港", zh_full: "香港特别行政区", iso: "hk", latitude: 22.3193, longitude: 114.1694, also: ["hongkong", "xianggang"] },
  { name: "Macau", zh: "澳门", zh_full: "澳门特别行政区", iso: "mo", latitude: 22.1987, longitude: 113.5439, also: ["macao", "aomen"] },
]

type CitySeed = {
  name: string
  zh: string
  province: string
  /** Its 3-digit postal prefix. */
  postal: string
  latitude: number
  longitude: number
}

/** Major cities with their 3-digit postal prefixes. */
// prettier-ignore
export const CN_CITIES: CitySeed[] = [
  { name: "Beijing", zh: "北京", province: "Beijing", postal: "100", latitude: 39.9042, longitude: 116.4074 },
  { name: "Tianjin", zh: "天津", province: "Tianjin", postal: "300", latitude: 39.3434, longitude: 117.3616 },
  { name: "Shijiazhuang", zh: "石家庄", province: "Hebei", postal: "050", latitude: 38.0428, longitude: 114.5149 },
  { name: "Taiyuan", zh: "太原", province: "Shanxi", postal: "030", latitude: 37.8706, longitude: 112.5489 },
  { name: "Hohhot", zh: "呼和浩特", province: "Inner Mongolia", postal: "010", latitude: 40.8424, longitude: 111.749 },
  { name: "Shenyang", zh: "沈阳", province: "Liaoning", postal: "110", latitude: 41.8057, longitude: 123.4315 },
  { name: "Dalian", zh: "大连", province: "Liaoning", postal: "116", latitude: 38.914, longitude: 121.6147 },
  { name: "Changchun", zh: "长春", province: "Jilin", postal: "130", latitude: 43.8171, longitude: 125.3235 },
  { name: "Harbin", zh: "哈尔滨", province: "Heilongjiang", postal: "150", latitude: 45.8038, longitude: 126.535 },
  { name: "Shanghai", zh: "上海", province: "Shanghai", postal: "200", latitude: 31.2304, longitude: 121.4737 },
  { name: "Nanjing", zh: "南京", province: "Jiangsu", postal: "210", latitude: 32.0603, longitude: 118.7969 },
  { name: "Suzhou", zh: "苏州", province: "Jiangsu", postal: "215", latitude: 31.299, longitude: 120.5853 },
  { name: "Hangzhou", zh: "杭州", province: "Zhejiang", postal: "310", latitude: 30.2741, longitude: 120.1551 },
  { name: "Ningbo", zh: "宁波", province: "Zhejiang", postal: "315", latitude: 29.8683, longitude: 121.544 },
  { name: "Hefei", zh: "合肥", province: "Anhui", postal: "230", latitude: 31.8206, longitude: 117.2272 },
  { name: "Fuzhou", zh: "福州", province: "Fujian", postal: "350", latitude: 26.0745, longitude: 119.2965 },
  { name: "Xiamen", zh: "厦门", province: "Fujian", postal: "361", latitude: 24.4798, longitude: 118.0894 },
  { name: "Nanchang", zh: "南昌", province: "Jiangxi", postal: "330", latitude: 28.682, longitude: 115.8579 },
  { name: "Jinan", zh: "济南", province: "Shandong", postal: "250", latitude: 36.6512, longitude: 117.1201 },
  { name: "Qingdao", zh: "青岛", province: "Shandong", postal: "266", latitude: 36.0671, longitude: 120.3826 },
  { name: "Zhengzhou", zh: "郑州", province: "Henan", postal: "450", latitude: 34.7466, longitude: 113.6254 },
  { name: "Wuhan", zh: "武汉", province: "Hubei", postal: "430", latitude: 30.5928, longitude: 114.3055 },
  { name: "Changsha", zh: "长沙", province: "Hunan", postal: "410", latitude: 28.2282, longitude: 112.9388 },
  { name: "Guangzhou", zh: "广州", province: "Guangdong", postal: "510", latitude: 23.1291, longitude: 113.2644 },
  { name: "Shenzhen", zh: "深圳", province: "Guangdong", postal: "518", latitude: 22.5431, longitude: 114.0579 },
  { name: "Dongguan", zh: "东莞", province: "Guangdong", postal: "523", latitude: 23.0207, longitude: 113.7518 },
  { name: "Foshan", zh: "佛山", province: "Guangdong", postal: "528", latitude: 23.0215, longitude: 113.1214 },
  { name: "Nanning", zh: "南宁", province: "Guangxi", postal: "530", latitude: 22.817, longitude: 108.3665 },
  { name: "Haikou", zh: "海口", province: "Hainan", postal: "570", latitude: 20.044, longitude: 110.1999 },
  { name: "Sanya", zh: "三亚", province: "Hainan", postal: "572", latitude: 18.2528, longitude: 109.5119 },
  { name: "Chongqing", zh: "重庆", province: "Chongqing", postal: "400", latitude: 29.563, longitude: 106.5516 },
  { name: "Chengdu", zh: "成都", province: "Sichuan", postal: "610", latitude: 30.5728, longitude: 104.0668 },
  { name: "Guiyang", zh: "贵阳", province: "Guizhou", postal: "550", latitude: 26.647, longitude: 106.6302 },
  { name: "Kunming", zh: "昆明", province: "Yunnan", postal: "650", latitude: 25.0389, longitude: 102.7183 },
  { name: "Lhasa", zh: "拉萨", province: "Tibet", postal: "850", latitude: 29.652, longitude: 91.1721 },
  { name: "Xi'an", zh: "西安", province: "Shaanxi", postal: "710", latitude: 34.3416, longitude: 108.9398 },
  { name: "Lanzhou", zh: "兰州", province: "Gansu", postal: "730", latitude: 36.0611, longitude: 103.8343 },
  { name: "Xining", zh: "西宁", province: "Qinghai", postal: "810", latitude: 36.6171, longitude: 101.7782 },
  { name: "Yinchuan", zh: "银川", province: "Ningxia", postal: "750", latitude: 38.4872, longitude: 106.2309 },
  { name: "Urumqi", zh: "乌鲁木齐", province: "Xinjiang", postal: "830", latitude: 43.8256, longitude: 87.6168 },
]

const lower = (s: string) => s.toLowerCase()

const provinceAliases = (p: ProvinceSeed) => [
  p.zh,
  p.zh_full,
  `cn-${p.iso}`,
  ...(p.also ?? []),
]

/**
 * Country, province, 2-digit postal, city and 3-digit postal rows of China:
 * a buyer is placed by the most precise of them her address matches.
 */
export const CN_CENTROIDS: GeoCentroid[] = [
  {
    country_code: "cn",
    province: null,
    city: null,
    postal_prefix: null,
    aliases: ["china", "中国"],
    // The usual map centre of China: a rough guess for an address with no province.
    latitude: 35.8617,
    longitude: 104.1954,
    label: "China",
  },
  ...CN_PROVINCES.map((p): GeoCentroid => ({
    country_code: "cn",
    province: lower(p.name),
    city: null,
    postal_prefix: null,
    aliases: provinceAliases(p),
    latitude: p.latitude,
    longitude: p.longitude,
    label: p.name,
  })),
  ...CN_PROVINCES.filter((p) => p.postal).map((p): GeoCentroid => ({
    country_code: "cn",
    province: lower(p.name),
    city: null,
    postal_prefix: p.postal!,
    aliases: [],
    latitude: p.latitude,
    longitude: p.longitude,
    label: `postal ${p.postal} (${p.name})`,
  })),
  ...CN_CITIES.flatMap((c): GeoCentroid[] => [
    {
      country_code: "cn",
      province: lower(c.province),
      city: lower(c.name),
      postal_prefix: null,
      aliases: [c.zh, `${c.zh}市`],
      latitude: c.latitude,
      longitude: c.longitude,
      label: c.name,
    },
    {
      country_code: "cn",
      province: lower(c.province),
      city: lower(c.name),
      postal_prefix: c.postal,
      aliases: [],
      latitude: c.latitude,
      longitude: c.longitude,
      label: `postal ${c.postal} (${c.name})`,
    },
  ]),
]

/**
 * Provinces as addresses carry them: the English name, the Chinese short
 * and full names and the ISO 3166-2 code all match.
 */
const provincesOf = (...names: string[]) =>
  names.flatMap((name) => {
    const p = CN_PROVINCES.find((candidate) => candidate.name === name)
    return p ? [lower(p.name), ...provinceAliases(p)] : [lower(name)]
  })

const coordinates = (key: LocationKey) => ({
  latitude: STOCK_LOCATIONS[key].metadata.latitude,
  longitude: STOCK_LOCATIONS[key].metadata.longitude,
})

/**
 * HQ serves all of China and ships what the branches cannot; each branch
 * serves its region and has opted in to online orders.
 */
export const WAREHOUSE_PROFILES: Record<
  LocationKey,
  Omit<WarehouseProfileInput, "stock_location_id">
> = {
  shanghai: {
    kind: "hq",
    service_area: {
      countries: ["cn"],
      provinces: [],
      cities: [],
      postal_prefixes: [],
    },
    ...coordinates("shanghai"),
    priority: 10,
    daily_capacity: 500,
    ships_online: true,
    accepts_returns: true,
    is_active: true,
  },
  guangzhou: {
    kind: "regional_branch",
    service_area: {
      countries: ["cn"],
      provinces: provincesOf("Guangdong", "Guangxi", "Hainan", "Fujian"),
      cities: [],
      postal_prefixes: [],
    },
    ...coordinates("guangzhou"),
    priority: 20,
    daily_capacity: 200,
    ships_online: true,
    accepts_returns: true,
    is_active: true,
  },
  beijing: {
    kind: "regional_branch",
    service_area: {
      countries: ["cn"],
      provinces: provincesOf(
        "Beijing",
        "Tianjin",
        "Hebei",
        "Shandong",
        "Shanxi",
        "Liaoning",
        "Jilin",
        "Heilongjiang",
        "Inner Mongolia"
      ),
      cities: [],
      postal_prefixes: [],
    },
    ...coordinates("beijing"),
    priority: 20,
    daily_capacity: 200,
    ships_online: true,
    accepts_returns: true,
    is_active: true,
  },
  chengdu: {
    kind: "regional_branch",
    service_area: {
      countries: ["cn"],
      provinces: provincesOf(
        "Sichuan",
        "Chongqing",
        "Yunnan",
        "Guizhou",
        "Tibet"
      ),
      cities: [],
      postal_prefixes: [],
    },
    ...coordinates("chengdu"),
    priority: 20,
    daily_capacity: 100,
    ships_online: true,
    accepts_returns: true,
    is_active: true,
  },
}
