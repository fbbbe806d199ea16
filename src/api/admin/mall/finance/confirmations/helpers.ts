import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type MallFinanceModuleService from "../../../../../modules/finance/service"
import type { AdminPaymentConfirmation } from "../../../../../types/http/pipeline"
import { MALL_FINANCE_MODULE } from "../../../../../types/modules"
import {
  toAdminPaymentConfirmation,
  type PaymentConfirmationRow,
} from "../../../../../workflows/pipeline"

/** The email of each order (the order's, else its customer's). */
export async function orderEmails(
  scope: MedusaContainer,
  orderIds: string[]
): Promise<Map<string, string | null>> {
  if (!orderIds.length) {
    return new Map()
  }
  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "order",
    fields: ["id", "email", "customer.email"],
    filters: { id: [...new Set(orderIds)] },
  })
  return new Map(data.map((o) => [o.id, o.email ?? o.customer?.email ?? null]))
}

/** A confirmation as the admin API shows it, after a workflow changed it. */
export async function retrieveAdminPaymentConfirmation(
  scope: MedusaContainer,
  id: string
): Promise<AdminPaymentConfirmation> {
  const finance = scope.resolve<MallFinanceModuleService>(MALL_FINANCE_MODULE)
  const row = (await finance.retrievePaymentConfirmation(
    id
  )) as unknown as PaymentConfirmationRow
  const emails = await orderEmails(scope, [row.order_id])
  return toAdminPaymentConfirmation(row, emails.get(row.order_id) ?? null)
}
