import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import type MallFinanceModuleService from "../../../../modules/finance/service"
import type { AdminDepartmentListResponse } from "../../../../types/http/pipeline"
import { MALL_FINANCE_MODULE } from "../../../../types/modules"
import { DEPARTMENTS } from "../../../../types/pipeline"
import type { DepartmentMemberRow } from "../../../../workflows/pipeline"
import { listUserSummaries, toAdminDepartmentMember } from "./helpers"

/** Every department with its members. */
export const GET = async (
  req: AuthenticatedMedusaRequest,
  res: MedusaResponse<AdminDepartmentListResponse>
) => {
  const finance =
    req.scope.resolve<MallFinanceModuleService>(MALL_FINANCE_MODULE)
  const members = (await finance.listDepartmentMembers(
    {},
    { order: { created_at: "ASC" } }
  )) as DepartmentMemberRow[]
  const users = await listUserSummaries(
    req.scope,
    members.map((m) => m.user_id)
  )
  res.json({
    departments: DEPARTMENTS.map((department) => ({
      department,
      members: members
        .filter((m) => m.department === department)
        .map((m) => toAdminDepartmentMember(m, users.get(m.user_id))),
    })),
  })
}
