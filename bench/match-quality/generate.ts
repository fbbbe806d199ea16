/**
 * A labeled, synthetic data set for the customer matcher, deterministic for
 * a seed: base records (the CRM's golden contacts) and query records (what
 * an import row or an online order looks like), each query labeled with the
 * base it is, or null when it is nobody in the base set.
 *
 * Positives are bases rewritten the ways real data differs: formats of
 * phones and e-mails, typos, homophones typed through an input method,
 * traditional characters, romanised names, swapped name fields, "王先生"
 * for a name, missing fields, a new phone, a move. Hard negatives are other
 * people who look alike: the same name in the same postal area or, for the
 * commonest names, at the same street number, relatives
 * and spouses sharing a phone, a family e-mail, a recycled phone number,
 * sister companies. Names are drawn by real surname frequencies, so common
 * names (王伟, 张敏...) collide among bases too.
 */
import { pinyin } from "pinyin-pro"
import type { ContactAddress, ContactRecord } from "../../src/types/crm"

export interface BaseRecord {
  id: string
  record: ContactRecord
}

export interface LabeledQuery {
  id: string
  record: ContactRecord
  /** The base this record is, or null for somebody new. */
  truth: string | null
  scenario: string
}

export interface Dataset {
  bases: BaseRecord[]
  queries: LabeledQuery[]
}

export interface GenerateOptions {
  seed: number
  bases: number
  queries: number
  /** Share of queries that are hard negatives. */
  negative_share?: number
}

// ---------------------------------------------------------------- random

export type Rng = () => number

