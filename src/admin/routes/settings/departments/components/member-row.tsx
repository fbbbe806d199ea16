import { Trash } from "@medusajs/icons"
import { Avatar, IconButton, Text, toast, usePrompt } from "@medusajs/ui"
import { useTranslation } from "react-i18next"
import {
  userLabel,
  useRemoveDepartmentMember,
  useSaveDepartmentMember,
} from "../../../../hooks/api/departments"
import { errorMessage } from "../../../../lib/errors"
import type { AdminDepartmentMember } from "../../../../lib/pipeline-types"
import { RoleSelect } from "./role-select"

/** A member: who, their role (editable), and Remove. */
export const MemberRow = ({ member }: { member: AdminDepartmentMember }) => {
  const { t } = useTranslation()
  const prompt = usePrompt()
  const save = useSaveDepartmentMember()
  const remove = useRemoveDepartmentMember()
  const name = userLabel(member) || member.user_id
  const department = t(`mall.departments.names.${member.department}`)

  const changeRole = async (role: AdminDepartmentMember["role"]) => {
    try {
      await save.mutateAsync({
        department: member.department,
        user_id: member.user_id,
        role,
      })
      toast.success(
        t("mall.departments.toast.roleChanged", {
          user: name,
          role: t(`mall.departments.roles.${role}`),
        })
      )
    } catch (e) {
      toast.error(t("mall.departments.toast.failed"), {
        description: errorMessage(e),
      })
    }
  }

  const handleRemove = async () => {
    const confirmed = await prompt({
      title: t("mall.departments.removePrompt.title"),
      description: t("mall.departments.removePrompt.description", {
        user: name,
        department,
      }),
      confirmText: t("mall.departments.remove"),
      cancelText: t("mall.common.cancel"),
    })
    if (!confirmed) {
      return
    }
    try {
      await remove.mutateAsync({
        department: member.department,
        user_id: member.user_id,
      })
      toast.success(
        t("mall.departments.toast.removed", { user: name, department })
      )
    } catch (e) {
      toast.error(t("mall.departments.toast.failed"), {
        description: errorMessage(e),
      })
    }
  }

  return (
    <li
      className="flex items-center justify-between gap-x-4 px-6 py-3"
      data-testid="mall-department-member"
      data-user-id={member.user_id}
    >
      <div className="flex min-w-0 items-center gap-x-3">
        <Avatar
          size="small"
          fallback={(name[0] ?? "?").toUpperCase()}
          variant="rounded"
        />
        <div className="flex min-w-0 flex-col">
          <Text
            size="small"
            weight="plus"
            leading="compact"
            className="truncate"
          >
            {name}
          </Text>
          {member.email && name !== member.email && (
            <Text size="xsmall" className="text-ui-fg-subtle truncate">
              {member.email}
            </Text>
          )}
        </div>
      </div>
      <div className="flex items-center gap-x-2">
        <RoleSelect
          value={member.role}
          onChange={changeRole}
          disabled={save.isPending}
          label={t("mall.departments.role")}
          testId="mall-department-member-role"
        />
        <IconButton
          size="small"
          variant="transparent"
          aria-label={t("mall.departments.removeMember", { user: name })}
          onClick={handleRemove}
          disabled={remove.isPending}
          data-testid="mall-department-member-remove"
        >
          <Trash />
        </IconButton>
      </div>
    </li>
  )
}
