import { defaultCurrencies, MathBN } from "@medusajs/framework/utils"
import type {
  ClassifiedStatementLine,
  MatchableReceivable,
  NormalizedStatementLine,
  RawStatementLine,
  RemittanceLineOutcome,
} from "../../../types/cod-collection"

const MAX_TRACKING_LENGTH = 100
const MAX_DISPLAY_ID = 2_147_483_647
const MAX_DECIMALS = 4
/** Larger than any parcel's COD amount; guards against misplaced columns. */
const MAX_AMOUNT = 1_000_000_000

const show = (value: unknown) =>
  typeof value === "string" ? `"${value}"` : JSON.stringify(value)

const isBlank = (value: unknown) =>
  value === undefined ||
  value === null ||
  (typeof value === "string" && value.trim() === "")

function parseTrackingNumber(value: unknown): string | null | Error {
  if (isBlank(value)) {
    return null
  }
  if (typeof value === "number" && Number.isFinite(value)) {
    return String(value)
  }
  if (typeof value !== "string") {
    return new Error(`tracking_number ${show(value)} is not text`)
  }
  const trimmed = value.trim()
  if (trimmed.length > MAX_TRACKING_LENGTH) {
    return new Error(
      `tracking_number is longer than ${MAX_TRACKING_LENGTH} characters`
    )
  }
  return trimmed
}

function parseDisplayId(value: unknown): number | null | Error {
  if (isBlank(value)) {
    return null
  }
  const text =
    typeof value === "number"
      ? String(value)
      : typeof value === "string"
        ? value.trim().replace(/^#/, "")
        : null
  if (text === null || !/^\d+$/.test(text)) {
    return new Error(
      `order_display_id ${show(value)} is not an order number (e.g. 1042)`
    )
  }
  const id = Number(text)
  if (id < 1 || id > MAX_DISPLAY_ID) {
    return new Error(`order_display_id ${show(value)} is out of range`)
  }
  return id
}

/** A decimal in canonical form: no leading or trailing zeros ("0100.50" → "100.5"). */
function canonicalDecimal(text: string): string {
  let [int, frac = ""] = text.split(".")
  int = int.replace(/^0+(?=\d)/, "")
  frac = frac.replace(/0+$/, "")
  return frac ? `${int}.${frac}` : int
}

/** An exact decimal string, or why the value is not an amount. */
export function parseAmount(value: unknown): string | null | Error {
  if (isBlank(value)) {
    return null
  }
  let text: string
  if (typeof value === "number") {
    if (!Number.isFinite(value)) {
      return new Error(`amount ${show(value)} is not a number`)
    }
    text = String(value)
    if (/e/i.test(text)) {
      text = MathBN.convert(value).toFixed()
    }
  } else if (typeof value === "string") {
    text = value.trim()
    // Thousands separators as spreadsheets write them: 1,234.50
    if (/^-?\d{1,3}(,\d{3})+(\.\d+)?$/.test(text)) {
      text = text.replace(/,/g, "")
    }
  } else {
    return new Error(`amount ${show(value)} is not a number`)
  }
  if (/^-\d+(\.\d+)?$/.test(text)) {
    return new Error(`amount ${show(value)} is negative`)
  }
  if (!/^\d+(\.\d+)?$/.test(text)) {
    return new Error(`amount ${show(value)} is not a number`)
  }
  const decimals = text.split(".")[1]?.length ?? 0
  if (decimals > MAX_DECIMALS) {
    return new Error(
      `amount ${show(value)} has more than ${MAX_DECIMALS} decimals`
    )
  }
  // A plain number comparison is exact enough against a bound this coarse.
  if (Number(text) > MAX_AMOUNT) {
    return new Error(`amount ${show(value)} is implausibly large`)
  }
  return canonicalDecimal(text)
}

function parseCurrency(value: unknown): string | null | Error {
  if (isBlank(value)) {
    return null
  }
  if (
    typeof value !== "string" ||
    !(value.trim().toUpperCase() in defaultCurrencies)
  ) {
    return new Error(
      `currency_code ${show(value)} is not an ISO 4217 currency code (e.g. "cny")`
    )
  }
  return value.trim().toLowerCase()
}

const DATE_PATTERN =
  /^(\d{4})[-/](\d{1,2})[-/](\d{1,2})(?:[ T](\d{1,2}):(\d{2})(?::(\d{2})(?:\.(\d{1,3})\d*)?)?)?\s*(Z|[+-]\d{2}(?::?\d{2})?)?$/i

/**
 * A collection date: `2026-11-29`, `2026/11/29`, `2026-11-29 14:30[:00]`
 * or full ISO 8601. Without a zone the time is read as UTC.
 */
export function parseCollectedAt(value: unknown): Date | null | Error {
  if (isBlank(value)) {
    return null
  }
  if (value instanceof Date) {
    return Number.isNaN(value.getTime())
      ? new Error("collected_at is not a valid date")
      : value
  }
  const bad = new Error(
    `collected_at ${show(value)} is not a date (use YYYY-MM-DD or ISO 8601)`
  )
  if (typeof value !== "string") {
    return bad
  }
  const match = DATE_PATTERN.exec(value.trim())
  if (!match) {
    return bad
  }
  const [, y, mo, d, h = "0", mi = "0", s = "0", ms = "0", zone] = match
  const year = Number(y)
  const month = Number(mo)
  const day = Number(d)
  const hour = Number(h)
  const minute = Number(mi)
  const second = Number(s)
  const utc = new Date(
    Date.UTC(
      year,
      month - 1,
      day,
      hour,
      minute,
      second,
      Number(ms.padEnd(3, "0"))
    )
  )
  // Reject dates that roll over, e.g. 2026-02-30.
  if (
    utc.getUTCFullYear() !== year ||
    utc.getUTCMonth() !== month - 1 ||
    utc.getUTCDate() !== day ||
    hour > 23 ||
    minute > 59 ||
    second > 59
  ) {
    return bad
  }
  let offsetMinutes = 0
  if (zone && zone.toUpperCase() !== "Z") {
    const sign = zone.startsWith("-") ? -1 : 1
    const digits = zone.slice(1).replace(":", "")
    offsetMinutes =
      sign * (Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2) || 0))
  }
  return new Date(utc.getTime() - offsetMinutes * 60_000)
}

