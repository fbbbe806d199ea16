import { z } from "@medusajs/framework/zod"
import {
  additionalData,
  boundedNumber,
  requiredText,
} from "../../../utils/validators"

export const AdminRerouteOrder = z
  .strictObject({
    /** Omitted: a new automatic decision. Given: a manual override. */
    allocations: z
      .array(
        z.strictObject({
          line_item_id: requiredText(
            "allocations[].line_item_id",
            "name the order line"
          ),
          location_id: requiredText(
            "allocations[].location_id",
            "name the stock location"
          ),
          quantity: boundedNumber("allocations[].quantity", 1, 1_000_000, {
            int: true,
            message: "allocations[].quantity must be at least 1",
          }),
        })
      )
      .min(
        1,
        "allocations must list at least one line; omit it to re-route automatically"
      )
      .max(1000, "allocations holds at most 1000 entries")
      .optional(),
    reason: z
      .string()
      .trim()
      .max(2000, "reason is longer than 2000 characters")
      .optional(),
    additional_data: additionalData,
  })
  .refine((body) => !body.allocations || !!body.reason, {
    message:
      "reason is required for a manual override: say why these warehouses",
    path: ["reason"],
  })

export type AdminRerouteOrderType = z.infer<typeof AdminRerouteOrder>
