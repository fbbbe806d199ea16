import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import {
  ContainerRegistrationKeys,
  MedusaError,
} from "@medusajs/framework/utils"
import type { OrderCodSummary } from "../../../../../../types/cod"
import {
  codSummaryOrderFields,
  summarizeOrderCod,
} from "../../../../../../utils/cod-summary"

export const GET = async (
  req: AuthenticatedMedusaRequest,
  res: MedusaResponse<{ cod: OrderCodSummary }>
) => {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const {
    data: [order],
  } = await query.graph({
    entity: "order",
    fields: codSummaryOrderFields,
    filters: { id: req.params.id },
  })
  if (!order) {
    throw new MedusaError(
      MedusaError.Types.NOT_FOUND,
      `Order with id: ${req.params.id} was not found`
    )
  }
  res.json({
    cod: summarizeOrderCod(
      order as unknown as Parameters<typeof summarizeOrderCod>[0]
    ),
  })
}
