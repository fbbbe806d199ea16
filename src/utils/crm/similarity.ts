/**
 * String distances for short values (names, e-mail local parts, phone
 * digits). Written for speed: scoring runs for every candidate of every
 * imported row, so no allocation beyond two small rows per call.
 */

const { abs, max } = Math

// Rows reused across calls: scoring must not allocate per comparison.
let rowA = new Int32Array(64)
let rowB = new Int32Array(64)
let rowC = new Int32Array(64)

/**
 * Optimal string alignment distance (Damerau-Levenshtein where a
 * transposition of neighbours counts as one edit), by UTF-16 unit. Returns
 * `limit + 1` as soon as the distance must exceed `limit`.
 */
export function damerauLevenshtein(
  a: string,
  b: string,
  limit = 1_000_000
): number {
  if (a === b) {
    return 0
  }
  const n = a.length
  const m = b.length
  if (abs(n - m) > limit) {
    return limit + 1
  }
  if (!n || !m) {
    return n || m
  }
  if (m + 1 > rowA.length) {
    rowA = new Int32Array(m + 1)
    rowB = new Int32Array(m + 1)
    rowC = new Int32Array(m + 1)
  }
  let prevPrev = rowA
  let prev = rowB
  let cur = rowC
  for (let j = 0; j <= m; j++) {
    prev[j] = j
  }
  for (let i = 1; i <= n; i++) {
    cur[0] = i
    let rowMin = i
    const ai = a.charCodeAt(i - 1)
    for (let j = 1; j <= m; j++) {
      const bj = b.charCodeAt(j - 1)
      let d = prev[j - 1] + (ai === bj ? 0 : 1)
      if (prev[j] + 1 < d) {
        d = prev[j] + 1
      }
      if (cur[j - 1] + 1 < d) {
        d = cur[j - 1] + 1
      }
      if (
        i > 1 &&
        j > 1 &&
        ai === b.charCodeAt(j - 2) &&
        a.charCodeAt(i - 2) === bj &&
        prevPrev[j - 2] + 1 < d
      ) {
        d = prevPrev[j - 2] + 1
      }
      cur[j] = d
      if (d < rowMin) {
        rowMin = d
      }
    }
    if (rowMin > limit) {
      return limit + 1
    }
    const spare = prevPrev
    prevPrev = prev
    prev = cur
    cur = spare
  }
  return prev[m]
}

/**
 * Whether two strings of the same length differ by exactly one substituted
 * character or one swap of neighbours: a mistyped phone or id, in one pass.
 */
export function oneEditApart(a: string, b: string): boolean {
  if (a.length !== b.length) {
    return false
  }
  let first = -1
  let second = -1
  for (let i = 0; i < a.length; i++) {
    if (a.charCodeAt(i) !== b.charCodeAt(i)) {
      if (first < 0) {
        first = i
      } else if (second < 0) {
        second = i
      } else {
        return false
      }
    }
  }
  if (first < 0) {
    return false
  }
  if (second < 0) {
    return true
  }
  return (
    second === first + 1 &&
    a.charCodeAt(first) === b.charCodeAt(second) &&
    a.charCodeAt(second) === b.charCodeAt(first)
  )
}

/** 1 - distance / longer length: 1 for equal strings, 0 for nothing shared. */
export function editSimilarity(a: string, b: string): number {
  const longest = max(a.length, b.length)
  return longest ? 1 - damerauLevenshtein(a, b) / longest : 1
}

let bigrams = new Int32Array(128)
let taken = new Uint8Array(128)

/**
 * Dice coefficient of character bigrams, for addresses: tolerant of words
 * moved around and of one or two characters changed, with no tokenising
 * (Chinese addresses have no spaces).
 */
export function bigramDice(a: string, b: string): number {
  if (a === b) {
    return 1
  }
  const n = a.length - 1
  const m = b.length - 1
  if (n < 1 || m < 1) {
    return 0
  }
  if (n > bigrams.length) {
    bigrams = new Int32Array(n)
    taken = new Uint8Array(n)
  }
  for (let i = 0; i < n; i++) {
    bigrams[i] = (a.charCodeAt(i) << 16) | a.charCodeAt(i + 1)
    taken[i] = 0
  }
  let shared = 0
  for (let j = 0; j < m; j++) {
    const bigram = (b.charCodeAt(j) << 16) | b.charCodeAt(j + 1)
    for (let i = 0; i < n; i++) {
      if (!taken[i] && bigrams[i] === bigram) {
        taken[i] = 1
        shared++
        break
      }
    }
  }
  return (2 * shared) / (n + m)
}
