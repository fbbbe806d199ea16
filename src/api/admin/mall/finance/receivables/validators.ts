import { z } from "@medusajs/framework/zod"
import { COD_RECEIVABLE_STATUSES } from "../../../../../types/cod-collection"
import { listOf, oneOf, paginationParams } from "../../utils/validators"

const status = listOf(oneOf(COD_RECEIVABLE_STATUSES, "status"))
const carrier = z.string().trim().min(1).max(200)

export const AdminGetReceivablesParams = z.strictObject({
  carrier: carrier.optional(),
  status: status.optional(),
  order_id: listOf(z.string().trim().min(1)).optional(),
  tracking_number: z.string().trim().min(1).optional(),
  ...paginationParams,
})

export type AdminGetReceivablesParamsType = z.infer<
  typeof AdminGetReceivablesParams
>

export const AdminGetReceivablesAgingParams = z.strictObject({
  carrier: carrier.optional(),
})

export type AdminGetReceivablesAgingParamsType = z.infer<
  typeof AdminGetReceivablesAgingParams
>

export const AdminExportReceivablesParams = z.strictObject({
  carrier: carrier.optional(),
  status: status.optional(),
})

export type AdminExportReceivablesParamsType = z.infer<
  typeof AdminExportReceivablesParams
>
