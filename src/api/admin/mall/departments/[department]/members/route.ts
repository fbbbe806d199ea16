import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import type { AdminDepartmentMemberResponse } from "../../../../../../types/http/pipeline"
import { addDepartmentMemberWorkflow } from "../../../../../../workflows/pipeline"
import { parseDepartment } from "../../../utils/validators"
import { toAdminDepartmentMember } from "../../helpers"
import type { AdminAddDepartmentMemberType } from "../../validators"

/** Add an admin user to a department, or change their role in it. */
export const POST = async (
  req: AuthenticatedMedusaRequest<AdminAddDepartmentMemberType>,
  res: MedusaResponse<AdminDepartmentMemberResponse>
) => {
  const department = parseDepartment(req.params.department)
  const { user_id, role, additional_data } = req.validatedBody
  const { result } = await addDepartmentMemberWorkflow(req.scope).run({
    input: {
      user_id,
      department,
      role,
      actor_id: req.auth_context.actor_id,
      additional_data,
    },
  })
  res.json({
    department_member: toAdminDepartmentMember(result.member, result.user),
  })
}
