import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import type { AdminDepartmentMemberDeleteResponse } from "../../../../../../../types/http/pipeline"
import { removeDepartmentMemberWorkflow } from "../../../../../../../workflows/pipeline"
import { parseDepartment } from "../../../../utils/validators"

/** Take an admin user out of a department. */
export const DELETE = async (
  req: AuthenticatedMedusaRequest,
  res: MedusaResponse<AdminDepartmentMemberDeleteResponse>
) => {
  const department = parseDepartment(req.params.department)
  const { result } = await removeDepartmentMemberWorkflow(req.scope).run({
    input: {
      user_id: req.params.user_id,
      department,
      actor_id: req.auth_context.actor_id,
    },
  })
  res.json({ id: result.id, object: "department_member", deleted: true })
}
