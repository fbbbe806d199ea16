import { z } from "@medusajs/framework/zod"
import { paginationParams } from "../utils/validators"

const filter = (field: string) =>
  z
    .string()
    .trim()
    .refine((s) => s.length > 0, `${field} must not be empty`)
    .optional()

export const AdminGetAuditEntriesParams = z.strictObject({
  order_id: filter("order_id"),
  entity_type: filter("entity_type"),
  entity_id: filter("entity_id"),
  ...paginationParams,
})

export type AdminGetAuditEntriesParamsType = z.infer<
  typeof AdminGetAuditEntriesParams
>
