/**
 * Demo data of Huaxia Appliances (华夏电器), a traditional home-appliance
 * maker with a Shanghai headquarters warehouse and three regional branches.
 * Names are the idempotency keys of the seed: renaming an entry here makes the
 * next run create a new record instead of finding the old one.
 */

export const SEED_MARKER_KEY = "huaxia_seed"
export const SEED_VERSION = 1

export const LOCATION_KEYS = [
  "shanghai",
  "guangzhou",
  "beijing",
  "chengdu",
] as const

export type LocationKey = (typeof LOCATION_KEYS)[number]

export const STORE_NAME = "Huaxia Appliances Mall / 华夏电器商城"

export const SALES_CHANNELS = {
  online: {
    name: "Online Mall",
    description: "华夏电器线上商城: web and mobile storefront",
    metadata: { channel_kind: "online" },
  },
  offline: {
    name: "Offline Branches",
    description:
      "华夏电器线下门店与分公司: branch stores, agents and distributors",
    metadata: { channel_kind: "offline" },
  },
} as const

type LocationSeed = {
  name: string
  address: {
    address_1: string
    city: string
    province: string
    postal_code: string
    country_code: string
    phone: string
  }
  metadata: {
    code: string
    kind: "hq" | "branch"
    name_zh: string
    province_code: string
    latitude: number
    longitude: number
  }
}

export const STOCK_LOCATIONS: Record<LocationKey, LocationSeed> = {
  shanghai: {
    name: "Shanghai HQ Warehouse",
    address: {
      address_1: "1888 Jiangchang West Road, Jing'an District",
      city: "Shanghai",
      province: "Shanghai",
      postal_code: "200000",
      country_code: "cn",
      phone: "+862162880000",
    },
    metadata: {
      code: "SH-HQ",
      kind: "hq",
      name_zh: "上海总部仓",
      province_code: "CN-SH",
      latitude: 31.2304,
      longitude: 121.4737,
    },
  },
  guangzhou: {
    name: "Guangzhou Branch",
    address: {
      address_1: "233 Huangpu Avenue West, Tianhe District",
      city: "Guangzhou",
      province: "Guangdong",
      postal_code: "510000",
      country_code: "cn",
      phone: "+862038880000",
    },
    metadata: {
      code: "GZ-BR",
      kind: "branch",
      name_zh: "广州分公司",
      province_code: "CN-GD",
      latitude: 23.1291,
      longitude: 113.2644,
    },
  },
  beijing: {
    name: "Beijing Branch",
    address: {
      address_1: "66 Jianguo Road, Chaoyang District",
      city: "Beijing",
      province: "Beijing",
      postal_code: "100000",
      country_code: "cn",
      phone: "+861065880000",
    },
    metadata: {
      code: "BJ-BR",
      kind: "branch",
      name_zh: "北京分公司",
      province_code: "CN-BJ",
      latitude: 39.9042,
      longitude: 116.4074,
    },
  },
  chengdu: {
    name: "Chengdu Branch",
    address: {
      address_1: "9 Tianfu Avenue North, Wuhou District",
      city: "Chengdu",
      province: "Sichuan",
      postal_code: "610000",
      country_code: "cn",
      phone: "+862885880000",
    },
    metadata: {
      code: "CD-BR",
      kind: "branch",
      name_zh: "成都分公司",
      province_code: "CN-SC",
      latitude: 30.5728,
      longitude: 104.0668,
    },
  },
}

export const PAYMENT_PROVIDERS = ["pp_cod_cod", "pp_system_default"]
export const FULFILLMENT_PROVIDER_ID = "manual_manual"
export const TAX_PROVIDER_ID = "tp_system"

export const REGIONS = {
  china: {
    name: "China",
    currency_code: "cny",
    countries: ["cn"],
    // Chinese shelf prices include VAT, so the price a buyer sees is the total.
    is_tax_inclusive: true,
  },
  international: {
    name: "International",
    currency_code: "usd",
    countries: ["hk", "sg", "us"],
    is_tax_inclusive: false,
  },
} as const

