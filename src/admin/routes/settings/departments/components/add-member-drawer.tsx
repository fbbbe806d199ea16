import { Input, Select, Text, toast } from "@medusajs/ui"
import { useEffect, useState } from "react"
import { useTranslation } from "react-i18next"
import { DrawerForm } from "../../../../components/drawer-form"
import { FormField } from "../../../../components/form-field"
import {
  useAdminUsers,
  userLabel,
  useSaveDepartmentMember,
} from "../../../../hooks/api/departments"
import { errorMessage } from "../../../../lib/errors"
import type {
  AdminDepartment,
  DepartmentRole,
} from "../../../../lib/pipeline-types"
import { RoleSelect } from "./role-select"

/** Adds an admin user to a department, with a role. */
export const AddMemberDrawer = ({
  department,
  open,
  onOpenChange,
}: {
  department: AdminDepartment
  open: boolean
  onOpenChange: (open: boolean) => void
}) => {
  const { t } = useTranslation()
  const [search, setSearch] = useState("")
  const [userId, setUserId] = useState<string>()
  const [role, setRole] = useState<DepartmentRole>("member")
  const [error, setError] = useState<string>()
  const { users, isPending } = useAdminUsers(
    { q: search.trim() || undefined, limit: 100 },
    { enabled: open }
  )
  const save = useSaveDepartmentMember()
  const members = new Set(department.members.map((m) => m.user_id))
  const candidates = (users ?? []).filter((user) => !members.has(user.id))
  const name = t(`mall.departments.names.${department.department}`)

  useEffect(() => {
    if (open) {
      setSearch("")
      setUserId(undefined)
      setRole("member")
      setError(undefined)
    }
  }, [open])

  const handleSubmit = async () => {
    if (!userId) {
      setError(t("mall.departments.add.errors.user"))
      return
    }
    try {
      const { department_member } = await save.mutateAsync({
        department: department.department,
        user_id: userId,
        role,
      })
      toast.success(
        t("mall.departments.toast.added", {
          user: userLabel(department_member) || userId,
          department: name,
        })
      )
      onOpenChange(false)
    } catch (e) {
      toast.error(t("mall.departments.toast.failed"), {
        description: errorMessage(e),
      })
    }
  }

  return (
    <DrawerForm
      open={open}
      onOpenChange={onOpenChange}
      title={t("mall.departments.add.title", { department: name })}
      description={t("mall.departments.add.description")}
      submitLabel={t("mall.departments.add.submit")}
      isSubmitting={save.isPending}
      onSubmit={handleSubmit}
      testId="mall-add-member-drawer"
    >
      <FormField
        id="mall-add-member-search"
        label={t("mall.departments.add.search")}
      >
        <Input
          id="mall-add-member-search"
          type="search"
          size="small"
          value={search}
          placeholder={t("mall.departments.add.searchPlaceholder")}
          onChange={(event) => setSearch(event.target.value)}
        />
      </FormField>
      <FormField
        id="mall-add-member-user"
        label={t("mall.departments.add.user")}
        error={error}
      >
        <Select
          size="small"
          value={userId}
          onValueChange={(value) => {
            setUserId(value)
            setError(undefined)
          }}
        >
          <Select.Trigger
            id="mall-add-member-user"
            data-testid="mall-add-member-user"
          >
            <Select.Value placeholder={t("mall.departments.add.pickUser")} />
          </Select.Trigger>
          <Select.Content>
            {candidates.map((user) => (
              <Select.Item key={user.id} value={user.id}>
                {userLabel(user) && userLabel(user) !== user.email
                  ? `${userLabel(user)} · ${user.email}`
                  : user.email}
              </Select.Item>
            ))}
          </Select.Content>
        </Select>
        {!isPending && candidates.length === 0 && (
          <Text size="xsmall" className="text-ui-fg-muted">
            {t("mall.departments.add.noUsers")}
          </Text>
        )}
      </FormField>
      <FormField
        id="mall-add-member-role"
        label={t("mall.departments.role")}
        hint={t("mall.departments.roleHint")}
      >
        <RoleSelect
          id="mall-add-member-role"
          value={role}
          onChange={setRole}
          testId="mall-add-member-role"
        />
      </FormField>
    </DrawerForm>
  )
}
