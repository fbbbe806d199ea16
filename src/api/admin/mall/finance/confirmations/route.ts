import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import type MallFinanceModuleService from "../../../../../modules/finance/service"
import type { AdminPaymentConfirmationListResponse } from "../../../../../types/http/pipeline"
import { MALL_FINANCE_MODULE } from "../../../../../types/modules"
import {
  toAdminPaymentConfirmation,
  type PaymentConfirmationRow,
} from "../../../../../workflows/pipeline"
import { orderEmails } from "./helpers"
import type { AdminGetPaymentConfirmationsParamsType } from "./validators"

/** The prepaid payment confirmation queue, newest first. */
export const GET = async (
  req: AuthenticatedMedusaRequest<
    unknown,
    AdminGetPaymentConfirmationsParamsType
  >,
  res: MedusaResponse<AdminPaymentConfirmationListResponse>
) => {
  const { status, method, order_id, limit, offset } = req.validatedQuery
  const finance =
    req.scope.resolve<MallFinanceModuleService>(MALL_FINANCE_MODULE)
  const [rows, count] = await finance.listAndCountPaymentConfirmations(
    {
      ...(status?.length ? { status } : {}),
      ...(method?.length ? { provider_id: method } : {}),
      ...(order_id?.length ? { order_id } : {}),
    },
    { skip: offset, take: limit, order: { created_at: "DESC", id: "DESC" } }
  )
  const confirmations = rows as unknown as PaymentConfirmationRow[]
  const emails = await orderEmails(
    req.scope,
    confirmations.map((c) => c.order_id)
  )
  res.json({
    payment_confirmations: confirmations.map((c) =>
      toAdminPaymentConfirmation(c, emails.get(c.order_id) ?? null)
    ),
    count,
    offset,
    limit,
  })
}
