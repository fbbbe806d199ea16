import { createHash } from "node:crypto"
import type { BlockingKey, NormalizedContact } from "../../types/crm"
import { hasCjk, isPinyinWord } from "./chinese"

/**
 * Blocking keys: only records that share one are ever scored, so a lookup
 * is one indexed equality query on (kind, value) instead of a scan. Values
 * are plain strings of bounded length, built from normalised fields only,
 * so the same person yields the same key however the source wrote him.
 */

// Far below PostgreSQL's B-tree limit; a longer name is no better a key.
const MAX_KEY_LENGTH = 200

// The name part of a name key must narrow things down: a single Latin letter
// or a lone surname ("王" from "王先生") would put a whole city in one block.
const MIN_NAME_KEY_LENGTH = 2

/** The written name as a key: the CJK compact form, or the sorted Latin tokens. */
export function nameKey(contact: NormalizedContact): string | null {
  const cjk = contact.name_tokens.find(hasCjk)
  const key = cjk ?? contact.name_tokens.join(" ")
  return Array.from(key).length >= MIN_NAME_KEY_LENGTH ? key : null
}

/**
 * The romanised name as the sorted letters of its pinyin: order, grouping
 * and script do not matter, so 张小明, "Zhang Xiaoming" and "Xiao Ming
 * Zhang" share it, and so do homophones (陈大文, 陈达文). Latin names give one
 * only when every token reads as pinyin. A surname alone gives none.
 */
export function pinyinKey(contact: NormalizedContact): string | null {
  let letters: string
  if (contact.name_pinyin.length) {
    if (contact.name_pinyin.length < 2) {
      return null
    }
    letters = contact.name_pinyin.join("")
  } else if (
    contact.name_tokens.length >= 2 &&
    contact.name_tokens.every((t) => /^[a-z]+$/.test(t) && isPinyinWord(t))
  ) {
    letters = contact.name_tokens.join("")
  } else {
    return null
  }
  return Array.from(letters).sort().join("")
}

function bounded(value: string): string {
  return value.length > MAX_KEY_LENGTH ? value.slice(0, MAX_KEY_LENGTH) : value
}

export function blockingKeys(contact: NormalizedContact): BlockingKey[] {
  const keys: BlockingKey[] = []
  const seen = new Set<string>()
  const add = (kind: BlockingKey["kind"], value: string) => {
    const v = bounded(value)
    const id = `${kind}\u0000${v}`
    if (!seen.has(id)) {
      seen.add(id)
      keys.push({ kind, value: v })
    }
  }
  for (const phone of contact.phones) {
    add("phone", phone)
  }
  for (const email of contact.emails) {
    add("email", email)
  }
  if (contact.tax_id) {
    add("tax_id", contact.tax_id)
  }
  if (contact.company && Array.from(contact.company).length >= 2) {
    add("company", contact.company)
  }
  const name = nameKey(contact)
  const pinyin = pinyinKey(contact)
  for (const prefix of contact.postal_prefixes) {
    if (name) {
      add("name_postal", `${name}|${prefix}`)
    }
    if (pinyin) {
      add("pinyin_postal", `${pinyin}|${prefix}`)
    }
  }
  if (!keys.length) {
    add("record", recordKey(contact))
  }
  return keys
}

/**
 * A digest of the whole normalised record. Only records with no other key
 * get one: two of them share it only when they are the same record, so an
 * import of the same file again finds its name-only lines. Fields are
 * listed, not serialised as stored: jsonb reorders object keys.
 */
export function recordKey(contact: NormalizedContact): string {
  return createHash("sha256")
    .update(
      JSON.stringify([
        contact.kind,
        contact.name_tokens,
        contact.name_pinyin,
        contact.company,
        contact.tax_id,
        contact.postal_prefixes,
        contact.addresses,
        contact.phones,
        contact.emails,
      ])
    )
    .digest("base64url")
}
