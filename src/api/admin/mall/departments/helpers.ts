import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { AdminDepartmentMember } from "../../../../types/http/pipeline"
import type {
  AdminUserSummary,
  DepartmentMemberRow,
} from "../../../../workflows/pipeline"

/** Admin users by id, for showing who the members are. */
export async function listUserSummaries(
  scope: MedusaContainer,
  ids: string[]
): Promise<Map<string, AdminUserSummary>> {
  if (!ids.length) {
    return new Map()
  }
  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "user",
    fields: ["id", "email", "first_name", "last_name"],
    filters: { id: [...new Set(ids)] },
  })
  return new Map(
    data.map((u) => [
      u.id,
      {
        id: u.id,
        email: u.email ?? null,
        first_name: u.first_name ?? null,
        last_name: u.last_name ?? null,
      },
    ])
  )
}

export function toAdminDepartmentMember(
  member: DepartmentMemberRow,
  user: AdminUserSummary | undefined
): AdminDepartmentMember {
  return {
    id: member.id,
    user_id: member.user_id,
    department: member.department,
    role: member.role,
    email: user?.email ?? null,
    first_name: user?.first_name ?? null,
    last_name: user?.last_name ?? null,
    created_at: new Date(member.created_at ?? 0).toISOString(),
  }
}