/** mulberry32: small, fast, and the same sequence on every machine. */
export function seededRng(seed: number): Rng {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

const int = (rng: Rng, lo: number, hi: number) =>
  lo + Math.floor(rng() * (hi - lo + 1))
const pick = <T>(rng: Rng, xs: readonly T[]): T =>
  xs[Math.floor(rng() * xs.length)]
const chance = (rng: Rng, p: number) => rng() < p
const digits = (rng: Rng, n: number) =>
  Array.from({ length: n }, () => String(int(rng, 0, 9))).join("")

function weighted<T>(rng: Rng, items: readonly (readonly [T, number])[]): T {
  const total = items.reduce((s, [, w]) => s + w, 0)
  let r = rng() * total
  for (const [item, w] of items) {
    r -= w
    if (r < 0) {
      return item
    }
  }
  return items[items.length - 1][0]
}

// ---------------------------------------------------------------- pools

// Share of the population in percent (2020 census order), so that 王, 李 and
// 张 dominate and common full names repeat.
const SURNAMES: [string, number][] = [
  ["王", 7.1],
  ["李", 7.0],
  ["张", 6.8],
  ["刘", 5.4],
  ["陈", 4.5],
  ["杨", 3.1],
  ["黄", 2.2],
  ["赵", 2.0],
  ["吴", 1.9],
  ["周", 1.9],
  ["徐", 1.3],
  ["孙", 1.2],
  ["马", 1.2],
  ["朱", 1.1],
  ["胡", 1.0],
  ["郭", 1.0],
  ["何", 0.9],
  ["高", 0.9],
  ["林", 0.9],
  ["罗", 0.8],
  ["郑", 0.7],
  ["梁", 0.7],
  ["谢", 0.6],
  ["宋", 0.5],
  ["唐", 0.5],
  ["许", 0.5],
  ["韩", 0.45],
  ["冯", 0.44],
  ["邓", 0.43],
  ["曹", 0.42],
  ["彭", 0.41],
  ["曾", 0.4],
  ["肖", 0.4],
  ["田", 0.4],
  ["董", 0.4],
  ["袁", 0.35],
  ["潘", 0.35],
  ["于", 0.34],
  ["蒋", 0.33],
  ["蔡", 0.33],
  ["余", 0.32],
  ["杜", 0.32],
  ["叶", 0.31],
  ["程", 0.31],
  ["苏", 0.3],
  ["魏", 0.3],
  ["吕", 0.3],
  ["丁", 0.29],
  ["任", 0.28],
  ["沈", 0.27],
  ["单", 0.05],
  ["欧阳", 0.05],
  ["司马", 0.01],
  ["诸葛", 0.01],
]

// Single-character given names, the commonest first: 张伟 and 王芳 are
// shared by hundreds of thousands of people.
const GIVEN_SINGLE: [string, number][] = [
  ["伟", 10],
  ["芳", 9],
  ["娜", 8],
  ["敏", 8],
  ["静", 8],
  ["丽", 7],
  ["强", 7],
  ["磊", 7],
  ["军", 7],
  ["洋", 6],
  ["勇", 6],
  ["艳", 6],
  ["杰", 6],
  ["娟", 5],
  ["涛", 5],
  ["明", 5],
  ["超", 5],
  ["秀", 4],
  ["霞", 4],
  ["平", 4],
  ["刚", 4],
  ["桂", 3],
  ["斌", 3],
  ["峰", 3],
  ["辉", 3],
  ["鹏", 3],
  ["华", 3],
  ["玲", 3],
  ["燕", 3],
  ["红", 3],
  ["婷", 2],
  ["欣", 2],
  ["宇", 2],
  ["浩", 2],
  ["晨", 2],
]

const GIVEN_CHARS =
  "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉兰萍红鹏辉建国志文斌宇浩凯健俊帆帅旭宁龙林欣佳雪琳晨阳飞婷颖丹亮波宏峰鑫莉燕晓东海云凤梅玲娇瑶倩蕾璐嘉怡梦诗雨涵子轩博睿泽宸皓然铭远航鸿达锋荣锦锐钰贤惠怀德坚兴义礼智信仁爱"

// Homophones an input method offers for the same pinyin (checked with
// pinyin-pro): the commonest typo in Chinese names.
const HOMOPHONES: Record<string, string> = {
  伟: "玮炜维",
  丽: "莉俐立",
  静: "婧晶",
  敏: "民闽",
  军: "君均",
  杰: "洁捷",
  芳: "方昉",
  华: "桦骅",
  明: "铭鸣",
  强: "蔷",
  磊: "垒蕾",
  涛: "韬滔",
  斌: "彬滨",
  峰: "锋丰",
  红: "虹宏",
  平: "萍苹",
  刚: "钢",
  文: "雯",
  娟: "鹃",
  玲: "铃龄",
  燕: "艳雁",
  辉: "晖慧",
  建: "剑健",
  志: "智致",
  宇: "雨羽",
  浩: "昊皓",
  婷: "亭庭",
  欣: "新鑫",
  佳: "嘉家",
  雪: "学",
  晨: "辰宸",
  阳: "洋扬",
  飞: "菲非",
  英: "瑛莹",
  兰: "岚",
}

// Traditional forms as Hong Kong and Taiwan customers write them.
const TRADITIONAL: Record<string, string> = {
  陈: "陳",
  张: "張",
  刘: "劉",
  杨: "楊",
  黄: "黃",
  赵: "趙",
  吴: "吳",
  孙: "孫",
  马: "馬",
  郑: "鄭",
  许: "許",
  谢: "謝",
  韩: "韓",
  冯: "馮",
  邓: "鄧",
  肖: "蕭",
  蒋: "蔣",
  叶: "葉",
  苏: "蘇",
  吕: "呂",
  罗: "羅",
  袁: "袁",
  余: "餘",
  欧: "歐",
  阳: "陽",
  诸: "諸",
  单: "單",
  伟: "偉",
  丽: "麗",
  强: "強",
  军: "軍",
  杰: "傑",
  涛: "濤",
  刚: "剛",
  华: "華",
  兰: "蘭",
  红: "紅",
  鹏: "鵬",
  辉: "輝",
  国: "國",
  飞: "飛",
  颖: "穎",
  晓: "曉",
  东: "東",
  云: "雲",
  凤: "鳳",
  娇: "嬌",
  瑶: "瑤",
  梦: "夢",
  诗: "詩",
  轩: "軒",
  铭: "銘",
  远: "遠",
  鸿: "鴻",
  达: "達",
  锋: "鋒",
  荣: "榮",
  锦: "錦",
  锐: "銳",
  钰: "鈺",
  贤: "賢",
  怀: "懷",
  兴: "興",
  义: "義",
  礼: "禮",
  爱: "愛",
  宁: "寧",
  龙: "龍",
  帅: "帥",
  凯: "凱",
  泽: "澤",
  艳: "豔",
  娟: "娟",
  静: "靜",
  玲: "玲",
  宝: "寶",
  发: "發",
  电: "電",
  子: "子",
  科: "科",
  技: "技",
  贸: "貿",
  实: "實",
  业: "業",
  机: "機",
  械: "械",
  团: "團",
  门: "門",
  区: "區",
  号: "號",
  楼: "樓",
  路: "路",
  广: "廣",
  圳: "圳",
  汉: "漢",
  庆: "慶",
  齐: "齊",
  丰: "豐",
  鑫: "鑫",
  网: "網",
  络: "絡",
  软: "軟",
  件: "件",
  园: "園",
}

interface City {
  name: string
  province: string
  postal: string
  districts: string[]
  area_code: string
}

const CITIES: City[] = [
  {
    name: "北京",
    province: "北京",
    postal: "100",
    districts: ["朝阳区", "海淀区", "东城区", "丰台区"],
    area_code: "010",
  },
  {
    name: "上海",
    province: "上海",
    postal: "200",
    districts: ["浦东新区", "徐汇区", "静安区", "闵行区"],
    area_code: "021",
  },
  {
    name: "广州",
    province: "广东",
    postal: "510",
    districts: ["天河区", "越秀区", "海珠区", "白云区"],
    area_code: "020",
  },
  {
    name: "深圳",
    province: "广东",
    postal: "518",
    districts: ["南山区", "福田区", "宝安区", "龙岗区"],
    area_code: "0755",
  },
  {
    name: "杭州",
    province: "浙江",
    postal: "310",
    districts: ["西湖区", "上城区", "滨江区"],
    area_code: "0571",
  },
  {
    name: "成都",
    province: "四川",
    postal: "610",
    districts: ["武侯区", "锦江区", "青羊区"],
    area_code: "028",
  },
  {
    name: "武汉",
    province: "湖北",
    postal: "430",
    districts: ["江汉区", "武昌区", "洪山区"],
    area_code: "027",
  },
  {
    name: "南京",
    province: "江苏",
    postal: "210",
    districts: ["鼓楼区", "玄武区", "江宁区"],
    area_code: "025",
  },
  {
    name: "西安",
    province: "陕西",
    postal: "710",
    districts: ["雁塔区", "碑林区", "未央区"],
    area_code: "029",
  },
  {
    name: "重庆",
    province: "重庆",
    postal: "400",
    districts: ["渝中区", "江北区", "南岸区"],
    area_code: "023",
  },
  {
    name: "苏州",
    province: "江苏",
    postal: "215",
    districts: ["姑苏区", "工业园区", "吴中区"],
    area_code: "0512",
  },
  {
    name: "长沙",
    province: "湖南",
    postal: "410",
    districts: ["岳麓区", "芙蓉区", "天心区"],
    area_code: "0731",
  },
  {
    name: "郑州",
    province: "河南",
    postal: "450",
    districts: ["金水区", "二七区", "中原区"],
    area_code: "0371",
  },
  {
    name: "东莞",
    province: "广东",
    postal: "523",
    districts: ["南城街道", "东城街道", "长安镇"],
    area_code: "0769",
  },
]

const ROADS =
  "人民路 中山路 解放路 建设路 和平路 新华路 科技园路 滨海大道 学院路 长江路 黄河路 文化路 工业大道 花园街 青年路 光明路 胜利路 幸福路".split(
    " "
  )

const MOBILE_PREFIXES =
  "130 131 132 133 135 136 137 138 139 150 151 152 153 155 156 157 158 159 166 176 177 180 181 182 183 185 186 187 188 189 198 199".split(
    " "
  )

const EMAIL_DOMAINS: [string, number][] = [
  ["qq.com", 35],
  ["163.com", 20],
  ["126.com", 8],
  ["gmail.com", 10],
  ["sina.com", 5],
  ["outlook.com", 6],
  ["hotmail.com", 4],
  ["foxmail.com", 3],
]

// With near pairs (Maria/Mario, Anna/Anne, Daniel/Daniela): relatives whose
// names are one letter apart.
const LATIN_FIRST =
  "John Michael David James Robert William Thomas Daniel Daniela Matthew Andrew Sarah Emma Olivia Sophia Laura Anna Anne Maria Mario Marie Julia Julian Peter Mark Kevin Brian Jennifer Jessica Emily Hannah Lukas Felix Sebastian Alexander Alexandra Christian Christina".split(
    " "
  )
const LATIN_LAST =
  "Smith Johnson Williams Brown Jones Miller Davis Wilson Anderson Taylor Thomas Moore Martin Jackson White Harris Clark Lewis Walker Young Müller Schmidt Fischer Weber Wagner García Martínez Lopez Dubois Bernard".split(
    " "
  )

const COMPANY_CORES =
  "华为 腾达 瑞丰 鸿运 金石 新世纪 恒通 宏图 天宇 盛达 嘉禾 远航 锦程 鼎盛 博远 汇丰 创新 联合 永安 海纳 华润 中科 东方 星辰 万达 富华 宝德 广信 长城 海天 明珠 光大 卓越 翔宇 合众 安盛 银河 九州 众诚 信达".split(
    " "
  )
const COMPANY_TRADES =
  "科技 电子 贸易 实业 机械 食品 医药 物流 网络 软件 电器 建材 纺织 服装 化工 文化 传媒 环保 能源 设备".split(
    " "
  )
const COMPANY_SUFFIXES: [string, number][] = [
  ["有限公司", 60],
  ["股份有限公司", 15],
  ["有限责任公司", 15],
  ["集团有限公司", 10],
]
const LATIN_COMPANY_CORES =
  "Acme Globex Initech Umbrella Stark Wayne Vandelay Hooli Soylent Cyberdyne Tyrell Wonka Oceanic Gringotts Monarch".split(
    " "
  )
const LATIN_COMPANY_SUFFIXES = [
  "Co., Ltd.",
  "Ltd",
  "Limited",
  "Inc.",
  "LLC",
  "GmbH",
  "Corp.",
  "Co Ltd",
]

// ---------------------------------------------------------------- people

interface Person {
  kind: "person" | "company"
  surname: string
  given: string
  latin: boolean
  phones: string[]
  email: string | null
  address: ContactAddress | null
  city: City
  company: string | null
  company_core: string | null
  tax_id: string | null
  /** The name as this record writes it, when not the plain full name. */
  written_name?: string
}

const syllables = (text: string) =>
  pinyin(text, { toneType: "none", type: "array", surname: "head" }).map((s) =>
    s.replace(/ü/g, "v")
  )

// Phones and e-mails belong to one person (or one household, when a
// negative shares them on purpose): never hand the same one out twice.
let used = new Set<string>()

function unique(make: () => string): string {
  for (;;) {
    const value = make()
    if (!used.has(value)) {
      used.add(value)
      return value
    }
  }
}

function mobile(rng: Rng) {
  return unique(() => pick(rng, MOBILE_PREFIXES) + digits(rng, 8))
}

function landline(rng: Rng, city: City) {
  return unique(() => `${city.area_code}-${int(rng, 2, 8)}${digits(rng, 7)}`)
}

function givenName(rng: Rng): string {
  if (chance(rng, 0.3)) {
    return weighted(rng, GIVEN_SINGLE)
  }
  return pick(rng, Array.from(GIVEN_CHARS)) + pick(rng, Array.from(GIVEN_CHARS))
}

function emailFor(rng: Rng, surname: string, given: string, latin: boolean) {
  return unique(() => anEmail(rng, surname, given, latin))
}

function anEmail(rng: Rng, surname: string, given: string, latin: boolean) {
  const domain = weighted(rng, EMAIL_DOMAINS)
  if (domain === "qq.com" && chance(rng, 0.6)) {
    return `${int(rng, 10000, 99999)}${digits(rng, int(rng, 0, 5))}@qq.com`
  }
  const g = latin ? given.toLowerCase() : syllables(given).join("")
  const s = latin ? surname.toLowerCase() : syllables(surname).join("")
  const local = weighted(rng, [
    [`${g}.${s}`, 2],
    [`${s}${g}`, 3],
    [`${s}.${g}`, 2],
    [`${g[0]}${s}`, 1],
  ] as const)
  return `${local}${chance(rng, 0.5) ? int(rng, 1, 99) : ""}@${domain}`
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
}

function addressIn(rng: Rng, city: City): ContactAddress {
  const building = chance(rng, 0.6)
    ? `${int(rng, 1, 30)}栋${int(rng, 1, 30)}0${int(rng, 1, 9)}室`
    : ""
  return {
    address_1: `${pick(rng, city.districts)}${pick(rng, ROADS)}${int(rng, 1, 999)}号${building}`,
    city: `${city.name}市`,
    province: city.province,
    postal_code: `${city.postal}${digits(rng, 3)}`,
    country_code: "cn",
  }
}

function taxId(rng: Rng, city: City) {
  const alnum = "0123456789ABCDEFGHJKLMNPQRTUWXY"
  const body = Array.from({ length: 9 }, () =>
    pick(rng, Array.from(alnum))
  ).join("")
  return `91${city.postal}${digits(rng, 3)}${body}${pick(rng, Array.from(alnum))}`
}

function newPerson(rng: Rng, city = pick(rng, CITIES)): Person {
  const latin = chance(rng, 0.06)
  const surname = latin ? pick(rng, LATIN_LAST) : weighted(rng, SURNAMES)
  const given = latin ? pick(rng, LATIN_FIRST) : givenName(rng)
  return {
    kind: "person",
    surname,
    given,
    latin,
    phones: chance(rng, 0.95) ? [mobile(rng)] : [],
    email: chance(rng, 0.7) ? emailFor(rng, surname, given, latin) : null,
    address: chance(rng, 0.85) ? addressIn(rng, city) : null,
    city,
    company: null,
    company_core: null,
    tax_id: null,
  }
}

function companyName(rng: Rng, core: string, city: City, latin: boolean) {
  if (latin) {
    return `${core} ${pick(rng, ["Trading", "Technology", "Industrial", "Electronics"])} ${pick(rng, LATIN_COMPANY_SUFFIXES)}`
  }
  const region = chance(rng, 0.7) ? `${city.name}市` : ""
  return `${region}${core}${pick(rng, COMPANY_TRADES)}${weighted(rng, COMPANY_SUFFIXES)}`
}

function newCompany(rng: Rng, city = pick(rng, CITIES)): Person {
  const contact = newPerson(rng, city)
  const latin = chance(rng, 0.15)
  const core = latin
    ? pick(rng, LATIN_COMPANY_CORES)
    : pick(rng, COMPANY_CORES) +
      (chance(rng, 0.5) ? pick(rng, COMPANY_CORES) : "")
  const name = companyName(rng, core, city, latin)
  const domain = unique(
    () =>
      `${latin ? core.toLowerCase() : syllables(core).join("")}${int(rng, 1, 99)}.com`
  )
  return {
    ...contact,
    kind: "company",
    phones: [landline(rng, city), ...(chance(rng, 0.4) ? [mobile(rng)] : [])],
    email: chance(rng, 0.8)
      ? `${pick(rng, ["info", "sales", "service", "office"])}@${domain}`
      : null,
    address: addressIn(rng, city),
    company: name,
    company_core: core,
    tax_id: chance(rng, 0.85) ? taxId(rng, city) : null,
  }
}

// ---------------------------------------------------------------- writing

interface Style {
  split_name: boolean
  latin_order_family_first: boolean
}

function toRecord(p: Person, style: Style): ContactRecord {
  const record: ContactRecord = {
    kind: p.kind,
    phones: [...p.phones],
    emails: p.email ? [p.email] : [],
    addresses: p.address ? [{ ...p.address }] : [],
    company_name: p.company,
    tax_id: p.tax_id,
  }
  if (p.written_name) {
    record.full_name = p.written_name
  } else if (style.split_name) {
    record.first_name = p.given
    record.last_name = p.surname
  } else if (p.latin) {
    record.full_name = style.latin_order_family_first
      ? `${p.surname} ${p.given}`
      : `${p.given} ${p.surname}`
  } else {
    record.full_name = `${p.surname}${p.given}`
  }
  return record
}

const FULL_WIDTH_OFFSET = 0xfee0
const fullWidth = (s: string) =>
  s.replace(/[0-9A-Za-z]/g, (c) =>
    String.fromCharCode(c.charCodeAt(0) + FULL_WIDTH_OFFSET)
  )

function formatPhone(rng: Rng, phone: string): string {
  if (!/^1\d{10}$/.test(phone)) {
    const compact = phone.replace("-", "")
    return pick(rng, [
      phone,
      compact,
      `+86 ${phone.slice(1).replace("-", " ")}`,
      `(${phone.split("-")[0]}) ${phone.split("-")[1]}`,
      `${phone} 转 ${int(rng, 100, 899)}`,
    ])
  }
  const a = phone.slice(0, 3)
  const b = phone.slice(3, 7)
  const c = phone.slice(7)
  return pick(rng, [
    phone,
    `+86 ${a} ${b} ${c}`,
    `0086 ${phone}`,
    `${a}-${b}-${c}`,
    `+86-${phone}`,
    `86${phone}`,
    fullWidth(phone),
    `${a} ${b} ${c}`,
    `(+86) ${phone}`,
  ])
}

function formatEmail(rng: Rng, email: string): string {
  const [local, domain] = email.split("@")
  const variants = [
    email,
    email.toUpperCase(),
    `${local}+${pick(rng, ["shop", "mall", "order"])}@${domain}`,
    ` ${email} `,
  ]
  if (domain === "gmail.com") {
    const dotted = local.replace(/\./g, "").replace(/^(.{2,4})/, "$1.")
    variants.push(`${dotted}@gmail.com`, `${local}@googlemail.com`)
  }
  return pick(rng, variants)
}

function formatAddress(rng: Rng, a: ContactAddress): ContactAddress {
  const out = { ...a }
  if (chance(rng, 0.4)) {
    out.city = out.city?.replace(/市$/, "") ?? null
  }
  if (chance(rng, 0.2)) {
    out.address_1 = `${a.province}省${a.city}${a.address_1}`
  }
  if (chance(rng, 0.2)) {
    out.address_1 =
      out.address_1?.replace(/(\d+)/g, (d) => fullWidth(d)) ?? null
  }
  if (chance(rng, 0.2)) {
    out.address_1 = out.address_1?.replace(/(区|路|号)/g, "$1 ") ?? null
  }
  if (chance(rng, 0.15)) {
    out.postal_code = `${a.postal_code?.slice(0, 3)} ${a.postal_code?.slice(3)}`
  }
  return out
}

/** The same data written differently: every query gets this. */
function reformat(rng: Rng, record: ContactRecord): ContactRecord {
  return {
    ...record,
    phones: record.phones.map((p) =>
      chance(rng, 0.8) ? formatPhone(rng, p) : p
    ),
    emails: record.emails.map((e) =>
      chance(rng, 0.5) ? formatEmail(rng, e) : e
    ),
    addresses: record.addresses.map((a) =>
      chance(rng, 0.7) ? formatAddress(rng, a) : a
    ),
    tax_id:
      record.tax_id && chance(rng, 0.3)
        ? record.tax_id
            .toLowerCase()
            .replace(/(.{4})/g, "$1 ")
            .trim()
        : record.tax_id,
  }
}

const traditional = (s: string) =>
  Array.from(s)
    .map((c) => TRADITIONAL[c] ?? c)
    .join("")

function latinTypo(rng: Rng, word: string): string {
  if (word.length < 4) {
    return word
  }
  const i = int(rng, 1, word.length - 2)
  const kind = int(rng, 0, 2)
  if (kind === 0) {
    return word.slice(0, i) + word[i + 1] + word[i] + word.slice(i + 2)
  }
  if (kind === 1) {
    return word.slice(0, i) + word.slice(i + 1)
  }
  return word.slice(0, i) + word[i] + word.slice(i)
}

function digitTypo(rng: Rng, phone: string): string {
  const i = int(rng, 3, phone.length - 1)
  let d = String(int(rng, 0, 9))
  while (d === phone[i]) {
    d = String(int(rng, 0, 9))
  }
  return phone.slice(0, i) + d + phone.slice(i + 1)
}

function romanised(rng: Rng, p: Person): string {
  const s = syllables(p.surname).join("")
  const g = syllables(p.given)
  const given = pick(rng, [g.join(""), g.join(" "), g.join("-")])
  const cap = (w: string) =>
    w.replace(/(^|[\s-])([a-z])/g, (_, sep, c) => sep + c.toUpperCase())
  const sur = chance(rng, 0.3) ? s.toUpperCase() : cap(s)
  return chance(rng, 0.5) ? `${sur} ${cap(given)}` : `${cap(given)} ${sur}`
}

function setName(
  record: ContactRecord,
  full: string | null,
  first?: string,
  last?: string
) {
  record.full_name = full
  record.first_name = first ?? null
  record.last_name = last ?? null
}

// ---------------------------------------------------------------- scenarios

type Mutation = (
  rng: Rng,
  p: Person,
  r: ContactRecord,
  all: Person[]
) => boolean

const POSITIVE: Record<string, Mutation> = {
  format: () => true,
  name_typo: (rng, p, r) => {
    if (p.latin) {
      const given = latinTypo(rng, p.given)
      setName(r, `${given} ${p.surname}`)
      return given !== p.given
    }
    const chars = Array.from(p.given)
    const at = chars.findIndex((c) => HOMOPHONES[c])
    if (at < 0) {
      return false
    }
    chars[at] = pick(rng, Array.from(HOMOPHONES[chars[at]]))
    setName(r, `${p.surname}${chars.join("")}`)
    return true
  },
  traditional: (rng, p, r) => {
    if (p.latin) {
      return false
    }
    setName(r, traditional(`${p.surname}${p.given}`))
    r.addresses = r.addresses.map((a) => ({
      ...a,
      address_1: traditional(a.address_1 ?? ""),
      city: traditional(a.city ?? ""),
    }))
    r.company_name = r.company_name ? traditional(r.company_name) : null
    return true
  },
  romanised: (rng, p, r) => {
    if (p.latin) {
      return false
    }
    setName(r, romanised(rng, p))
    return true
  },
  // An English name at work: "Kevin Wang" for 王伟. Nothing in the name says
  // it is him; only the other fields can.
  english_alias: (rng, p, r) => {
    if (p.latin || p.kind === "company") {
      return false
    }
    const surname = syllables(p.surname).join("")
    setName(
      r,
      `${pick(rng, LATIN_FIRST)} ${surname[0].toUpperCase()}${surname.slice(1)}`
    )
    return true
  },
  swapped: (rng, p, r) => {
    if (p.latin) {
      setName(r, `${p.surname} ${p.given}`)
    } else {
      // The given name in the family-name field: a Western form filled in.
      setName(r, null, p.surname, p.given)
    }
    return true
  },
  honorific: (rng, p, r) => {
    if (p.latin || p.kind === "company") {
      return false
    }
    setName(r, `${p.surname}${pick(rng, ["先生", "女士", "小姐"])}`)
    return true
  },
  partial: (rng, p, r) => {
    const drop = pick(rng, [
      "phone",
      "email",
      "address",
      "phone_address",
      "email_address",
    ])
    if (drop.includes("phone")) {
      r.phones = []
    }
    if (drop.includes("email")) {
      r.emails = []
    }
    if (drop.includes("address")) {
      r.addresses = []
    }
    return true
  },
  new_phone: (rng, p, r) => {
    if (!p.phones.length) {
      return false
    }
    r.phones = [mobile(rng)]
    return true
  },
  second_phone: (rng, p, r) => {
    r.phones = [...r.phones, mobile(rng)]
    return true
  },
  moved: (rng, p, r) => {
    if (!p.address) {
      return false
    }
    const city = chance(rng, 0.7) ? p.city : pick(rng, CITIES)
    r.addresses = [addressIn(rng, city)]
    return true
  },
  email_variant: (rng, p, r) => {
    if (!p.email) {
      return false
    }
    const [local, domain] = p.email.split("@")
    r.emails = [
      chance(rng, 0.5) && local.length >= 6
        ? `${latinTypo(rng, local)}@${domain}`
        : formatEmail(rng, p.email),
    ]
    return true
  },
  new_email: (rng, p, r) => {
    r.emails = [emailFor(rng, p.surname, p.given, p.latin)]
    return true
  },
  phone_typo: (rng, p, r) => {
    if (!p.phones.length || !/^1\d{10}$/.test(p.phones[0])) {
      return false
    }
    r.phones = [digitTypo(rng, p.phones[0])]
    return true
  },
  company_variant: (rng, p, r) => {
    if (p.kind !== "company" || !p.company_core) {
      return false
    }
    const latin = /^[A-Za-z]/.test(p.company_core)
    const base = (p.company ?? "").replace(
      /(有限责任公司|股份有限公司|集团有限公司|有限公司)$/,
      ""
    )
    r.company_name = latin
      ? (p.company ?? "").replace(/\s+\S+$/, "") +
        " " +
        pick(rng, LATIN_COMPANY_SUFFIXES)
      : pick(rng, [
          base,
          `${base}有限公司`,
          traditional(p.company ?? ""),
          base.replace(/^.{2}市/, ""),
        ])
    if (chance(rng, 0.3)) {
      r.tax_id = null
    }
    if (chance(rng, 0.3)) {
      const contact = newPerson(rng, p.city)
      setName(r, `${contact.surname}${contact.given}`)
    }
    return true
  },
}

// Two changes at once: where a matcher that relies on one field breaks.
const COMBOS: [string, string][] = [
  ["name_typo", "new_phone"],
  ["romanised", "partial"],
  ["traditional", "new_phone"],
  ["swapped", "moved"],
  ["name_typo", "moved"],
  ["romanised", "new_email"],
  ["honorific", "email_variant"],
  ["new_phone", "moved"],
  ["partial", "moved"],
]

const POSITIVE_MIX: [string, number][] = [
  ["format", 14],
  ["name_typo", 9],
  ["traditional", 6],
  ["romanised", 6],
  ["swapped", 6],
  ["honorific", 3],
  ["english_alias", 2],
  ["partial", 12],
  ["new_phone", 6],
  ["second_phone", 3],
  ["moved", 7],
  ["email_variant", 6],
  ["new_email", 4],
  ["phone_typo", 3],
  ["company_variant", 5],
  ["combo", 10],
]

function otherGiven(rng: Rng, p: Person): string {
  const own = syllables(p.given).join(" ")
  for (;;) {
    const g = p.latin ? pick(rng, LATIN_FIRST) : givenName(rng)
    // Parents do not give two children names that sound the same.
    if (g !== p.given && (p.latin || syllables(g).join(" ") !== own)) {
      return g
    }
  }
}

type Negative = (rng: Rng, p: Person) => Person | null

// A random person drawn for a spouse or a recycled number can get 张伟's
// own name; with his phone too, that record is him, not a negative.
function notNamesake(rng: Rng, other: Person, p: Person): Person {
  return other.surname === p.surname && other.given === p.given
    ? { ...other, given: otherGiven(rng, p) }
    : other
}

const NEGATIVE: Record<string, Negative> = {
  same_name_same_city: (rng, p) => {
    if (p.kind !== "person") {
      return null
    }
    return {
      ...newPerson(rng, p.city),
      surname: p.surname,
      given: p.given,
      latin: p.latin,
    }
  },
  same_name_other_city: (rng, p) => {
    if (p.kind !== "person") {
      return null
    }
    return {
      ...newPerson(rng),
      surname: p.surname,
      given: p.given,
      latin: p.latin,
    }
  },
  family_shared_phone: (rng, p) => {
    if (p.kind !== "person" || !p.phones.length) {
      return null
    }
    const other = newPerson(rng, p.city)
    return {
      ...other,
      surname: p.surname,
      given: otherGiven(rng, p),
      latin: p.latin,
      phones: [p.phones[0]],
      address: p.address && chance(rng, 0.7) ? p.address : other.address,
      email: chance(rng, 0.5) ? null : other.email,
    }
  },
  // The father of 王伟 orders as "王先生" from the household's phone.
  household_honorific: (rng, p) => {
    if (p.kind !== "person" || p.latin || !p.phones.length) {
      return null
    }
    const other = newPerson(rng, p.city)
    return {
      ...other,
      surname: p.surname,
      given: otherGiven(rng, p),
      written_name: `${p.surname}${pick(rng, ["先生", "女士"])}`,
      latin: false,
      phones: [p.phones[0]],
      address: p.address && chance(rng, 0.7) ? p.address : other.address,
      email: null,
    }
  },
  // 王伟 and 张敏 are so common that a large compound has several: the same
  // two-character name at the same street number is not yet one person.
  common_name_same_building: (rng, p) => {
    if (
      p.kind !== "person" ||
      p.latin ||
      Array.from(p.given).length !== 1 ||
      !p.address?.address_1
    ) {
      return null
    }
    const other = newPerson(rng, p.city)
    const street = p.address.address_1.replace(/\d+栋\d+室$/, "")
    let address_1 = street
    while (address_1 === p.address.address_1 || chance(rng, 0.5)) {
      address_1 = `${street}${int(rng, 1, 30)}栋${int(rng, 1, 30)}0${int(rng, 1, 9)}室`
    }
    return {
      ...other,
      surname: p.surname,
      given: p.given,
      latin: false,
      address: { ...p.address, address_1 },
    }
  },
  spouse_shared_phone: (rng, p) => {
    if (p.kind !== "person" || !p.phones.length) {
      return null
    }
    const other = notNamesake(rng, newPerson(rng, p.city), p)
    return {
      ...other,
      phones: [p.phones[0]],
      address: p.address && chance(rng, 0.7) ? p.address : other.address,
    }
  },
  family_shared_email: (rng, p) => {
    if (p.kind !== "person" || !p.email) {
      return null
    }
    const other = newPerson(rng, p.city)
    return {
      ...other,
      surname: p.surname,
      given: otherGiven(rng, p),
      latin: p.latin,
      email: p.email,
      address: p.address ?? other.address,
    }
  },
  recycled_phone: (rng, p) => {
    if (p.kind !== "person" || !p.phones.length) {
      return null
    }
    return { ...notNamesake(rng, newPerson(rng), p), phones: [p.phones[0]] }
  },
  sister_company: (rng, p) => {
    if (
      p.kind !== "company" ||
      !p.company_core ||
      /^[A-Za-z]/.test(p.company_core)
    ) {
      return null
    }
    const other = newCompany(rng, p.city)
    let trade = pick(rng, COMPANY_TRADES)
    while ((p.company ?? "").includes(trade)) {
      trade = pick(rng, COMPANY_TRADES)
    }
    return {
      ...other,
      company: `${p.city.name}市${p.company_core}${trade}有限公司`,
      company_core: p.company_core,
      // The group's switchboard answers for both.
      phones: chance(rng, 0.5) ? [p.phones[0]] : other.phones,
      address: chance(rng, 0.5) ? p.address : other.address,
    }
  },
  namesake_company: (rng, p) => {
    if (p.kind !== "company" || !p.company_core) {
      return null
    }
    let city = pick(rng, CITIES)
    while (city === p.city) {
      city = pick(rng, CITIES)
    }
    const other = newCompany(rng, city)
    const name = (p.company ?? "").replace(`${p.city.name}市`, "")
    return { ...other, company: name, company_core: p.company_core }
  },
}

const NEGATIVE_MIX: [string, number][] = [
  ["same_name_same_city", 22],
  ["same_name_other_city", 8],
  ["common_name_same_building", 4],
  ["family_shared_phone", 20],
  ["household_honorific", 4],
  ["spouse_shared_phone", 12],
  ["family_shared_email", 8],
  ["recycled_phone", 10],
  ["sister_company", 10],
  ["namesake_company", 8],
]

// ---------------------------------------------------------------- data set

const style = (rng: Rng): Style => ({
  split_name: chance(rng, 0.3),
  latin_order_family_first: chance(rng, 0.2),
})

export function generateDataset(options: GenerateOptions): Dataset {
  const rng = seededRng(options.seed)
  used = new Set()
  const people: Person[] = []
  for (let i = 0; i < options.bases; i++) {
    people.push(chance(rng, 0.15) ? newCompany(rng) : newPerson(rng))
  }
  const bases = people.map((p, i) => ({
    id: `base_${i}`,
    record: toRecord(p, style(rng)),
  }))

  const queries: LabeledQuery[] = []
  const negatives = Math.round(
    options.queries * (options.negative_share ?? 0.3)
  )
  while (queries.length < options.queries - negatives) {
    const i = int(rng, 0, people.length - 1)
    const p = people[i]
    const record = toRecord(p, style(rng))
    let scenario = weighted(rng, POSITIVE_MIX)
    const steps = scenario === "combo" ? pick(rng, COMBOS) : [scenario]
    if (!steps.every((step) => POSITIVE[step](rng, p, record, people))) {
      continue
    }
    if (scenario === "combo") {
      scenario = `combo:${steps.join("+")}`
    }
    queries.push({
      id: `q_${queries.length}`,
      record: reformat(rng, record),
      truth: bases[i].id,
      scenario,
    })
  }
  while (queries.length < options.queries) {
    const p = pick(rng, people)
    const scenario = weighted(rng, NEGATIVE_MIX)
    const other = NEGATIVE[scenario](rng, p)
    if (!other) {
      continue
    }
    queries.push({
      id: `q_${queries.length}`,
      record: reformat(rng, toRecord(other, style(rng))),
      truth: null,
      scenario: `neg:${scenario}`,
    })
  }
  return { bases, queries }
}
