import { readCsvTable, type CsvRecord } from "../../../utils/csv"
import {
  CHANNELS,
  type Channel,
  type OfflineMovementInput,
  type PositionChange,
} from "../../../types/channel-inventory"

/** Types a POS or ERP may send (online sales and transfers are the plugin's own). */
export const OFFLINE_MOVEMENT_TYPES = [
  "offline_sale",
  "offline_return",
  "receipt",
  "adjustment",
] as const

export const MOVEMENT_CSV_COLUMNS = [
  "external_id",
  "sku",
  "location",
  "quantity",
  "type",
  "occurred_at",
  "pool",
  "direction",
  "reference",
] as const
const REQUIRED_COLUMNS = MOVEMENT_CSV_COLUMNS.slice(0, 6)

/** A batch larger than this is split by the sender. */
export const MAX_MOVEMENT_LINES = 200_000

/** One line as received, values unchecked; `line` is its 1-based place in the batch. */
export type RawMovementLine = CsvRecord

/** A line that passed its own checks (the position may still refuse it). */
export interface CheckedMovementLine extends OfflineMovementInput {
  line: number
  reference: string | null
  occurred: Date
}

const text = (value: unknown) =>
  typeof value === "string"
    ? value.trim()
    : typeof value === "number"
      ? String(value)
      : ""

/**
 * Checks one line on its own: every field there and of the right kind.
 * Returns the reason it cannot be applied, in words the sender can act on.
 */
export function checkMovementLine(
  raw: RawMovementLine
): { ok: true; line: CheckedMovementLine } | { ok: false; reason: string } {
  const problems: string[] = []
  const external_id = text(raw.external_id)
  if (!external_id) {
    problems.push(
      "external_id is missing: every movement needs the POS or ERP's id"
    )
  } else if (external_id.length > 200) {
    problems.push("external_id is longer than 200 characters")
  }
  const sku = text(raw.sku)
  if (!sku) {
    problems.push("sku is missing")
  }
  const location = text(raw.location)
  if (!location) {
    problems.push("location is missing: give the stock location's id or name")
  }
  const quantityText = text(raw.quantity)
  const quantity = Number(quantityText)
  if (!quantityText || !Number.isInteger(quantity) || quantity < 1) {
    problems.push(
      `quantity must be a whole number of units, at least 1${quantityText ? `, not "${quantityText}"` : ""}`
    )
  } else if (quantity > 1_000_000) {
    problems.push("quantity must be at most 1000000")
  }
  const type = text(raw.type).toLowerCase()
  if (!(OFFLINE_MOVEMENT_TYPES as readonly string[]).includes(type)) {
    problems.push(
      `type must be one of ${OFFLINE_MOVEMENT_TYPES.join(", ")}${type ? `, not "${type}"` : ""}`
    )
  }
  const poolText = text(raw.pool).toLowerCase()
  if (poolText && !(CHANNELS as readonly string[]).includes(poolText)) {
    problems.push(`pool must be online or offline, not "${poolText}"`)
  }
  const directionText = text(raw.direction).toLowerCase()
  if (directionText && !["increase", "decrease"].includes(directionText)) {
    problems.push(
      `direction must be increase or decrease, not "${directionText}"`
    )
  }
  if (type === "adjustment" && !directionText) {
    problems.push("an adjustment needs a direction: increase or decrease")
  }
  const occurredText = text(raw.occurred_at)
  const occurred = new Date(occurredText)
  if (!occurredText) {
    problems.push(
      "occurred_at is missing: give the date and time of the movement (ISO 8601)"
    )
  } else if (Number.isNaN(occurred.getTime())) {
    problems.push(
      `occurred_at "${occurredText}" is not a date and time (ISO 8601, e.g. 2026-11-01T10:30:00+08:00)`
    )
  }
  const reference = text(raw.reference) || null
  if (problems.length) {
    return { ok: false, reason: problems.join("; ") }
  }
  return {
    ok: true,
    line: {
      line: raw.line,
      external_id,
      sku,
      location,
      quantity,
      type: type as CheckedMovementLine["type"],
      pool: (poolText || undefined) as Channel | undefined,
      direction: (directionText || undefined) as
        "increase" | "decrease" | undefined,
      occurred_at: occurred.toISOString(),
      occurred,
      reference,
    },
  }
}

/** The engine's change for a checked line; offline movements default to the offline pool. */
export function toPositionChange(line: CheckedMovementLine): PositionChange {
  switch (line.type) {
    case "offline_sale":
      return { type: "offline_sale", quantity: line.quantity }
    case "offline_return":
      return { type: "offline_return", quantity: line.quantity }
    case "receipt":
      return {
        type: "receipt",
        quantity: line.quantity,
        pool: line.pool ?? "offline",
      }
    case "adjustment":
      return {
        type: "adjustment",
        quantity: line.quantity,
        pool: line.pool ?? "offline",
        direction: line.direction ?? "increase",
      }
  }
}

/**
 * Reads a movement batch in CSV: a header naming the columns (external_id,
 * sku, location, quantity, type, occurred_at required; pool, direction,
 * reference optional; any order), then one row per movement.
 */
export function parseMovementCsv(content: string | Buffer): RawMovementLine[] {
  return readCsvTable(content, {
    columns: MOVEMENT_CSV_COLUMNS,
    required: REQUIRED_COLUMNS,
    maxRows: MAX_MOVEMENT_LINES,
    row: "movement",
    batch: "a batch",
  })
}
