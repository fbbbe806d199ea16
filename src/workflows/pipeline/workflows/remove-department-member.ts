import {
  createHook,
  createWorkflow,
  transform,
  WorkflowResponse,
  type Hook,
  type ReturnWorkflow,
} from "@medusajs/framework/workflows-sdk"
import type { Department } from "../../../types/pipeline"
import { recordAuditEntriesStep } from "../steps/record-audit-entries"
import { removeDepartmentMemberStep } from "../steps/remove-department-member"
import type { DepartmentMemberRow } from "../steps/upsert-department-member"

export const removeDepartmentMemberWorkflowId = "mall-remove-department-member"

export interface RemoveDepartmentMemberWorkflowInput {
  user_id: string
  department: Department
  /** The admin user making the change. */
  actor_id?: string | null
  /** Extra data for hook handlers. */
  additional_data?: Record<string, unknown>
}

export type RemoveDepartmentMemberWorkflowHooks = [
  Hook<"validate", { input: RemoveDepartmentMemberWorkflowInput }, unknown>,
  Hook<
    "departmentMemberRemoved",
    {
      department_member: DepartmentMemberRow
      additional_data: Record<string, unknown> | undefined
    },
    unknown
  >,
]

/**
 * Takes an admin user out of a department (404 when not in it). Any admin
 * may do so by default; consume the `validate` hook to restrict it. Used by
 * `DELETE /admin/mall/departments/:department/members/:user_id`.
 *
 * @example
 * await removeDepartmentMemberWorkflow(container).run({
 *   input: { user_id: "user_123", department: "finance", actor_id: "user_1" },
 * })
 *
 * @summary
 * Remove a user from a department.
 *
 * @property hooks.validate - Runs before the membership is removed; throw a `MedusaError` to refuse.
 * @property hooks.departmentMemberRemoved - Runs after the membership is removed.
 */
export const removeDepartmentMemberWorkflow: ReturnWorkflow<
  RemoveDepartmentMemberWorkflowInput,
  DepartmentMemberRow,
  RemoveDepartmentMemberWorkflowHooks
> = createWorkflow(
  removeDepartmentMemberWorkflowId,
  (input: RemoveDepartmentMemberWorkflowInput) => {
    const validate = createHook("validate", { input })

    const removed = removeDepartmentMemberStep({
      user_id: input.user_id,
      department: input.department,
    })

    recordAuditEntriesStep(
      transform({ input, removed }, ({ input, removed }) => [
        {
          entity_type: "department_member",
          entity_id: removed.id,
          action: "department.member_removed",
          actor_id: input.actor_id ?? null,
          department: removed.department,
          data: { user_id: removed.user_id, role: removed.role },
        },
      ])
    )

    const departmentMemberRemoved = createHook("departmentMemberRemoved", {
      department_member: removed,
      additional_data: input.additional_data,
    })
    return new WorkflowResponse(removed, {
      hooks: [validate, departmentMemberRemoved],
    })
  }
)
