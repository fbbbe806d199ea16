import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type MallChannelInventoryModuleService from "../../../modules/channel-inventory/service"
import type { NewChannelMovement } from "../../../modules/channel-inventory/service"
import type { MovementLineResult } from "../../../types/channel-inventory"
import { MALL_CHANNEL_INVENTORY_MODULE } from "../../../types/modules"
import { applyPositionChange } from "../../../utils/channel-position"
import {
  checkMovementLine,
  toPositionChange,
  type CheckedMovementLine,
  type RawMovementLine,
} from "../utils/movement-lines"
import {
  loadPositions,
  positionKey,
  revertPositions,
  withInventoryLock,
  writePositions,
  type PositionUndo,
} from "../utils/positions"
import { locationLookup, resolveSkus } from "../utils/resolve"

export const applyOfflineMovementsStepId = "mall-apply-offline-movements"

/** Lines applied under one lock: big enough to be fast, small enough not to starve checkouts. */
export const MOVEMENT_CHUNK = 5_000

export interface ApplyOfflineMovementsStepInput {
  lines: RawMovementLine[]
  /** Who sent the batch: "pos", "erp", "admin"… */
  source: string
  actor_id?: string | null
}

export interface OfflineMovementsReport {
  lines: MovementLineResult[]
  applied: number
  duplicate: number
  rejected: number
  borrowed: number
}

type Compensation = { movement_ids: string[]; undo: PositionUndo[] }

type Located = CheckedMovementLine & {
  inventory_item_id: string
  location_id: string
}

/**
 * Applies a batch of offline movements, each once per external_id. Lines
 * are checked on their own first; the rest are applied in chunks, each
 * chunk under the lock of its inventory items: positions read fresh, the
 * engine applied line by line in memory, then the ledger, Medusa's stock
 * and the holds written in a few statements. A refused line changes
 * nothing and the others go on. Compensation puts the stock, the pools and
 * the holds back and removes the ledger rows.
 */
