import type { NormalizedContact } from "../../types/crm"
import {
  cjkSurname,
  hasCjk,
  isBareSurname,
  isPinyinWord,
  namePinyin,
  pinyinSyllables,
  spellsPinyin,
} from "./chinese"
import { damerauLevenshtein, editSimilarity } from "./similarity"

/**
 * How two person names relate. Typo tolerance is deliberately narrow:
 * relatives share a surname and often a phone, and their given names can be
 * one letter apart in pinyin ("Wang Wei", "Wang Wen"), so an edit that turns
 * one real pinyin syllable into another is a different name, not a typo.
 */
export type NameCode =
  "exact" | "swapped" | "pinyin" | "variant" | "typo" | "differs" | "missing"

export interface NameComparison {
  code: NameCode
  similarity: number
  /** For "differs": the names share a surname or a token (a relative?). */
  shared_part: boolean
  /**
   * For "variant": one side is a surname alone ("王先生", "Mr Wang"), which
   * every member of a household shares.
   */
  surname_only: boolean
  detail: string
}

const result = (
  code: NameCode,
  similarity: number,
  detail: string,
  shared_part = false,
  surname_only = false
): NameComparison => ({ code, similarity, detail, shared_part, surname_only })

// A name has pinyin exactly when it has CJK characters: no regex needed
// for the common case of a Latin-only name.
function cjkToken(contact: NormalizedContact): string | undefined {
  return contact.name_pinyin.length
    ? contact.name_tokens.find(hasCjk)
    : undefined
}

function latinTokens(contact: NormalizedContact): string[] {
  return contact.name_tokens.filter((t) => !hasCjk(t))
}

function sameMultiset(a: readonly string[], b: readonly string[]): boolean {
  if (a.length !== b.length) {
    return false
  }
  for (let i = 0; i < a.length; i++) {
    if (a[i] !== b[i]) {
      return false
    }
  }
  return true
}

function sortedChars(text: string): string {
  return Array.from(text).sort().join("")
}

function compareCjk(
  x: string,
  y: string,
  px: string[],
  py: string[]
): NameComparison {
  if (x.length === y.length && sortedChars(x) === sortedChars(y)) {
    return result(
      "swapped",
      0.95,
      "Same characters in another order (family and given name swapped)."
    )
  }
  if (sameMultiset(px, py)) {
    return result(
      "pinyin",
      0.9,
      `Names sound the same (${px.join(" ")}): a homophone typed through an input method.`
    )
  }
  if (
    (isBareSurname(x) && y.startsWith(x)) ||
    (isBareSurname(y) && x.startsWith(y))
  ) {
    return result(
      "variant",
      0.6,
      "One record gives only the surname (e.g. written as 王先生).",
      false,
      true
    )
  }
  const similarity = editSimilarity(x, y)
  const sx = cjkSurname(x)
  if (sx === cjkSurname(y)) {
    return result(
      "differs",
      similarity,
      `Same surname ${sx} but a different given name: possibly a relative.`,
      true
    )
  }
  return result("differs", similarity, "The names are different.")
}

// Whether two Latin tokens are the same word mistyped. Never typos of each
// other: short words, real pinyin syllables ("wei"/"wen", "min"/"ming"), and
// words that differ only in their last letter, which often marks another
// person of the family (Maria/Mario, Daniel/Daniela, Anna/Anne). A letter
// doubled or tripled inside the word ("Emmma", "Annne") is a typing error,
// not another name.
function typoOf(a: string, b: string): boolean {
  const shortest = Math.min(a.length, b.length)
  const allowed = shortest >= 8 ? 2 : shortest >= 4 ? 1 : 0
  if (shortest === 3 && oneLetterDoubled(a, b)) {
    return !(isPinyinWord(a) && isPinyinWord(b))
  }
  if (!allowed || damerauLevenshtein(a, b, allowed) > allowed) {
    return false
  }
  if (lastLetterApart(a, b)) {
    return false
  }
  return !(isPinyinWord(a) && isPinyinWord(b))
}

// Ema for Emma: even a three-letter word can lose a doubled letter.
function oneLetterDoubled(a: string, b: string): boolean {
  const [short, long] = a.length < b.length ? [a, b] : [b, a]
  if (long.length !== short.length + 1) {
    return false
  }
  for (let i = 1; i < long.length; i++) {
    if (long[i] === long[i - 1]) {
      return long.slice(0, i) + long.slice(i + 1) === short
    }
  }
  return false
}

// Maria/Mario (the last letter changed), Daniel/Daniela (one added).
function lastLetterApart(a: string, b: string): boolean {
  const [short, long] = a.length <= b.length ? [a, b] : [b, a]
  if (short.length === long.length) {
    return short.slice(0, -1) === long.slice(0, -1)
  }
  return long.length === short.length + 1 && long.startsWith(short)
}

function isInitialOf(initial: string, word: string): boolean {
  return initial.length === 1 && word.length > 1 && word[0] === initial
}

