import { Select } from "@medusajs/ui"
import { useTranslation } from "react-i18next"
import {
  DEPARTMENT_ROLES,
  DepartmentRole,
} from "../../../../lib/pipeline-types"

/** Member (decides the department's gates) or owner (also waives them). */
export const RoleSelect = ({
  id,
  value,
  onChange,
  disabled,
  testId,
  label,
}: {
  id?: string
  value: DepartmentRole
  onChange: (role: DepartmentRole) => void
  disabled?: boolean
  testId?: string
  label?: string
}) => {
  const { t } = useTranslation()

  return (
    <Select
      size="small"
      value={value}
      disabled={disabled}
      onValueChange={(role) => onChange(role as DepartmentRole)}
    >
      <Select.Trigger
        id={id}
        className="w-[8.5rem]"
        aria-label={label}
        data-testid={testId}
      >
        <Select.Value />
      </Select.Trigger>
      <Select.Content>
        {DEPARTMENT_ROLES.map((role) => (
          <Select.Item key={role} value={role}>
            {t(`mall.departments.roles.${role}`)}
          </Select.Item>
        ))}
      </Select.Content>
    </Select>
  )
}
