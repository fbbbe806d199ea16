import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type MallFinanceModuleService from "../../../modules/finance/service"
import { MALL_FINANCE_MODULE } from "../../../types/modules"
import type { Department } from "../../../types/pipeline"
import type { DepartmentMemberRow } from "./upsert-department-member"

export const removeDepartmentMemberStepId = "mall-remove-department-member"

export interface RemoveDepartmentMemberStepInput {
  user_id: string
  department: Department
}

/**
 * Takes a user out of a department; 404 when they are not in it.
 * Compensation restores the membership.
 */
export const removeDepartmentMemberStep = createStep(
  removeDepartmentMemberStepId,
  async (input: RemoveDepartmentMemberStepInput, { container }) => {
    const finance =
      container.resolve<MallFinanceModuleService>(MALL_FINANCE_MODULE)
    const [member] = await finance.listDepartmentMembers(
      { user_id: input.user_id, department: input.department },
      { take: 1 }
    )
    if (!member) {
      throw new MedusaError(
        MedusaError.Types.NOT_FOUND,
        `User ${input.user_id} is not a member of the ${input.department} department`
      )
    }
    await finance.softDeleteDepartmentMembers(member.id)
    return new StepResponse(member as DepartmentMemberRow, member.id)
  },
  async (id, { container }) => {
    if (!id) {
      return
    }
    const finance =
      container.resolve<MallFinanceModuleService>(MALL_FINANCE_MODULE)
    await finance.restoreDepartmentMembers(id)
  }
)
