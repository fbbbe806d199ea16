/**
 * Seeded synthetic contacts with the distributions that make dedup hard:
 * mobile phones nearly unique, a few shared switchboards, common Chinese
 * names repeating (王伟 in every city), about 300 postal prefixes weighted
 * like real population, companies with legal suffixes and tax ids. The
 * same (seed, index) always gives the same contact, so a bench can probe
 * seeded contacts without keeping a million of them in memory.
 */
import type {
  BlockingKey,
  ContactAddress,
  ContactRecord,
  NormalizedContact,
} from "../../src/types/crm"
import { CITIES, prng } from "../routing/fixtures"

/** Family names with their rough share of the population, in per mille. */
const SURNAMES: [string, string, number][] = [
  ["王", "wang", 72],
  ["李", "li", 70],
  ["张", "zhang", 68],
  ["刘", "liu", 53],
  ["陈", "chen", 45],
  ["杨", "yang", 31],
  ["黄", "huang", 23],
  ["赵", "zhao", 22],
  ["吴", "wu", 20],
  ["周", "zhou", 19],
  ["徐", "xu", 16],
  ["孙", "sun", 15],
  ["马", "ma", 15],
  ["朱", "zhu", 14],
  ["胡", "hu", 13],
  ["郭", "guo", 12],
  ["何", "he", 11],
  ["林", "lin", 10],
  ["高", "gao", 10],
  ["罗", "luo", 9],
  ["郑", "zheng", 9],
  ["梁", "liang", 8],
  ["谢", "xie", 7],
  ["宋", "song", 6],
  ["唐", "tang", 6],
  ["许", "xu", 6],
  ["韩", "han", 6],
  ["冯", "feng", 5],
  ["邓", "deng", 5],
  ["曹", "cao", 5],
  ["彭", "peng", 5],
  ["曾", "zeng", 5],
  ["肖", "xiao", 5],
  ["田", "tian", 4],
  ["董", "dong", 4],
  ["袁", "yuan", 4],
  ["潘", "pan", 4],
  ["于", "yu", 4],
  ["蒋", "jiang", 4],
  ["蔡", "cai", 4],
  ["余", "yu", 4],
  ["杜", "du", 3],
  ["叶", "ye", 3],
  ["程", "cheng", 3],
  ["苏", "su", 3],
  ["魏", "wei", 3],
  ["吕", "lv", 3],
  ["丁", "ding", 3],
  ["任", "ren", 3],
  ["沈", "shen", 3],
  ["欧阳", "ouyang", 1],
  ["司马", "sima", 1],
]

/** Given names people actually share, most common first. */
const COMMON_GIVEN: [string, string][] = [
  ["伟", "wei"],
  ["芳", "fang"],
  ["娜", "na"],
  ["秀英", "xiu ying"],
  ["敏", "min"],
  ["静", "jing"],
  ["丽", "li"],
  ["强", "qiang"],
  ["磊", "lei"],
  ["军", "jun"],
  ["洋", "yang"],
  ["勇", "yong"],
  ["艳", "yan"],
  ["杰", "jie"],
  ["娟", "juan"],
  ["涛", "tao"],
  ["明", "ming"],
  ["超", "chao"],
  ["秀兰", "xiu lan"],
  ["霞", "xia"],
  ["平", "ping"],
  ["刚", "gang"],
  ["桂英", "gui ying"],
  ["建华", "jian hua"],
  ["建国", "jian guo"],
  ["建军", "jian jun"],
  ["海燕", "hai yan"],
  ["志强", "zhi qiang"],
  ["子涵", "zi han"],
  ["欣怡", "xin yi"],
  ["浩然", "hao ran"],
  ["宇轩", "yu xuan"],
  ["一诺", "yi nuo"],
  ["梓涵", "zi han"],
]

/** Characters of less common two-character given names. */
const GIVEN_CHARS: [string, string][] = [
  ["文", "wen"],
  ["华", "hua"],
  ["国", "guo"],
  ["春", "chun"],
  ["晓", "xiao"],
  ["红", "hong"],
  ["玉", "yu"],
  ["兰", "lan"],
  ["梅", "mei"],
  ["林", "lin"],
  ["海", "hai"],
  ["云", "yun"],
  ["东", "dong"],
  ["峰", "feng"],
  ["辉", "hui"],
  ["鹏", "peng"],
  ["飞", "fei"],
  ["鑫", "xin"],
  ["波", "bo"],
  ["斌", "bin"],
  ["宇", "yu"],
  ["浩", "hao"],
  ["凯", "kai"],
  ["健", "jian"],
  ["俊", "jun"],
  ["帆", "fan"],
  ["旭", "xu"],
  ["宁", "ning"],
  ["龙", "long"],
  ["欢", "huan"],
  ["阳", "yang"],
  ["晶", "jing"],
  ["丹", "dan"],
  ["婷", "ting"],
  ["雪", "xue"],
  ["琳", "lin"],
  ["颖", "ying"],
  ["倩", "qian"],
  ["慧", "hui"],
  ["莉", "li"],
  ["燕", "yan"],
  ["佳", "jia"],
  ["晨", "chen"],
  ["思", "si"],
  ["雨", "yu"],
  ["嘉", "jia"],
  ["志", "zhi"],
  ["德", "de"],
  ["振", "zhen"],
  ["立", "li"],
  ["新", "xin"],
  ["少", "shao"],
  ["永", "yong"],
  ["天", "tian"],
  ["子", "zi"],
  ["博", "bo"],
  ["雅", "ya"],
  ["琪", "qi"],
  ["金", "jin"],
  ["凤", "feng"],
]

