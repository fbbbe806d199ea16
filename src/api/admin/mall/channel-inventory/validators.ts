import { z } from "@medusajs/framework/zod"
import {
  CHANNEL_MODES,
  CHANNELS,
  LAST_UNIT_POLICIES,
  MOVEMENT_TYPES,
} from "../../../../types/channel-inventory"
import {
  additionalData,
  boundedNumber,
  oneOf,
  optionalText,
  paginationParams,
  requiredText,
} from "../utils/validators"

/** The largest batch taken at once; a POS or ERP splits bigger ones. */
export const MAX_MOVEMENTS = 200_000

export const AdminApplyMovements = z.strictObject({
  movements: z
    .array(z.unknown(), "movements must be a list of movements")
    .refine((l) => l.length >= 1, "movements must hold at least one movement")
    .refine(
      (l) => l.length <= MAX_MOVEMENTS,
      `movements holds at most ${MAX_MOVEMENTS} lines; split the batch`
    )
    .refine(
      (l) =>
        l.every(
          (m) => typeof m === "object" && m !== null && !Array.isArray(m)
        ),
      "each movement must be an object with external_id, sku, location, quantity, type and occurred_at"
    )
    .transform((l) => l as Record<string, unknown>[]),
  source: optionalText("source"),
  additional_data: additionalData,
})
export type AdminApplyMovementsType = z.infer<typeof AdminApplyMovements>

/** Who asked for a transfer: an admin by hand, or an admin applying a suggestion. */
const TRANSFER_SOURCES = ["admin", "suggestion"] as const

const itemTarget = {
  inventory_item_id: optionalText("inventory_item_id"),
  sku: optionalText("sku"),
}

export const AdminTransferChannelStock = z
  .strictObject({
    ...itemTarget,
    location_id: requiredText(
      "location_id",
      "give the stock location's id or name"
    ),
    from: oneOf(CHANNELS, (v) => `from must be online or offline, not "${v}"`),
    quantity: boundedNumber("quantity", 1, 1_000_000, {
      int: true,
      message: "quantity must be a whole number of units from 1 to 1000000",
    }),
    reason: requiredText(
      "reason",
      "say why the units move, for the audit trail"
    ),
    source: oneOf(
      TRANSFER_SOURCES,
      (v) => `source must be admin or suggestion, not "${v}"`
    ).optional(),
    idempotency_key: optionalText("idempotency_key").refine(
      (v) => v === undefined || v.length <= 200,
      "idempotency_key must be at most 200 characters"
    ),
    additional_data: additionalData,
  })
  .refine((b) => !!b.inventory_item_id !== !!b.sku, {
    message: "Give either sku or inventory_item_id (one of them)",
  })
export type AdminTransferChannelStockType = z.infer<
  typeof AdminTransferChannelStock
>

const safetyStock = (field: string) =>
  boundedNumber(field, 0, 1_000_000, {
    int: true,
    message: `${field} must be a whole number of units from 0 to 1000000`,
  })

export const AdminUpdateChannelAllocations = z
  .strictObject({
    ...itemTarget,
    product_id: optionalText("product_id"),
    location_id: optionalText("location_id"),
    mode: oneOf(
      CHANNEL_MODES,
      (v) => `mode must be one of ${CHANNEL_MODES.join(", ")}, not "${v}"`
    ).optional(),
    online_safety_stock: safetyStock("online_safety_stock").optional(),
    offline_safety_stock: safetyStock("offline_safety_stock").optional(),
    last_unit_policy: oneOf(
      LAST_UNIT_POLICIES,
      (v) =>
        `last_unit_policy must be one of ${LAST_UNIT_POLICIES.join(", ")}, not "${v}"`
    ).optional(),
    offline_pool: safetyStock("offline_pool").optional(),
    reason: optionalText("reason"),
    additional_data: additionalData,
  })
  .refine(
    (b) =>
      [b.inventory_item_id, b.sku, b.product_id].filter(Boolean).length <= 1,
    { message: "Give at most one of inventory_item_id, sku and product_id" }
  )
  .refine(
    (b) => b.inventory_item_id || b.sku || b.product_id || b.location_id,
    {
      message:
        "Say which positions to change: an inventory_item_id, sku or product_id, a location_id, or both",
    }
  )
  .refine(
    (b) =>
      b.mode !== undefined ||
      b.online_safety_stock !== undefined ||
      b.offline_safety_stock !== undefined ||
      b.last_unit_policy !== undefined ||
      b.offline_pool !== undefined,
    {
      message:
        "Nothing to change: give mode, online_safety_stock, offline_safety_stock, last_unit_policy or offline_pool",
    }
  )
export type AdminUpdateChannelAllocationsType = z.infer<
  typeof AdminUpdateChannelAllocations
>

export const AdminGetChannelPositionsParams = z.strictObject({
  location_id: optionalText("location_id"),
  sku: optionalText("sku"),
  inventory_item_id: optionalText("inventory_item_id"),
  ...paginationParams,
})
export type AdminGetChannelPositionsParamsType = z.infer<
  typeof AdminGetChannelPositionsParams
>

export const AdminGetChannelMovementsParams = z.strictObject({
  location_id: optionalText("location_id"),
  sku: optionalText("sku"),
  inventory_item_id: optionalText("inventory_item_id"),
  type: oneOf(
    MOVEMENT_TYPES,
    (v) => `type must be one of ${MOVEMENT_TYPES.join(", ")}, not "${v}"`
  ).optional(),
  channel: oneOf(
    CHANNELS,
    (v) => `channel must be online or offline, not "${v}"`
  ).optional(),
  source: optionalText("source"),
  external_id: optionalText("external_id"),
  ...paginationParams,
})
export type AdminGetChannelMovementsParamsType = z.infer<
  typeof AdminGetChannelMovementsParams
>

/**
 * A whole number of days in a query string, with our own messages (Medusa
 * rewrites zod's type messages, so the text is checked by hand).
 */
const queryDays = (field: string, min: number) =>
  z
    .string(`${field} must be a number of days`)
    .trim()
    .refine(
      (s) => /^-?\d+(\.\d+)?$/.test(s),
      `${field} must be a number of days`
    )
    .transform(Number)
    .refine(Number.isInteger, `${field} must be a whole number of days`)
    .refine(
      (n) => n >= min && n <= 365,
      `${field} must be from ${min} to 365 days`
    )
    .optional()

export const AdminGetChannelSuggestionsParams = z.strictObject({
  location_id: optionalText("location_id"),
  sku: optionalText("sku"),
  inventory_item_id: optionalText("inventory_item_id"),
  window_days: queryDays("window_days", 1),
  cover_days: queryDays("cover_days", 0),
  ...paginationParams,
})
export type AdminGetChannelSuggestionsParamsType = z.infer<
  typeof AdminGetChannelSuggestionsParams
>
