import { z } from "@medusajs/framework/zod"
import { COST_BEARERS } from "../../../../../../types/pipeline"
import {
  additionalData,
  oneOf,
  required,
  requiredText,
} from "../../../utils/validators"

export const AdminRecordCodRefusal = z.strictObject({
  reason: requiredText("reason", "say why the parcel came back"),
  logistics_cost: required(
    "logistics_cost is required: the return trip's cost in the order's currency (0 if none)",
    z
      // Medusa words a wrong type itself: "Expected type: 'number' for field…".
      .number()
      .finite()
      .refine((n) => n >= 0, "logistics_cost must be 0 or more")
      .refine(
        (n) => Math.abs(n * 10_000 - Math.round(n * 10_000)) < 1e-6,
        "logistics_cost has more than 4 decimals"
      )
  ),
  bearer: oneOf(COST_BEARERS, "bearer").optional(),
  location_id: z.string().trim().min(1).optional(),
  additional_data: additionalData,
})

export type AdminRecordCodRefusalType = z.infer<typeof AdminRecordCodRefusal>
