import {
  createHook,
  createWorkflow,
  transform,
  WorkflowResponse,
  type Hook,
  type ReturnWorkflow,
} from "@medusajs/framework/workflows-sdk"
import type { Department, DepartmentRole } from "../../../types/pipeline"
import { recordAuditEntriesStep } from "../steps/record-audit-entries"
import {
  retrieveAdminUserStep,
  type AdminUserSummary,
} from "../steps/retrieve-admin-user"
import {
  upsertDepartmentMemberStep,
  type DepartmentMemberRow,
} from "../steps/upsert-department-member"

export const addDepartmentMemberWorkflowId = "mall-add-department-member"

export interface AddDepartmentMemberWorkflowInput {
  /** The admin user to add. */
  user_id: string
  department: Department
  /** "owner" lets the user waive the department's gates. Omitted: "member" for a newcomer, unchanged otherwise. */
  role?: DepartmentRole
  /** The admin user making the change. */
  actor_id?: string | null
  /** Extra data for hook handlers. */
  additional_data?: Record<string, unknown>
}

export interface AddDepartmentMemberWorkflowOutput {
  member: DepartmentMemberRow
  user: AdminUserSummary
}

export type AddDepartmentMemberWorkflowHooks = [
  Hook<
    "validate",
    { input: AddDepartmentMemberWorkflowInput; user: AdminUserSummary },
    unknown
  >,
  Hook<
    "departmentMemberAdded",
    {
      department_member: DepartmentMemberRow
      additional_data: Record<string, unknown> | undefined
    },
    unknown
  >,
]

/**
 * Adds an admin user to a department, or changes their role in it. Any
 * admin may do so by default; consume the `validate` hook to restrict who
 * manages departments. Used by `POST /admin/mall/departments/:department/members`.
 *
 * @example
 * await addDepartmentMemberWorkflow(container).run({
 *   input: { user_id: "user_123", department: "finance", role: "owner", actor_id: "user_1" },
 * })
 *
 * @summary
 * Add a user to a department or change their role.
 *
 * @property hooks.validate - Runs before anything is saved; throw a `MedusaError` to refuse.
 * @property hooks.departmentMemberAdded - Runs after the membership is saved.
 */
export const addDepartmentMemberWorkflow: ReturnWorkflow<
  AddDepartmentMemberWorkflowInput,
  AddDepartmentMemberWorkflowOutput,
  AddDepartmentMemberWorkflowHooks
> = createWorkflow(
  addDepartmentMemberWorkflowId,
  (input: AddDepartmentMemberWorkflowInput) => {
    const user = retrieveAdminUserStep({ user_id: input.user_id })
    const validate = createHook("validate", { input, user })

    const upserted = upsertDepartmentMemberStep({
      user_id: input.user_id,
      department: input.department,
      role: input.role,
    })

    recordAuditEntriesStep(
      transform({ input, upserted }, ({ input, upserted }) => {
        const { member, previous_role } = upserted
        if (previous_role === member.role) {
          return []
        }
        return [
          {
            entity_type: "department_member",
            entity_id: member.id,
            action: previous_role
              ? "department.member_role_changed"
              : "department.member_added",
            actor_id: input.actor_id ?? null,
            department: member.department,
            data: {
              user_id: member.user_id,
              role: member.role,
              previous_role,
            },
          },
        ]
      })
    )

    const member = transform({ upserted }, ({ upserted }) => upserted.member)
    const departmentMemberAdded = createHook("departmentMemberAdded", {
      department_member: member,
      additional_data: input.additional_data,
    })
    const result = transform({ member, user }, ({ member, user }) => ({
      member,
      user,
    }))
    return new WorkflowResponse(result, {
      hooks: [validate, departmentMemberAdded],
    })
  }
)
