import {
  parsePhoneNumberFromString,
  type CountryCode,
} from "libphonenumber-js/max"
import type {
  ContactAddress,
  ContactRecord,
  NormalizeOptions,
  NormalizedContact,
} from "../../types/crm"
import { hasCjk, namePinyin, toSimplified } from "./chinese"

/**
 * Turns a contact record into the canonical values that blocking and scoring
 * compare. Runs once per record (the result is stored on the contact), so it
 * may be slower than scoring; it must never throw on messy input.
 */

const COMBINING_MARKS = /\p{M}+/gu
const APOSTROPHES = /['’`´]/g
const PUNCTUATION = /[\p{P}\p{S}]+/gu
const SPACES = /\s+/g

/**
 * NFKC (full-width "ＺＨＡＮＧ" and "１３８" fold to half-width), lower case,
 * traditional to simplified, accents removed ("José" is "jose"), whitespace
 * collapsed. Punctuation is left to the callers: each field treats it its way.
 */
export function foldText(text: string): string {
  let folded = toSimplified(clip(text).normalize("NFKC").toLowerCase())
  if (/[\u0080-\u024f]/.test(folded)) {
    folded = folded.normalize("NFD").replace(COMBINING_MARKS, "").normalize()
  }
  return folded.replace(SPACES, " ").trim()
}

// No name, company or address line is longer; a pasted document must not
// make normalisation (and pinyin) take seconds.
const MAX_FIELD_LENGTH = 256

function clip(text: string): string {
  return text.length > MAX_FIELD_LENGTH ? text.slice(0, MAX_FIELD_LENGTH) : text
}

function stripPunctuation(text: string): string {
  return text
    .replace(APOSTROPHES, "")
    .replace(PUNCTUATION, " ")
    .replace(SPACES, " ")
    .trim()
}

// ---------------------------------------------------------------- phones

// What follows these is an extension (分机, 转, ext. 12): never part of the
// number that identifies the customer.
const EXTENSION = /(?:ext\.?|extension|x|#|转|轉|分机|分機)\s*\d+\s*$/i
const PHONE_SEPARATORS = /[/,;、|]|\bor\b|或/

/**
 * One phone as E.164, or null when it is not a valid number. A number
 * written without a country code is read in `defaultCountry`.
 */
export function normalizePhone(
  raw: string,
  defaultCountry: string
): string | null {
  const text = clip(raw).normalize("NFKC").trim().replace(EXTENSION, "").trim()
  if (!/\d/.test(text) || text.length > 40) {
    return null
  }
  const country = defaultCountry.toUpperCase() as CountryCode
  const parsed = parsePhoneNumberFromString(text, country)
  if (parsed?.isValid()) {
    return parsed.number
  }
  // "0755-8888 6666-801": a switchboard extension after a dash.
  const withoutExtension = text.replace(/[-\s]\d{1,5}$/, "")
  if (withoutExtension !== text) {
    const trunk = parsePhoneNumberFromString(withoutExtension, country)
    if (trunk?.isValid()) {
      return trunk.number
    }
  }
  // "86 138 0013 8000": the country code written without + or 00.
  const digits = text.replace(/\D/g, "")
  if (!text.startsWith("+") && digits.length > 10) {
    const international = parsePhoneNumberFromString(`+${digits}`)
    if (international?.isValid()) {
      return international.number
    }
  }
  return null
}

/** Every valid phone of a list; a cell may hold several ("138... / 139..."). */
export function normalizePhones(
  phones: readonly string[],
  defaultCountry: string
): string[] {
  const out = new Set<string>()
  for (const cell of phones) {
    if (!cell) {
      continue
    }
    for (const part of clip(cell).split(PHONE_SEPARATORS)) {
      const phone = normalizePhone(part, defaultCountry)
      if (phone) {
        out.add(phone)
      }
    }
  }
  return [...out]
}

// ---------------------------------------------------------------- emails

// Providers that ignore dots in the local part, mapped to the one domain
// that stands for all of them.
const DOTLESS_DOMAINS: Record<string, string> = {
  "gmail.com": "gmail.com",
  "googlemail.com": "gmail.com",
}

/**
 * Lower case, plus-tag removed ("wang+shop@" is "wang@"), gmail dots
 * removed, googlemail.com written gmail.com. Null when it is no address.
 */
export function normalizeEmail(raw: string): string | null {
  const text = clip(raw)
    .normalize("NFKC")
    .trim()
    .toLowerCase()
    .replace(SPACES, "")
  const at = text.lastIndexOf("@")
  if (at <= 0 || at === text.length - 1) {
    return null
  }
  let local = text.slice(0, at)
  let domain = text.slice(at + 1).replace(/\.+$/, "")
  if (!/^[^@]+\.[a-z0-9-]{2,}$/.test(domain)) {
    return null
  }
  const plus = local.indexOf("+")
  if (plus > 0) {
    local = local.slice(0, plus)
  }
  if (DOTLESS_DOMAINS[domain]) {
    domain = DOTLESS_DOMAINS[domain]
    local = local.replace(/\./g, "")
  }
  return local ? `${local}@${domain}` : null
}

export function normalizeEmails(emails: readonly string[]): string[] {
  const out = new Set<string>()
  for (const cell of emails) {
    for (const part of clip(cell ?? "").split(/[,;\s]+/)) {
      const email = part ? normalizeEmail(part) : null
      if (email) {
        out.add(email)
      }
    }
  }
  return [...out]
}

// ---------------------------------------------------------------- names

// Order forms say "王先生" (Mr Wang) where a name should be: keep the surname.
const CJK_HONORIFIC =
  /^(.{1,4}?)(?:先生|女士|小姐|太太|夫人|老师|师傅|经理|老板|总)$/u
const LATIN_HONORIFICS = new Set([
  "mr",
  "mrs",
  "ms",
  "miss",
  "mx",
  "dr",
  "prof",
  "sir",
  "madam",
])

export interface NormalizedName {
  name_tokens: string[]
  name_compact: string | null
  name_pinyin: string[]
}

function writtenName(record: ContactRecord): string {
  if (record.full_name?.trim()) {
    return record.full_name
  }
  const first = record.first_name?.trim() ?? ""
  const last = record.last_name?.trim() ?? ""
  // Chinese order is family name first, with no space; Western order is
  // given name first.
  return hasCjk(first + last) ? `${last}${first}` : `${first} ${last}`
}

/**
 * Name tokens (sorted, so "Zhang San" and "San Zhang" have the same ones),
 * the compact written form, and the pinyin of its CJK part. A run of CJK
 * characters is one token: "张 三" and "张三" are the same name.
 */
export function normalizeName(record: ContactRecord): NormalizedName {
  let text = stripPunctuation(foldText(writtenName(record)))
  const honorific = CJK_HONORIFIC.exec(text.replace(SPACES, ""))
  if (honorific && hasCjk(honorific[1])) {
    text = honorific[1]
  }
  const latin: string[] = []
  const cjk: string[] = []
  for (const word of text.split(" ")) {
    if (!word || LATIN_HONORIFICS.has(word)) {
      continue
    }
    if (hasCjk(word)) {
      cjk.push(word)
    } else {
      latin.push(word)
    }
  }
  const compactCjk = cjk.join("")
  const tokens = compactCjk ? [...latin, compactCjk] : latin
  const compact = text
    .split(" ")
    .filter((w) => w && !LATIN_HONORIFICS.has(w))
    .join("")
  return {
    name_tokens: tokens.sort(),
    name_compact: compact || null,
    name_pinyin: compactCjk ? namePinyin(compactCjk).sort() : [],
  }
}

// ---------------------------------------------------------------- companies

// Longest first, so that 股份有限公司 goes before 有限公司.
const CJK_LEGAL_SUFFIXES = [
  "集团股份有限公司",
  "集团有限责任公司",
  "股份有限公司",
  "有限责任公司",
  "集团有限公司",
  "有限公司",
  "责任公司",
  "股份公司",
  "集团公司",
  "集团",
  "公司",
]

const LATIN_LEGAL_SUFFIXES = new Set([
  "co",
  "company",
  "ltd",
  "limited",
  "inc",
  "incorporated",
  "llc",
  "llp",
  "lp",
  "gmbh",
  "corp",
  "corporation",
  "plc",
  "ag",
  "sa",
  "sas",
  "sarl",
  "srl",
  "spa",
  "bv",
  "nv",
  "pte",
  "pty",
  "kk",
  "oy",
  "ab",
  "group",
  "holdings",
])

/** A company name without legal suffixes, compact; null when nothing is left. */
export function normalizeCompanyName(
  raw: string | null | undefined
): string | null {
  if (!raw) {
    return null
  }
  const words = stripPunctuation(foldText(raw)).split(" ").filter(Boolean)
  while (
    words.length > 1 &&
    LATIN_LEGAL_SUFFIXES.has(words[words.length - 1])
  ) {
    words.pop()
  }
  let compact = words.join("")
  for (let stripped = true; stripped;) {
    stripped = false
    for (const suffix of CJK_LEGAL_SUFFIXES) {
      if (compact.length > suffix.length && compact.endsWith(suffix)) {
        compact = compact.slice(0, -suffix.length)
        stripped = true
        break
      }
    }
  }
  return compact || null
}

/** Upper case, separators removed: "9144-0300 mA5f" is "91440300MA5F". */
export function normalizeTaxId(raw: string | null | undefined): string | null {
  if (!raw) {
    return null
  }
  const id = raw
    .normalize("NFKC")
    .toUpperCase()
    .replace(/[^\p{L}\p{N}]/gu, "")
  return id || null
}

// ---------------------------------------------------------------- addresses

/** First three characters of each postal code ("518057" is "518"). */
export function postalPrefixes(addresses: readonly ContactAddress[]): string[] {
  const out = new Set<string>()
  for (const address of addresses) {
    const code = (address.postal_code ?? "")
      .normalize("NFKC")
      .replace(/[\s-]/g, "")
      .toUpperCase()
    if (code.length >= 3) {
      out.add(code.slice(0, 3))
    }
  }
  return [...out]
}

const PLACE_SUFFIX =
  /(?:省|市|自治区|特别行政区|\s(?:city|province|shi|sheng))$/

function place(text: string | null | undefined): string {
  return stripPunctuation(foldText(text ?? "")).replace(PLACE_SUFFIX, "")
}

function withoutLeading(text: string, prefix: string): string {
  if (!prefix || !text.startsWith(prefix)) {
    return text
  }
  return text
    .slice(prefix.length)
    .replace(/^(?:省|市|\s)+/, "")
    .trim()
}

/**
 * "city address_1", both folded and without punctuation; a province or city
 * repeated at the start of address_1 is dropped, and 市/省 suffixes go, so
 * "深圳市" + "深圳市南山区科技园路1号" equals "深圳" + "南山区科技园路1号".
 */
export function normalizeAddress(address: ContactAddress): string | null {
  const city = place(address.city)
  const province = place(address.province)
  let line = stripPunctuation(foldText(address.address_1 ?? ""))
  line = withoutLeading(withoutLeading(line, province), city)
  if (!line) {
    return null
  }
  // Chinese addresses are written without spaces; where a space falls is noise.
  const out = `${city} ${line}`.trim()
  return hasCjk(out) ? out.replace(SPACES, "") : out
}

export function normalizeContact(
  record: ContactRecord,
  options: NormalizeOptions
): NormalizedContact {
  const addresses = new Set<string>()
  for (const address of record.addresses ?? []) {
    const line = normalizeAddress(address)
    if (line) {
      addresses.add(line)
    }
  }
  return {
    kind: record.kind,
    ...normalizeName(record),
    phones: normalizePhones(record.phones ?? [], options.default_country),
    emails: normalizeEmails(record.emails ?? []),
    company: normalizeCompanyName(record.company_name),
    tax_id: normalizeTaxId(record.tax_id),
    postal_prefixes: postalPrefixes(record.addresses ?? []),
    addresses: [...addresses],
  }
}
