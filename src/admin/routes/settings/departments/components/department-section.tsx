import { PlusMini } from "@medusajs/icons"
import { Button, Heading, Text } from "@medusajs/ui"
import { useState } from "react"
import { useTranslation } from "react-i18next"
import type { AdminDepartment } from "../../../../lib/pipeline-types"
import { AddMemberDrawer } from "./add-member-drawer"
import { MemberRow } from "./member-row"

/** One department: what it decides, its members, and Add member. */
export const DepartmentSection = ({
  department,
}: {
  department: AdminDepartment
}) => {
  const { t } = useTranslation()
  const [adding, setAdding] = useState(false)
  const key = department.department

  return (
    <section
      className="flex flex-col"
      data-testid="mall-department"
      data-department={key}
    >
      <div className="flex items-start justify-between gap-x-4 px-6 py-4">
        <div className="flex flex-col gap-y-1">
          <Heading level="h2">{t(`mall.departments.names.${key}`)}</Heading>
          <Text size="small" className="text-ui-fg-subtle">
            {t(`mall.departments.descriptions.${key}`)}
          </Text>
        </div>
        <Button
          size="small"
          variant="secondary"
          onClick={() => setAdding(true)}
          data-testid="mall-department-add-member"
        >
          <PlusMini />
          {t("mall.departments.add.action")}
        </Button>
      </div>
      {department.members.length ? (
        <ul className="divide-y border-t border-dashed">
          {department.members.map((member) => (
            <MemberRow key={member.id} member={member} />
          ))}
        </ul>
      ) : (
        <Text size="small" className="text-ui-fg-muted px-6 pb-4">
          {t("mall.departments.noMembers")}
        </Text>
      )}
      <AddMemberDrawer
        department={department}
        open={adding}
        onOpenChange={setAdding}
      />
    </section>
  )
}