export const applyOfflineMovementsStep = createStep(
  applyOfflineMovementsStepId,
  async (input: ApplyOfflineMovementsStepInput, { container }) => {
    const channel = container.resolve<MallChannelInventoryModuleService>(
      MALL_CHANNEL_INVENTORY_MODULE
    )
    const results = new Array<MovementLineResult>(input.lines.length)
    const report = (
      index: number,
      outcome: MovementLineResult["outcome"],
      extra: Partial<MovementLineResult> = {}
    ) => {
      const raw = input.lines[index]
      const id =
        typeof raw.external_id === "string" && raw.external_id.trim()
          ? raw.external_id.trim()
          : typeof raw.external_id === "number"
            ? String(raw.external_id)
            : null
      results[index] = { line: raw.line, external_id: id, outcome, ...extra }
    }

    // 1. Each line on its own; a repeated external_id in the batch is a duplicate.
    const checked: { index: number; line: CheckedMovementLine }[] = []
    const seen = new Set<string>()
    input.lines.forEach((raw, index) => {
      const result = checkMovementLine(raw)
      if (!result.ok) {
        return report(index, "rejected", { reason: result.reason })
      }
      if (seen.has(result.line.external_id)) {
        return report(index, "duplicate", {
          reason: `external_id ${result.line.external_id} appears earlier in this batch`,
        })
      }
      seen.add(result.line.external_id)
      checked.push({ index, line: result.line })
    })

    // 2. SKUs and locations.
    const [items, findLocation] = await Promise.all([
      resolveSkus(
        container,
        checked.map((c) => c.line.sku)
      ),
      locationLookup(container),
    ])
    const located: { index: number; line: Located }[] = []
    for (const { index, line } of checked) {
      const inventory_item_id = items.get(line.sku)
      const location = findLocation(line.location)
      if (!inventory_item_id) {
        report(index, "rejected", {
          reason: `no inventory item has the SKU "${line.sku}"`,
        })
      } else if ("error" in location) {
        report(index, "rejected", { reason: location.error })
      } else {
        located.push({
          index,
          line: { ...line, inventory_item_id, location_id: location.id },
        })
      }
    }

    // 3. Chunk by chunk, under the items' lock.
    const compensation: Compensation = { movement_ids: [], undo: [] }
    try {
      for (let start = 0; start < located.length; start += MOVEMENT_CHUNK) {
        const chunk = located.slice(start, start + MOVEMENT_CHUNK)
        await withInventoryLock(
          container,
          chunk.map((c) => c.line.inventory_item_id),
          async () => {
            const [known, positions] = await Promise.all([
              channel.listKnownExternalIds(
                chunk.map((c) => c.line.external_id)
              ),
              loadPositions(
                container,
                chunk.map((c) => c.line)
              ),
            ])
            const movements: NewChannelMovement[] = []
            const touched = new Set<string>()
            for (const { index, line } of chunk) {
              if (known.has(line.external_id)) {
                report(index, "duplicate", {
                  reason: `external_id ${line.external_id} was applied before`,
                })
                continue
              }
              const key = positionKey(line)
              const position = positions.get(key)
              if (!position) {
                report(index, "rejected", {
                  reason: `SKU ${line.sku} is not stocked at ${line.location}; add it to the location in Medusa first`,
                })
                continue
              }
              const change = toPositionChange(line)
              const result = applyPositionChange(position.state, change)
              if (!result.ok) {
                report(index, "rejected", { reason: result.reason })
                continue
              }
              position.state = result.after
              touched.add(key)
              const into =
                change.type === "receipt" || change.type === "adjustment"
                  ? change.pool
                  : "offline"
              const sign =
                change.type === "offline_sale" ||
                (change.type === "adjustment" &&
                  change.direction === "decrease")
                  ? -1
                  : 1
              movements.push({
                external_id: line.external_id,
                inventory_item_id: line.inventory_item_id,
                location_id: line.location_id,
                sku: line.sku,
                type: line.type,
                channel: into,
                quantity: sign * line.quantity,
                stocked_delta: result.effect.stocked_delta,
                offline_pool_delta: result.effect.offline_pool_delta,
                borrowed: result.effect.borrowed,
                source: input.source,
                reference: line.reference,
                reason: null,
                occurred_at: line.occurred,
                created_by: input.actor_id ?? null,
              })
              report(
                index,
                "applied",
                result.effect.borrowed
                  ? { borrowed: result.effect.borrowed }
                  : {}
              )
            }
            if (!movements.length) {
              return
            }
            // The ledger first: a concurrent batch with the same ids fails here, before any stock moves.
            const ids = await channel.appendMovements(movements)
            compensation.movement_ids.push(...ids)
            try {
              const undo = await writePositions(
                container,
                [...touched].map((k) => positions.get(k)!)
              )
              compensation.undo.push(...undo)
            } catch (e) {
              await channel.revertMovements(ids)
              compensation.movement_ids.splice(
                compensation.movement_ids.length - ids.length
              )
              throw e
            }
          }
        )
      }
    } catch (e) {
      // Chunks already written are undone here: the step failed, so its compensation will not run.
      await revertPositions(container, compensation.undo.reverse())
      await channel.revertMovements(compensation.movement_ids)
      throw e
    }

    const summary: OfflineMovementsReport = {
      lines: results,
      applied: 0,
      duplicate: 0,
      rejected: 0,
      borrowed: 0,
    }
    for (const r of results) {
      summary[r.outcome]++
      summary.borrowed += r.borrowed ?? 0
    }
    return new StepResponse(summary, compensation)
  },
  async (compensation, { container }) => {
    if (!compensation) {
      return
    }
    await revertPositions(container, [...compensation.undo].reverse())
    const channel = container.resolve<MallChannelInventoryModuleService>(
      MALL_CHANNEL_INVENTORY_MODULE
    )
    await channel.revertMovements(compensation.movement_ids)
  }
)
