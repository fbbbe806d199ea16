import { MathBN } from "@medusajs/framework/utils"
import {
  AGING_BUCKETS,
  type AgingBucket,
  type AgingCell,
  type CarrierAging,
  type CodReceivableStatus,
  type ReceivablesAging,
} from "../types/cod-collection"

/** Upper bound (inclusive) of each bucket, in whole days since delivery. */
const BUCKET_LIMITS: [AgingBucket, number][] = [
  ["days_0_7", 7],
  ["days_8_15", 15],
  ["days_16_30", 30],
]

/** The bucket of a receivable delivered `days` whole days ago. */
export function agingBucket(days: number): AgingBucket {
  for (const [bucket, limit] of BUCKET_LIMITS) {
    if (days <= limit) {
      return bucket
    }
  }
  return "days_over_30"
}

const DAY_MS = 86_400_000

/** Whole days between delivery and `now` (0 on the day of delivery). */
export function daysSince(deliveredAt: Date | string, now: Date): number {
  const elapsed = now.getTime() - new Date(deliveredAt).getTime()
  return Math.max(0, Math.floor(elapsed / DAY_MS))
}

/** One group of receivables as the database aggregates them. */
export interface AgingRow {
  carrier: string | null
  currency_code: string
  status: CodReceivableStatus
  /** Whole days since delivery; null when not delivered. */
  days: number | null
  count: number
  /** Sum of amount_to_collect, as a decimal string or number. */
  amount: string | number
}

type Acc = {
  count: number
  amounts: Record<string, ReturnType<typeof MathBN.convert>>
}

const emptyAcc = (): Acc => ({ count: 0, amounts: {} })

function add(acc: Acc, row: AgingRow) {
  acc.count += Number(row.count)
  const currency = row.currency_code.toLowerCase()
  acc.amounts[currency] = MathBN.add(
    acc.amounts[currency] ?? MathBN.convert(0),
    row.amount
  )
}

const toCell = (acc: Acc): AgingCell => ({
  count: acc.count,
  amounts: Object.fromEntries(
    Object.entries(acc.amounts)
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([currency, amount]) => [currency, amount.toNumber()])
  ),
})

type Group = {
  due: Record<AgingBucket, Acc>
  due_total: Acc
  not_delivered: Acc
  disputed: Acc
}

const emptyGroup = (): Group => ({
  due: Object.fromEntries(AGING_BUCKETS.map((b) => [b, emptyAcc()])) as Record<
    AgingBucket,
    Acc
  >,
  due_total: emptyAcc(),
  not_delivered: emptyAcc(),
  disputed: emptyAcc(),
})

function addToGroup(group: Group, row: AgingRow) {
  if (row.status === "open" && row.days === null) {
    add(group.not_delivered, row)
  } else if (row.status === "disputed") {
    add(group.disputed, row)
  } else if (row.status === "due" || row.status === "open") {
    // An open receivable with a delivery date is due in all but name.
    add(group.due[agingBucket(row.days ?? 0)], row)
    add(group.due_total, row)
  }
}

const toAging = (group: Group): Omit<CarrierAging, "carrier"> => ({
  due: Object.fromEntries(
    AGING_BUCKETS.map((b) => [b, toCell(group.due[b])])
  ) as Record<AgingBucket, AgingCell>,
  due_total: toCell(group.due_total),
  not_delivered: toCell(group.not_delivered),
  disputed: toCell(group.disputed),
})

/**
 * Folds aggregated receivables into the aging report: per carrier, due
 * receivables by days since delivery (0-7, 8-15, 16-30, more than 30), those
 * shipped but not delivered, and the disputed ones; totals per currency.
 * Settled and refused receivables owe nothing and are left out.
 */
export function summarizeAging(rows: AgingRow[], now: Date): ReceivablesAging {
  const carriers = new Map<string | null, Group>()
  const totals = emptyGroup()
  for (const row of rows) {
    let group = carriers.get(row.carrier)
    if (!group) {
      group = emptyGroup()
      carriers.set(row.carrier, group)
    }
    addToGroup(group, row)
    addToGroup(totals, row)
  }
  return {
    as_of: now.toISOString(),
    carriers: [...carriers.entries()]
      .sort(([a], [b]) =>
        a === null ? 1 : b === null ? -1 : a.localeCompare(b)
      )
      .map(([carrier, group]) => ({ carrier, ...toAging(group) })),
    totals: toAging(totals),
  }
}
