import { MedusaError } from "@medusajs/framework/utils"
import { createStep } from "@medusajs/framework/workflows-sdk"
import type MallFinanceModuleService from "../../../modules/finance/service"
import { MALL_FINANCE_MODULE } from "../../../types/modules"
import type { Department, DepartmentRole } from "../../../types/pipeline"

export const assertDepartmentMemberStepId = "mall-assert-department-member"

export interface AssertDepartmentMemberStepInput {
  actor_id: string | null | undefined
  department: Department
  /** "owner" to require an owner of the department. */
  role?: DepartmentRole
  /** What the user tried to do, for the message, e.g. "confirm payments". */
  action: string
}

/** Refuses, with 403, a user outside the department that owns the decision. */
export const assertDepartmentMemberStep = createStep(
  assertDepartmentMemberStepId,
  async (input: AssertDepartmentMemberStepInput, { container }) => {
    const finance =
      container.resolve<MallFinanceModuleService>(MALL_FINANCE_MODULE)
    const allowed =
      !!input.actor_id &&
      (await finance.isDepartmentMember(
        input.actor_id,
        input.department,
        input.role
      ))
    if (!allowed) {
      const who =
        input.role === "owner"
          ? `owners of the ${input.department} department`
          : `members of the ${input.department} department`
      throw new MedusaError(
        MedusaError.Types.FORBIDDEN,
        `Only ${who} may ${input.action}. An admin can add you under Settings → Departments.`
      )
    }
  }
)
