import { defineRouteConfig } from "@medusajs/admin-sdk"
import { Users } from "@medusajs/icons"
import { Container, Skeleton, Text } from "@medusajs/ui"
import { useTranslation } from "react-i18next"
import { PageHeading } from "../../../components/page-heading"
import { useDepartments } from "../../../hooks/api/departments"
import { DepartmentSection } from "./components/department-section"

/** Which admin users belong to which department, and who owns each. */
const DepartmentsSettingsPage = () => {
  const { t } = useTranslation()
  const { departments, isPending, error } = useDepartments()

  return (
    <Container
      className="divide-y p-0"
      data-testid="mall-departments-settings-page"
    >
      <div className="px-6 py-4">
        <PageHeading
          title={t("mall.departments.title")}
          description={t("mall.departments.description")}
        />
      </div>
      {isPending && (
        <div className="flex flex-col gap-y-3 px-6 py-4" aria-busy="true">
          <Skeleton className="h-7 w-full" />
          <Skeleton className="h-7 w-2/3" />
        </div>
      )}
      {error && (
        <Text size="small" className="text-ui-fg-error px-6 py-4">
          {t("mall.common.loadError", { message: error.message })}
        </Text>
      )}
      {departments?.map((department) => (
        <DepartmentSection
          key={department.department}
          department={department}
        />
      ))}
    </Container>
  )
}

export const config = defineRouteConfig({
  label: "mall.departments.navLabel",
  translationNs: "translation",
  icon: Users,
})

export default DepartmentsSettingsPage
