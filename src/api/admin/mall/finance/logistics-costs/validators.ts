import { z } from "@medusajs/framework/zod"
import { LOGISTICS_COST_KINDS } from "../../../../../types/cod-collection"
import { COST_BEARERS } from "../../../../../types/pipeline"
import { listOf, oneOf, paginationParams } from "../../utils/validators"

export const AdminGetLogisticsCostsParams = z.strictObject({
  order_id: listOf(z.string().trim().min(1)).optional(),
  bearer: listOf(oneOf(COST_BEARERS, "bearer")).optional(),
  kind: listOf(oneOf(LOGISTICS_COST_KINDS, "kind")).optional(),
  ...paginationParams,
})

export type AdminGetLogisticsCostsParamsType = z.infer<
  typeof AdminGetLogisticsCostsParams
>
