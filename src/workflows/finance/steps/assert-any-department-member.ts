import { MedusaError } from "@medusajs/framework/utils"
import { createStep } from "@medusajs/framework/workflows-sdk"
import type MallFinanceModuleService from "../../../modules/finance/service"
import { MALL_FINANCE_MODULE } from "../../../types/modules"
import type { Department } from "../../../types/pipeline"

export const assertAnyDepartmentMemberStepId =
  "mall-assert-any-department-member"

export interface AssertAnyDepartmentMemberStepInput {
  actor_id: string | null | undefined
  /** Membership of any one of them is enough. */
  departments: Department[]
  /** What the user tried to do, for the message, e.g. "record refused deliveries". */
  action: string
}

/** Refuses, with 403, a user who belongs to none of the departments. */
export const assertAnyDepartmentMemberStep = createStep(
  assertAnyDepartmentMemberStepId,
  async (input: AssertAnyDepartmentMemberStepInput, { container }) => {
    const finance =
      container.resolve<MallFinanceModuleService>(MALL_FINANCE_MODULE)
    for (const department of input.departments) {
      if (
        input.actor_id &&
        (await finance.isDepartmentMember(input.actor_id, department))
      ) {
        return
      }
    }
    throw new MedusaError(
      MedusaError.Types.FORBIDDEN,
      `Only members of the ${input.departments.join(" or ")} department may ${input.action}. An admin can add you under Settings → Departments.`
    )
  }
)