const TRADES = ["贸易", "科技", "电子", "机械", "建材", "食品", "医药"]
const TRADE_WORDS = ["宏达", "鑫源", "恒通", "华盛", "明珠", "长城", "东方"]
const COMPANY_SUFFIXES = ["有限公司", "股份有限公司", "有限责任公司", "商行"]
const MAIL_DOMAINS = ["163.com", "126.com", "sina.com", "gmail.com"]
const STREETS = ["人民路", "解放路", "中山路", "建设路", "和平街", "新华路"]
const MOBILE_PREFIXES = ["130", "135", "138", "139", "150", "158", "186", "189"]

/** Zipf-like weights: rank r gets 1 / r^s. */
function cumulative(weights: number[]): number[] {
  const total = weights.reduce((a, b) => a + b, 0)
  let sum = 0
  return weights.map((w) => (sum += w / total))
}

function pick<T>(items: T[], cdf: number[], u: number): T {
  let lo = 0
  let hi = cdf.length - 1
  while (lo < hi) {
    const mid = (lo + hi) >> 1
    if (cdf[mid] < u) {
      lo = mid + 1
    } else {
      hi = mid
    }
  }
  return items[lo]
}

const SURNAME_CDF = cumulative(SURNAMES.map((s) => s[2]))
const GIVEN_CDF = cumulative(COMMON_GIVEN.map((_, r) => 1 / (r + 1) ** 0.5))

type Area = { prefix: string; city: string; province: string }

/** About 300 three-digit postal prefixes, each in a city, big cities first. */
const AREAS: Area[] = (() => {
  const rand = prng(7_300)
  const taken = new Set<string>()
  const areas: Area[] = []
  for (const city of CITIES) {
    taken.add(city.postal)
    areas.push({
      prefix: city.postal,
      city: city.cityZh,
      province: city.provinceZh,
    })
  }
  while (areas.length < 300) {
    const city = CITIES[Math.floor(rand() * CITIES.length)]
    // A neighbour of the city's prefix: same first two digits.
    const prefix = `${city.postal.slice(0, 2)}${Math.floor(rand() * 10)}`
    if (!taken.has(prefix)) {
      taken.add(prefix)
      areas.push({ prefix, city: city.cityZh, province: city.provinceZh })
    }
  }
  return areas
})()
const AREA_CDF = cumulative(AREAS.map((_, r) => 1 / (r + 1) ** 0.8))

const digits = (rand: () => number, n: number) => {
  let out = ""
  for (let i = 0; i < n; i++) {
    out += Math.floor(rand() * 10)
  }
  return out
}

const any = <T>(rand: () => number, items: T[]) =>
  items[Math.floor(rand() * items.length)]

/**
 * A company name: mostly a city, a made-up brand and a trade (unique-ish);
 * 2% are branches of 50 chains, which share their name across cities.
 */
function companyName(rand: () => number, city: string): string {
  if (rand() < 0.02) {
    const chain = Math.floor(rand() * 50)
    return `${TRADE_WORDS[chain % 7]}${TRADES[Math.floor(chain / 7) % 7]}集团${any(rand, COMPANY_SUFFIXES)}`
  }
  const [a] = any(rand, GIVEN_CHARS)
  const [b] = any(rand, GIVEN_CHARS)
  return `${city}${a}${b}${any(rand, TRADES)}${any(rand, COMPANY_SUFFIXES)}`
}

/** A seeded synthetic contact, as an offline import row would carry it. */
export interface SyntheticContact extends ContactRecord {
  external_id: string
  /** Pinyin tokens of the person's name (the fallback normaliser uses them). */
  pinyin: string[]
}

function address(rand: () => number): ContactAddress {
  const area = pick(AREAS, AREA_CDF, rand())
  return {
    address_1: `${any(rand, STREETS)}${1 + Math.floor(rand() * 400)}号`,
    city: area.city,
    province: area.province,
    postal_code: `${area.prefix}${digits(rand, 3)}`,
    country_code: "cn",
  }
}

const LANDLINE_AREAS = [
  "10",
  "20",
  "21",
  "22",
  "23",
  "24",
  "25",
  "27",
  "28",
  "29",
]

