import { z } from "@medusajs/framework/zod"
import { LOGISTICS_COST_KINDS } from "../../../../../types/cod-collection"
import { COST_BEARERS } from "../../../../../types/pipeline"
import { paginationParams } from "../../utils/validators"
import { listOf, oneOf } from "../remittances/validators"

export const AdminGetLogisticsCostsParams = z.strictObject({
  order_id: listOf(z.string().trim().min(1)).optional(),
  bearer: listOf(oneOf("bearer", COST_BEARERS)).optional(),
  kind: listOf(oneOf("kind", LOGISTICS_COST_KINDS)).optional(),
  ...paginationParams,
})

export type AdminGetLogisticsCostsParamsType = z.infer<
  typeof AdminGetLogisticsCostsParams
>