const valueOr = <T>(v: T | Error): T | null => (v instanceof Error ? null : v)

type DateCache = Map<unknown, Date | null | Error>

/**
 * Checks a statement's lines. Every problem found on a line is named in its
 * `invalid`, so a finance user can fix the statement in one pass.
 */
export function normalizeStatementLines(
  lines: RawStatementLine[]
): NormalizedStatementLine[] {
  // Statements repeat a handful of collection dates: parse each once.
  const dates: DateCache = new Map()
  return lines.map((raw, i) => normalizeStatementLine(raw, i + 1, dates))
}

/** Checks one statement line (see `normalizeStatementLines`). */
export function normalizeStatementLine(
  raw: RawStatementLine,
  /** The line's position in the statement, from 1; `raw.line_number` wins. */
  position: number,
  dates?: DateCache
): NormalizedStatementLine {
  const tracking = parseTrackingNumber(raw.tracking_number)
  const displayId = parseDisplayId(raw.order_display_id)
  const amount = parseAmount(raw.amount)
  const currency = parseCurrency(raw.currency_code)
  let collectedAt = dates?.get(raw.collected_at)
  if (collectedAt === undefined) {
    collectedAt = parseCollectedAt(raw.collected_at)
    dates?.set(raw.collected_at, collectedAt)
  }

  const problems: string[] = raw.read_error ? [raw.read_error] : []
  for (const parsed of [tracking, displayId, amount, currency, collectedAt]) {
    if (parsed instanceof Error) {
      problems.push(parsed.message)
    }
  }
  if (tracking === null && displayId === null) {
    problems.push("neither tracking_number nor order_display_id is given")
  }
  if (amount === null) {
    problems.push("amount is missing")
  }
  if (collectedAt === null) {
    problems.push("collected_at is missing")
  }
  const date = valueOr(collectedAt)
  return {
    line_number: raw.line_number ?? position,
    tracking_number: valueOr(tracking),
    order_display_id: valueOr(displayId),
    amount: valueOr(amount),
    currency_code: valueOr(currency),
    collected_at: date ? date.toISOString() : null,
    invalid: problems.length ? problems.join("; ") : null,
  }
}

