import { defineRouteConfig } from "@medusajs/admin-sdk"
import { ListCheckbox } from "@medusajs/icons"
import { Badge, Container, Skeleton, Text } from "@medusajs/ui"
import { useTranslation } from "react-i18next"
import { PageHeading } from "../../../components/page-heading"
import { usePipelineSettings } from "../../../hooks/api/pipeline"
import { PipelineSettingsForm } from "./components/pipeline-settings-form"

/** Required gates per payment method, SLAs, and who bears refused parcels. */
const PipelineSettingsPage = () => {
  const { t } = useTranslation()
  const {
    pipeline_settings: settings,
    isPending,
    error,
  } = usePipelineSettings()

  return (
    <Container
      className="divide-y p-0"
      data-testid="mall-pipeline-settings-page"
    >
      <div className="flex items-start justify-between gap-x-4 px-6 py-4">
        <PageHeading
          title={t("mall.pipelineSettings.title")}
          description={t("mall.pipelineSettings.description")}
        />
        {settings && (
          <Badge
            size="2xsmall"
            color={settings.source === "settings" ? "green" : "grey"}
            data-testid="mall-pipeline-settings-source"
          >
            {t(`mall.cod.settings.source.${settings.source}`)}
          </Badge>
        )}
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
      {settings && (
        <PipelineSettingsForm
          key={JSON.stringify(settings)}
          settings={settings}
        />
      )}
    </Container>
  )
}

export const config = defineRouteConfig({
  label: "mall.pipelineSettings.navLabel",
  translationNs: "translation",
  icon: ListCheckbox,
})

export default PipelineSettingsPage