/** The contact number `index` of the data set `seed`. */
export function syntheticContact(index: number, seed = 1): SyntheticContact {
  const rand = prng((Math.imul(seed, 0x9e3779b1) ^ index) >>> 0)
  const addresses: ContactAddress[] = [address(rand)]
  if (rand() < 0.15) {
    addresses.push(address(rand))
  }
  if (rand() < 0.05) {
    addresses.length = 0
  }
  const phones = [`+86${any(rand, MOBILE_PREFIXES)}${digits(rand, 8)}`]
  if (rand() < 0.02) {
    // A switchboard several contacts share: blocks of a few dozen.
    // A city area code and an 8-digit number: a valid landline.
    phones.push(
      `+86${any(rand, LANDLINE_AREAS)}${2 + Math.floor(rand() * 7)}${digits(rand, 3)}8000`
    )
  }
  const external_id = `CRM-${seed}-${index}`

  if (rand() < 0.12) {
    const area = addresses[0] ?? address(rand)
    const company = companyName(rand, area.city ?? "")
    return {
      kind: "company",
      full_name: company,
      company_name: company,
      tax_id: `91${area.postal_code?.slice(0, 6) ?? "110000"}${digits(rand, 9)}X`,
      phones,
      emails: rand() < 0.5 ? [`sales@c${digits(rand, 6)}.com.cn`] : [],
      addresses,
      external_id,
      pinyin: [],
    }
  }

  const [surname, surnamePinyin] = pick(SURNAMES, SURNAME_CDF, rand())
  let given: string
  let givenPinyin: string
  // About 0.1% of people are 王伟: ten times reality, so blocks are hard.
  if (rand() < 0.15) {
    ;[given, givenPinyin] = pick(COMMON_GIVEN, GIVEN_CDF, rand())
  } else {
    const [a, pa] = any(rand, GIVEN_CHARS)
    const [b, pb] = any(rand, GIVEN_CHARS)
    given = a + b
    givenPinyin = `${pa} ${pb}`
  }
  const pinyin = `${surnamePinyin} ${givenPinyin}`.split(" ")
  const emails: string[] = []
  const mail = rand()
  if (mail < 0.3) {
    emails.push(`${1 + Math.floor(rand() * 9)}${digits(rand, 8)}@qq.com`)
  } else if (mail < 0.55) {
    emails.push(
      `${pinyin.join("")}${digits(rand, 3)}@${any(rand, MAIL_DOMAINS)}`
    )
  }
  return {
    kind: "person",
    first_name: given,
    last_name: surname,
    phones,
    emails,
    company_name:
      rand() < 0.08 ? companyName(rand, addresses[0]?.city ?? "") : null,
    addresses,
    external_id,
    pinyin,
  }
}

const companyCore = (name: string | null | undefined) =>
  name ? name.replace(/(股份有限公司|有限责任公司|有限公司|商行)$/, "") : null

/**
 * A stand-in for the matcher's normaliser, for seeding without it: same
 * shape, key kinds and key formats as src/utils/crm/blocking.ts, simpler
 * normalisation. Pass the real matcher to the seed to store exactly the
 * keys it would compute.
 */
export function simpleNormalize(record: SyntheticContact): NormalizedContact {
  const compact =
    record.kind === "person"
      ? `${record.last_name ?? ""}${record.first_name ?? ""}`
      : null
  const prefixes = [
    ...new Set(
      record.addresses
        .map((a) => a.postal_code?.slice(0, 3))
        .filter((p): p is string => !!p)
    ),
  ]
  return {
    kind: record.kind,
    name_tokens: compact ? [compact] : [],
    name_compact: compact,
    name_pinyin: [...record.pinyin].sort(),
    phones: record.phones,
    emails: record.emails.map((e) => e.toLowerCase()),
    company: companyCore(record.company_name),
    tax_id: record.tax_id?.toUpperCase() ?? null,
    postal_prefixes: prefixes,
    addresses: record.addresses.map(
      (a) => `${a.city ?? ""} ${a.address_1 ?? ""}`
    ),
  }
}

export function simpleBlockingKeys(n: NormalizedContact): BlockingKey[] {
  const keys: BlockingKey[] = [
    ...n.phones.map((value) => ({ kind: "phone" as const, value })),
    ...n.emails.map((value) => ({ kind: "email" as const, value })),
  ]
  if (n.tax_id) {
    keys.push({ kind: "tax_id", value: n.tax_id })
  }
  if (n.company) {
    keys.push({ kind: "company", value: n.company })
  }
  for (const prefix of n.postal_prefixes) {
    if (n.name_compact) {
      keys.push({ kind: "name_postal", value: `${n.name_compact}|${prefix}` })
    }
    // As the matcher writes it: the sorted letters of the pinyin.
    if (n.name_pinyin.length >= 2) {
      keys.push({
        kind: "pinyin_postal",
        value: `${[...n.name_pinyin.join("")].sort().join("")}|${prefix}`,
      })
    }
  }
  return keys
}