/** The keys to look receivables up by, for the lines that can be matched. */
export function collectMatchKeys(lines: NormalizedStatementLine[]): {
  tracking_numbers: string[]
  display_ids: number[]
} {
  const tracking = new Set<string>()
  const displayIds = new Set<number>()
  for (const line of lines) {
    if (line.invalid) {
      continue
    }
    if (line.tracking_number) {
      tracking.add(line.tracking_number)
    }
    if (line.order_display_id) {
      displayIds.add(line.order_display_id)
    }
  }
  return { tracking_numbers: [...tracking], display_ids: [...displayIds] }
}

export interface ReceivableIndex {
  byTracking: Map<string, MatchableReceivable[]>
  byDisplayId: Map<number, MatchableReceivable[]>
}

export function indexReceivables(
  receivables: MatchableReceivable[]
): ReceivableIndex {
  const byTracking = new Map<string, MatchableReceivable[]>()
  const byDisplayId = new Map<number, MatchableReceivable[]>()
  const push = <K>(
    map: Map<K, MatchableReceivable[]>,
    key: K,
    r: MatchableReceivable
  ) => {
    const list = map.get(key)
    if (list) {
      if (!list.some((x) => x.id === r.id)) {
        list.push(r)
      }
    } else {
      map.set(key, [r])
    }
  }
  for (const r of receivables) {
    if (r.tracking_number) {
      push(byTracking, r.tracking_number, r)
    }
    if (r.display_id !== null && r.display_id !== undefined) {
      push(byDisplayId, Number(r.display_id), r)
    }
  }
  return { byTracking, byDisplayId }
}

const order = (r: MatchableReceivable) =>
  r.display_id ? `order #${r.display_id}` : `order ${r.order_id}`

type Lookup =
  | { receivable: MatchableReceivable; note: string | null }
  | { receivable: null; reason: string }

function lookUp(line: NormalizedStatementLine, index: ReceivableIndex): Lookup {
  const byDisplay = line.order_display_id
    ? (index.byDisplayId.get(line.order_display_id) ?? [])
    : []
  if (line.tracking_number) {
    const candidates = index.byTracking.get(line.tracking_number) ?? []
    if (candidates.length === 1) {
      const [receivable] = candidates
      const note =
        line.order_display_id && receivable.display_id !== line.order_display_id
          ? `tracking number ${line.tracking_number} belongs to ${order(receivable)}, not order #${line.order_display_id}; matched by tracking number`
          : null
      return { receivable, note }
    }
    if (candidates.length > 1) {
      const pick = candidates.find(
        (r) => r.display_id === line.order_display_id
      )
      if (pick) {
        return { receivable: pick, note: null }
      }
      return {
        receivable: null,
        reason: `tracking number ${line.tracking_number} is on several receivables (${candidates.map(order).join(", ")}); give order_display_id`,
      }
    }
  }
  if (byDisplay.length) {
    return { receivable: byDisplay[0], note: null }
  }
  const keys = [
    line.tracking_number ? `tracking number ${line.tracking_number}` : null,
    line.order_display_id ? `order #${line.order_display_id}` : null,
  ].filter(Boolean)
  return {
    receivable: null,
    reason: `no COD receivable for ${keys.join(" or ")}`,
  }
}