export const TAX_REGIONS: {
  country_code: string
  default_tax_rate?: { name: string; code: string; rate: number }
}[] = [
  {
    country_code: "cn",
    default_tax_rate: { name: "China VAT 增值税", code: "CN-VAT", rate: 13 },
  },
  { country_code: "hk" },
  { country_code: "sg" },
  { country_code: "us" },
]

export const STORE_CURRENCIES = [
  { currency_code: "cny", is_default: true, is_tax_inclusive: true },
  { currency_code: "usd", is_default: false, is_tax_inclusive: false },
]

export const SHIPPING_PROFILE_NAME = "Default Shipping Profile"

export const SERVICE_ZONES = {
  china: { name: "Mainland China", countries: ["cn"] },
  international: {
    name: "International",
    countries: ["hk", "sg", "us"],
  },
} as const

export type ZoneKey = keyof typeof SERVICE_ZONES

type ShippingOptionSeed = {
  name: string
  zone: ZoneKey
  is_return: boolean
  // Branch options stay out of the storefront: branches have no duty to ship
  // online orders; staff use them for admin orders, fulfilments and returns.
  enabled_in_store: boolean
  price: { currency_code: string; amount: number }
  type: keyof typeof SHIPPING_OPTION_TYPES
}

export const SHIPPING_OPTION_TYPES = {
  standard: {
    label: "Standard",
    description: "Standard courier, 2-5 days",
    code: "standard",
  },
  return: {
    label: "Return",
    description: "Return shipment to the warehouse",
    code: "return",
  },
}

export const fulfillmentSetName = (key: LocationKey) =>
  `${STOCK_LOCATIONS[key].name} delivery`

export const SHIPPING_OPTIONS: Record<LocationKey, ShippingOptionSeed[]> = {
  shanghai: [
    {
      name: "Standard courier",
      zone: "china",
      is_return: false,
      enabled_in_store: true,
      price: { currency_code: "cny", amount: 0 },
      type: "standard",
    },
    {
      name: "Return to Shanghai HQ",
      zone: "china",
      is_return: true,
      enabled_in_store: true,
      price: { currency_code: "cny", amount: 0 },
      type: "return",
    },
    {
      name: "Standard courier",
      zone: "international",
      is_return: false,
      enabled_in_store: true,
      price: { currency_code: "usd", amount: 10 },
      type: "standard",
    },
    {
      name: "International return to Shanghai HQ",
      zone: "international",
      is_return: true,
      enabled_in_store: true,
      price: { currency_code: "usd", amount: 0 },
      type: "return",
    },
  ],
  guangzhou: branchOptions("Guangzhou"),
  beijing: branchOptions("Beijing"),
  chengdu: branchOptions("Chengdu"),
}

function branchOptions(city: string): ShippingOptionSeed[] {
  return [
    {
      name: `Branch delivery from ${city}`,
      zone: "china",
      is_return: false,
      enabled_in_store: false,
      price: { currency_code: "cny", amount: 0 },
      type: "standard",
    },
    {
      name: `Return to ${city} Branch`,
      zone: "china",
      is_return: true,
      enabled_in_store: false,
      price: { currency_code: "cny", amount: 0 },
      type: "return",
    },
  ]
}

export const PRODUCT_TAGS = [
  "bestseller",
  "energy-saving",
  "bulky",
  "gift",
  "no-cod",
]

export const PRODUCT_CATEGORIES = [
  { handle: "kitchen-appliances", name: "Kitchen Appliances / 厨房电器" },
  { handle: "home-comfort", name: "Home Comfort / 生活电器" },
  { handle: "large-appliances", name: "Large Appliances / 大家电" },
  { handle: "gifts", name: "Gifts / 礼品" },
]

type VariantSeed = {
  title: string
  sku: string
  options: Record<string, string>
  prices: { cny: number; usd: number }
  // Missing locations get no inventory level at all (not stocked there).
  stock: Partial<Record<LocationKey, number>>
  weight?: number
}

export type ProductSeed = {
  handle: string
  title: string
  subtitle: string
  description: string
  category: string
  tags: string[]
  weight: number
  hs_code: string
  options: { title: string; values: string[] }[]
  variants: VariantSeed[]
}

