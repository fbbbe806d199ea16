import { departmentQueryKeys, pipelineQueryKeys } from "../../lib/query-keys"
import { sdk } from "../../lib/sdk"
import {
  AdminDepartmentListResponse,
  AdminDepartmentMemberResponse,
  AdminMyDepartmentsResponse,
  AdminUserListResponse,
  Department,
  DepartmentRole,
} from "../../lib/pipeline-types"
import {
  MutationOptions,
  QueryOptions,
  useInvalidatingMutation,
  useMallQuery,
} from "./utils"

/** Every department with its members. */
export const useDepartments = (
  options?: QueryOptions<AdminDepartmentListResponse>
) =>
  useMallQuery<AdminDepartmentListResponse>(
    departmentQueryKeys.list(),
    "/admin/mall/departments",
    { options }
  )

/** The departments of the signed-in admin, to offer only allowed actions. */
export const useMyDepartments = (
  options?: QueryOptions<AdminMyDepartmentsResponse>
) => {
  const result = useMallQuery<AdminMyDepartmentsResponse>(
    departmentQueryKeys.me(),
    "/admin/mall/departments/me",
    { options: { staleTime: 60_000, ...options } }
  )

  const roleIn = (department: Department): DepartmentRole | null =>
    result.departments?.find((d) => d.department === department)?.role ?? null

  return { ...result, roleIn }
}

/** Admin users (Medusa's own list), to pick department members. */
export const useAdminUsers = (
  query?: { q?: string; id?: string[]; limit?: number },
  options?: QueryOptions<AdminUserListResponse>
) =>
  useMallQuery<AdminUserListResponse>(
    departmentQueryKeys.users,
    "/admin/users",
    {
      query: {
        limit: 50,
        fields: "id,email,first_name,last_name",
        ...query,
      },
      options,
    }
  )

export type DepartmentMemberInput = {
  department: Department
  user_id: string
  role: DepartmentRole
}

const membersPath = (department: Department) =>
  `/admin/mall/departments/${department}/members`

/** Adds a user to a department, or changes their role in it. */
export const useSaveDepartmentMember = (
  options?: MutationOptions<
    AdminDepartmentMemberResponse,
    DepartmentMemberInput
  >
) =>
  useInvalidatingMutation(
    ({ department, user_id, role }: DepartmentMemberInput) =>
      sdk.client.fetch<AdminDepartmentMemberResponse>(membersPath(department), {
        method: "POST",
        body: { user_id, role },
      }),
    [departmentQueryKeys.all, pipelineQueryKeys.all],
    options
  )

/** Takes a user out of a department. */
export const useRemoveDepartmentMember = (
  options?: MutationOptions<
    unknown,
    { department: Department; user_id: string }
  >
) =>
  useInvalidatingMutation(
    ({ department, user_id }: { department: Department; user_id: string }) =>
      sdk.client.fetch(
        `${membersPath(department)}/${encodeURIComponent(user_id)}`,
        { method: "DELETE" }
      ),
    [departmentQueryKeys.all, pipelineQueryKeys.all],
    options
  )

/** A readable name for an admin user: full name, else email, else id. */
export const userLabel = (user: {
  email: string | null
  first_name: string | null
  last_name: string | null
}) => {
  const name = [user.first_name, user.last_name].filter(Boolean).join(" ")
  return name || user.email || ""
}

/**
 * Names of the admin users with the given ids (who decided, who recorded),
 * looked up in one request. Unknown ids map to themselves.
 */
export const useUserLabels = (ids: (string | null | undefined)[]) => {
  const unique = [...new Set(ids.filter((id): id is string => !!id))].sort()
  const { users } = useAdminUsers(
    { id: unique, limit: Math.max(unique.length, 1) },
    { enabled: unique.length > 0, staleTime: 5 * 60_000 }
  )
  const labels = new Map(
    (users ?? []).map((user) => [user.id, userLabel(user) || user.id])
  )

  return (id: string | null | undefined) => (id ? (labels.get(id) ?? id) : null)
}