const fmt = (amount: string | number, currency: string | null) =>
  `${MathBN.convert(amount).toFixed()}${currency ? ` ${currency.toUpperCase()}` : ""}`

export interface ClassifyOptions {
  /** The statement's currency, for lines that give none. */
  default_currency_code?: string | null
}

/**
 * Matches each line of a courier statement to the receivable it pays and
 * says how it compares: by tracking number, else by order display id.
 * A receivable paid twice in the statement, or already settled, makes the
 * later line a duplicate. Pure: the caller loads the receivables.
 */
export function classifyStatementLines(
  lines: NormalizedStatementLine[],
  index: ReceivableIndex,
  options: ClassifyOptions = {}
): ClassifiedStatementLine[] {
  const seen = new Map<string, number>()
  return lines.map((line) => {
    const base = {
      line_number: line.line_number,
      tracking_number: line.tracking_number,
      order_display_id: line.order_display_id,
      amount: line.amount,
      collected_at: line.collected_at,
    }
    const currency = line.currency_code ?? options.default_currency_code ?? null
    const result = (
      outcome: RemittanceLineOutcome,
      reason: string | null,
      receivable: MatchableReceivable | null = null
    ): ClassifiedStatementLine => ({
      ...base,
      currency_code: currency ?? receivable?.currency_code ?? null,
      receivable_id: receivable?.id ?? null,
      outcome,
      reason,
    })

    if (line.invalid || line.amount === null) {
      return result("invalid", line.invalid ?? "amount is missing")
    }
    const found = lookUp(line, index)
    if (!found.receivable) {
      return result("unknown", found.reason)
    }
    const r = found.receivable
    const notes = (reason: string | null) =>
      [reason, found.note].filter(Boolean).join("; ") || null

    if (currency && currency !== r.currency_code.toLowerCase()) {
      return {
        ...result(
          "invalid",
          notes(
            `currency ${currency.toUpperCase()} does not match ${order(r)}, which is in ${r.currency_code.toUpperCase()}`
          )
        ),
        receivable_id: r.id,
      }
    }
    const earlier = seen.get(r.id)
    if (earlier !== undefined) {
      return result(
        "duplicate",
        notes(
          `${order(r)} is already paid on line ${earlier} of this statement`
        ),
        r
      )
    }
    seen.set(r.id, line.line_number)
    if (r.status === "settled") {
      const when = r.settled_at
        ? ` on ${new Date(r.settled_at).toISOString().slice(0, 10)}`
        : ""
      return result(
        "duplicate",
        notes(
          `${order(r)} was already settled by an earlier remittance${when}`
        ),
        r
      )
    }
    const rc = r.currency_code
    if (r.status === "refused") {
      return result(
        "excess",
        notes(
          `${order(r)} was refused by the buyer: nothing was to be collected, ${fmt(line.amount, rc)} remitted`
        ),
        r
      )
    }
    // Both are canonical decimal strings: equal text is equal money.
    if (
      line.amount === r.amount_to_collect ||
      MathBN.eq(line.amount, r.amount_to_collect)
    ) {
      return result("matched", notes(null), r)
    }
    const diff = MathBN.sub(line.amount, r.amount_to_collect)
    if (MathBN.lt(diff, 0)) {
      return result(
        "short",
        notes(
          `collected ${fmt(line.amount, rc)}, expected ${fmt(r.amount_to_collect, rc)} (short by ${fmt(MathBN.mult(diff, -1).toFixed(), rc)})`
        ),
        r
      )
    }
    return result(
      "excess",
      notes(
        `collected ${fmt(line.amount, rc)}, expected ${fmt(r.amount_to_collect, rc)} (excess of ${fmt(diff.toFixed(), rc)})`
      ),
      r
    )
  })
}