export const PRODUCTS: ProductSeed[] = [
  {
    handle: "huaxia-electric-kettle-1-7l",
    title: "Electric Kettle 1.7L / 电热水壶",
    subtitle: "304 stainless steel, 1800 W, auto shut-off",
    description:
      "Boils 1.7 litres in five minutes. Food-grade 304 stainless steel inner pot, dry-boil protection and a 360° base. 食品级304不锈钢内胆, 防干烧, 一年质保.",
    category: "kitchen-appliances",
    tags: ["bestseller"],
    weight: 1200,
    hs_code: "851671",
    options: [
      {
        title: "Colour",
        values: ["Pearl White 珍珠白", "China Red 中国红", "Ink Black 墨黑"],
      },
    ],
    variants: [
      {
        title: "Pearl White 珍珠白",
        sku: "HX-KT17-WHT",
        options: { Colour: "Pearl White 珍珠白" },
        prices: { cny: 199, usd: 29 },
        stock: { shanghai: 200, guangzhou: 80, beijing: 60, chengdu: 30 },
      },
      {
        title: "China Red 中国红",
        sku: "HX-KT17-RED",
        options: { Colour: "China Red 中国红" },
        prices: { cny: 219, usd: 32 },
        stock: { shanghai: 150, guangzhou: 50, beijing: 0, chengdu: 20 },
      },
      {
        title: "Ink Black 墨黑",
        sku: "HX-KT17-BLK",
        options: { Colour: "Ink Black 墨黑" },
        prices: { cny: 199, usd: 29 },
        stock: { shanghai: 100, beijing: 40 },
      },
    ],
  },
  {
    handle: "huaxia-smart-rice-cooker",
    title: "Smart Rice Cooker / 智能电饭煲",
    subtitle: "IH heating, 24-hour reservation, porcelain-coated bowl",
    description:
      "Induction heating for even cooking, twelve menus including congee and claypot rice, 24-hour delayed start. IH电磁加热, 12种烹饪模式, 24小时预约.",
    category: "kitchen-appliances",
    tags: ["bestseller", "energy-saving"],
    weight: 4500,
    hs_code: "851660",
    options: [{ title: "Capacity", values: ["3L", "5L"] }],
    variants: [
      {
        title: "3L",
        sku: "HX-RC-3L",
        options: { Capacity: "3L" },
        prices: { cny: 399, usd: 59 },
        stock: { shanghai: 120, guangzhou: 60, beijing: 40, chengdu: 0 },
        weight: 3800,
      },
      {
        title: "5L",
        sku: "HX-RC-5L",
        options: { Capacity: "5L" },
        prices: { cny: 599, usd: 85 },
        stock: { shanghai: 90, guangzhou: 45, beijing: 30, chengdu: 15 },
        weight: 4500,
      },
    ],
  },
  {
    handle: "huaxia-air-purifier-kj500",
    title: "Air Purifier KJ500 / 空气净化器",
    subtitle: "CADR 500 m³/h, H13 HEPA filter, for rooms up to 60 m²",
    description:
      "Removes 99.97% of PM2.5, pollen and formaldehyde. The Pro model adds a laser particle sensor and app control. 有效去除PM2.5与甲醛, Pro版支持手机App.",
    category: "home-comfort",
    tags: ["energy-saving"],
    weight: 9800,
    hs_code: "842139",
    options: [{ title: "Model", values: ["Standard 标准版", "Pro 智能版"] }],
    variants: [
      {
        title: "Standard 标准版",
        sku: "HX-KJ500-STD",
        options: { Model: "Standard 标准版" },
        prices: { cny: 1999, usd: 289 },
        stock: { shanghai: 60, beijing: 35, guangzhou: 10 },
      },
      {
        title: "Pro 智能版",
        sku: "HX-KJ500-PRO",
        options: { Model: "Pro 智能版" },
        prices: { cny: 2599, usd: 369 },
        stock: { shanghai: 25, beijing: 15, chengdu: 0 },
      },
    ],
  },
  {
    handle: "huaxia-french-door-refrigerator-520l",
    title: "French-Door Refrigerator 520L / 法式多门冰箱",
    subtitle: "Inverter compressor, frost-free, grade 1 energy efficiency",
    description:
      "520 litres across four doors with a convertible zone for meat and seafood. Delivered and installed by the nearest branch. 一级能效变频, 风冷无霜, 送装一体.",
    category: "large-appliances",
    tags: ["bulky", "energy-saving"],
    weight: 98000,
    hs_code: "841810",
    options: [
      { title: "Colour", values: ["Silver 星光银", "Champagne Gold 香槟金"] },
    ],
    variants: [
      {
        title: "Silver 星光银",
        sku: "HX-BCD520-SLV",
        options: { Colour: "Silver 星光银" },
        prices: { cny: 8999, usd: 1299 },
        stock: { shanghai: 12, guangzhou: 4, beijing: 3 },
      },
      {
        title: "Champagne Gold 香槟金",
        sku: "HX-BCD520-GLD",
        options: { Colour: "Champagne Gold 香槟金" },
        prices: { cny: 9499, usd: 1369 },
        stock: { shanghai: 6 },
      },
    ],
  },
  {
    handle: "huaxia-premium-tea-gift-box",
    title: "Premium Tea Gift Box / 精品茶叶礼盒",
    subtitle: "Corporate gift set in a lacquered wooden box",
    description:
      "Spring-harvest West Lake Longjing or an aged Yunnan Pu'er cake, packed in a lacquered wooden box. Prepaid only: gift orders are not eligible for cash on delivery. 礼品类商品仅支持在线支付.",
    category: "gifts",
    tags: ["gift", "no-cod"],
    weight: 1500,
    hs_code: "090210",
    options: [
      {
        title: "Edition",
        values: [
          "West Lake Longjing 250g 西湖龙井",
          "Aged Pu'er 357g 陈年普洱",
        ],
      },
    ],
    variants: [
      {
        title: "West Lake Longjing 250g 西湖龙井",
        sku: "HX-TEA-LJ250",
        options: { Edition: "West Lake Longjing 250g 西湖龙井" },
        prices: { cny: 688, usd: 99 },
        stock: { shanghai: 300, guangzhou: 50, beijing: 50, chengdu: 50 },
      },
      {
        title: "Aged Pu'er 357g 陈年普洱",
        sku: "HX-TEA-PE357",
        options: { Edition: "Aged Pu'er 357g 陈年普洱" },
        prices: { cny: 1288, usd: 179 },
        stock: { shanghai: 80, chengdu: 40 },
      },
    ],
  },
]

