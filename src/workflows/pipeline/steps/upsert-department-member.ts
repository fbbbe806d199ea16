import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type MallFinanceModuleService from "../../../modules/finance/service"
import { MALL_FINANCE_MODULE } from "../../../types/modules"
import type { Department, DepartmentRole } from "../../../types/pipeline"

export const upsertDepartmentMemberStepId = "mall-upsert-department-member"

export interface UpsertDepartmentMemberStepInput {
  user_id: string
  department: Department
  /** Omitted: "member" for a new member, unchanged for an existing one. */
  role?: DepartmentRole
}

export interface DepartmentMemberRow {
  id: string
  user_id: string
  department: Department
  role: DepartmentRole
  created_at?: Date | string
}

export interface UpsertDepartmentMemberResult {
  member: DepartmentMemberRow
  /** The role before, `null` when the user just joined. */
  previous_role: DepartmentRole | null
}

type Compensation =
  { created: string } | { id: string; role: DepartmentRole } | null

/**
 * Adds a user to a department, or changes their role in it. Compensation
 * removes the membership it created or puts the old role back.
 */
export const upsertDepartmentMemberStep = createStep(
  upsertDepartmentMemberStepId,
  async (input: UpsertDepartmentMemberStepInput, { container }) => {
    const finance =
      container.resolve<MallFinanceModuleService>(MALL_FINANCE_MODULE)
    const [existing] = await finance.listDepartmentMembers(
      { user_id: input.user_id, department: input.department },
      { take: 1 }
    )
    if (existing) {
      const role = input.role ?? existing.role
      if (role === existing.role) {
        return new StepResponse<UpsertDepartmentMemberResult, Compensation>(
          { member: existing, previous_role: existing.role },
          null
        )
      }
      const member = await finance.updateDepartmentMembers({
        id: existing.id,
        role,
      })
      return new StepResponse<UpsertDepartmentMemberResult, Compensation>(
        { member, previous_role: existing.role },
        { id: existing.id, role: existing.role }
      )
    }
    const member = await finance.createDepartmentMembers({
      user_id: input.user_id,
      department: input.department,
      role: input.role ?? "member",
    })
    return new StepResponse<UpsertDepartmentMemberResult, Compensation>(
      { member, previous_role: null },
      { created: member.id }
    )
  },
  async (compensation, { container }) => {
    if (!compensation) {
      return
    }
    const finance =
      container.resolve<MallFinanceModuleService>(MALL_FINANCE_MODULE)
    if ("created" in compensation) {
      await finance.deleteDepartmentMembers(compensation.created)
    } else {
      await finance.updateDepartmentMembers(compensation)
    }
  }
)
