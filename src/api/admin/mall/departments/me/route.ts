import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import type MallFinanceModuleService from "../../../../../modules/finance/service"
import type { AdminMyDepartmentsResponse } from "../../../../../types/http/pipeline"
import { MALL_FINANCE_MODULE } from "../../../../../types/modules"
import { DEPARTMENTS } from "../../../../../types/pipeline"

/** The departments of the admin user making the request. */
export const GET = async (
  req: AuthenticatedMedusaRequest,
  res: MedusaResponse<AdminMyDepartmentsResponse>
) => {
  const finance =
    req.scope.resolve<MallFinanceModuleService>(MALL_FINANCE_MODULE)
  const userId = req.auth_context.actor_id
  const members = await finance.listDepartmentMembers({ user_id: userId })
  res.json({
    user_id: userId,
    departments: [...members]
      .sort(
        (a, b) =>
          DEPARTMENTS.indexOf(a.department) - DEPARTMENTS.indexOf(b.department)
      )
      .map((m) => ({ department: m.department, role: m.role })),
  })
}