export const PUBLISHABLE_KEY_TITLE = "Huaxia Online Mall storefront"

export const CUSTOMERS = [
  {
    email: "wang.wei@example.com",
    first_name: "伟",
    last_name: "王",
    phone: "+8613800138001",
    address: {
      address_1: "88 Century Avenue, Pudong New Area",
      city: "Shanghai",
      province: "Shanghai",
      postal_code: "200120",
    },
  },
  {
    email: "li.na@example.com",
    first_name: "娜",
    last_name: "李",
    phone: "+8613900139002",
    address: {
      address_1: "1 Shennan Avenue, Futian District",
      city: "Shenzhen",
      province: "Guangdong",
      postal_code: "518000",
    },
  },
  {
    email: "zhang.qiang@example.com",
    first_name: "强",
    last_name: "张",
    phone: "+8613700137003",
    address: {
      address_1: "15 Sanlitun Road, Chaoyang District",
      city: "Beijing",
      province: "Beijing",
      postal_code: "100020",
    },
  },
  {
    email: "liu.yang@example.com",
    first_name: "洋",
    last_name: "刘",
    phone: "+8615800158004",
    company_name: "成都天府酒店管理有限公司",
    address: {
      address_1: "99 Chunxi Road, Jinjiang District",
      city: "Chengdu",
      province: "Sichuan",
      postal_code: "610021",
    },
  },
  {
    email: "chen.jing@example.com",
    first_name: "静",
    last_name: "陈",
    phone: "+8618600186005",
    // Zhejiang has no branch: orders from here exercise fallback routing.
    address: {
      address_1: "18 Wensan Road, Xihu District",
      city: "Hangzhou",
      province: "Zhejiang",
      postal_code: "310012",
    },
  },
]

export const DEFAULT_ADMIN = {
  email: "admin@huaxia-mall.test",
  password: "supersecret",
}