function compareLatin(a: string[], b: string[]): NameComparison {
  if (sameMultiset(a, b)) {
    return result("swapped", 0.95, "Same names in another order.")
  }
  if (
    a.every(isPinyinWord) &&
    b.every(isPinyinWord) &&
    sortedChars(a.join("")) === sortedChars(b.join(""))
  ) {
    return result(
      "swapped",
      0.9,
      "Same pinyin syllables, grouped or ordered differently."
    )
  }
  const [short, long] = a.length <= b.length ? [a, b] : [b, a]
  const unused = long.slice()
  let exact = 0
  let typos = 0
  let initials = 0
  let unmatched = 0
  for (const token of short) {
    let at = unused.indexOf(token)
    if (at >= 0) {
      exact++
    } else if (
      (at = unused.findIndex(
        (u) => isInitialOf(token, u) || isInitialOf(u, token)
      )) >= 0
    ) {
      initials++
    } else if ((at = unused.findIndex((u) => typoOf(token, u))) >= 0) {
      typos++
    } else {
      unmatched++
      continue
    }
    unused.splice(at, 1)
  }
  const similarity = editSimilarity(a.join(" "), b.join(" "))
  if (!unmatched) {
    if (!typos && exact > 0) {
      if (short.length === 1 && unused.length) {
        return result(
          "variant",
          0.6,
          "One record gives a single name, possibly the surname alone.",
          false,
          true
        )
      }
      return result(
        "variant",
        0.7,
        unused.length
          ? "One name has more parts (a middle name or a missing given name)."
          : "One name uses initials."
      )
    }
    if (typos && !unused.length && !initials) {
      return result("typo", similarity, "The names differ by a typing error.")
    }
  }
  const shared = exact > 0
  return result(
    "differs",
    similarity,
    shared
      ? "The names share a part but differ otherwise: possibly a relative."
      : "The names are different.",
    shared
  )
}

// English given names that happen to spell one or two pinyin syllables
// ("julia" is ju lia) but are not Chinese given names in pinyin. Names that
// are both, such as Juan (娟), Dan (丹), Jun (军), Lina (丽娜) or Anna (安娜),
// are left out: for them a differing given name may be a relative.
const ENGLISH_READ_AS_PINYIN = new Set(
  (
    "ada alan dana diana diane julia julian julie karen kate lena leo " +
    "linda lisa logan lori megan mia mina sean susan tina"
  ).split(" ")
)

/**
 * "David Zhou" for 周坚浩: the pinyin of the surname next to a given name
 * that is no Chinese given name in pinyin, the English name many Chinese customers use
 * abroad or at work. The given names cannot be compared, only the surname
 * agrees: as weak as a surname alone (a son may be called David too).
 */
function englishAlias(latin: string[], cjk: string): NameComparison | null {
  const surname = cjkSurname(cjk)
  if (!surname || surname === cjk || latin.length < 2) {
    return null
  }
  const syllables = namePinyin(cjk).slice(0, Array.from(surname).length)
  const at = latin.findIndex((t) => spellsPinyin([t], syllables))
  if (at < 0) {
    return null
  }
  const given = latin.filter((_, i) => i !== at)
  // "Marie" reads as ma ri e, but no Chinese given name has three syllables.
  const chinese = (t: string) => {
    if (ENGLISH_READ_AS_PINYIN.has(t)) {
      return false
    }
    const n = pinyinSyllables(t)
    return n > 0 && n <= 2
  }
  if (given.some((t) => t.length < 2 || chinese(t))) {
    return null
  }
  return result(
    "variant",
    0.6,
    `The romanised surname ${latin[at]} matches ${surname}, the given name ${given.join(" ")} is no Chinese one: an English name, which cannot be compared with the Chinese one.`,
    false,
    true
  )
}

/** Compares the names of two normalised records. */
export function compareNames(
  left: NormalizedContact,
  right: NormalizedContact
): NameComparison {
  if (!left.name_tokens.length || !right.name_tokens.length) {
    return result(
      "missing",
      0,
      left.name_tokens.length || right.name_tokens.length
        ? "Only one record has a name."
        : "Neither record has a name."
    )
  }
  if (left.name_compact === right.name_compact) {
    return result("exact", 1, "The names are the same.")
  }
  const cjkLeft = cjkToken(left)
  const cjkRight = cjkToken(right)
  if (cjkLeft && cjkRight) {
    return compareCjk(cjkLeft, cjkRight, left.name_pinyin, right.name_pinyin)
  }
  if (!cjkLeft && !cjkRight) {
    return compareLatin(left.name_tokens, right.name_tokens)
  }
  const [cjkSide, latinSide] = cjkLeft ? [left, right] : [right, left]
  const latin = latinSide.name_tokens
  if (spellsPinyin(latin, cjkSide.name_pinyin)) {
    return result(
      "pinyin",
      0.9,
      `The romanised name matches the pinyin of the Chinese name (${cjkSide.name_pinyin.join(" ")}).`
    )
  }
  const otherLatin = latinTokens(cjkSide)
  if (otherLatin.length) {
    return compareLatin(otherLatin, latin)
  }
  const alias = englishAlias(latin, cjkSide.name_tokens.find(hasCjk) ?? "")
  if (alias) {
    return alias
  }
  const shared = latin.some((t) => cjkSide.name_pinyin.includes(t))
  return result(
    "differs",
    0,
    shared
      ? "The romanised name shares a syllable with the Chinese name but differs otherwise: possibly a relative."
      : "The romanised name does not match the Chinese name.",
    shared
  )
}
