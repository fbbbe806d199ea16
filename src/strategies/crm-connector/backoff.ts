import { createHash } from "node:crypto"
import { MedusaError } from "@medusajs/framework/utils"

export const DEFAULT_CRM_RETRY_BASE_MS = 30_000
export const DEFAULT_CRM_RETRY_MAX_MS = 6 * 60 * 60 * 1000

/** The most a seeded jitter shortens a delay by. */
const JITTER_SHARE = 0.1

export interface CrmRetryDelayOptions {
  /** The delay after the first failed attempt (default 30 s). */
  base_ms?: number
  /** The longest delay (default 6 h). */
  max_ms?: number
  /**
   * A stable value per sync job (its id). When given, the delay is shortened
   * by up to 10%, by an amount derived from the seed: jobs that failed in the
   * same batch (the CRM was down) then come back spread out instead of all
   * at once, and the same job always gets the same delay.
   */
  jitter_seed?: string
}

/**
 * How long to wait before attempt `attempt + 1`, after `attempt` failed:
 * 30 s, 1 min, 2 min, 4 min... doubling up to 6 h. Deterministic, so the
 * admin can show when the next attempt will run and tests can pin it; pass
 * `jitter_seed` to spread a batch that failed together.
 */
export function crmRetryDelayMs(
  attempt: number,
  options: CrmRetryDelayOptions = {}
): number {
  const base = options.base_ms ?? DEFAULT_CRM_RETRY_BASE_MS
  const max = options.max_ms ?? DEFAULT_CRM_RETRY_MAX_MS
  if (!Number.isInteger(attempt) || attempt < 1) {
    throw new MedusaError(
      MedusaError.Types.INVALID_ARGUMENT,
      `crmRetryDelayMs: attempt must be a whole number from 1 (the first failed attempt); got ${attempt}`
    )
  }
  if (
    !(base > 0) ||
    !Number.isFinite(base) ||
    !(max >= base) ||
    !Number.isFinite(max)
  ) {
    throw new MedusaError(
      MedusaError.Types.INVALID_ARGUMENT,
      `crmRetryDelayMs: base_ms must be above 0 and max_ms at least base_ms; got base_ms ${base}, max_ms ${max}`
    )
  }
  // 2 ** 1100 is Infinity; capping the exponent keeps the arithmetic finite.
  const delay = Math.min(base * 2 ** Math.min(attempt - 1, 1000), max)
  if (options.jitter_seed === undefined) {
    return delay
  }
  const fraction =
    createHash("sha256").update(options.jitter_seed).digest().readUInt32BE(0) /
    0x1_0000_0000
  // Shorter, never longer: the cap stays a promise.
  return Math.round(delay * (1 - JITTER_SHARE * fraction))
}
