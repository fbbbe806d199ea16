import { defineRouteConfig } from "@medusajs/admin-sdk"
import { CashSolid } from "@medusajs/icons"
import { Badge, Container, Heading, Skeleton, Text } from "@medusajs/ui"
import { useTranslation } from "react-i18next"
import { useCodSettings } from "../../../hooks/api/cod"
import { CodSettingsForm } from "./components/cod-settings-form"

const CodSettingsPage = () => {
  const { t } = useTranslation()
  const { cod_settings: settings, isPending, isError, error } = useCodSettings()

  return (
    <Container className="divide-y p-0" data-testid="mall-cod-settings-page">
      <div className="flex items-start justify-between gap-x-4 px-6 py-4">
        <div className="flex flex-col gap-y-1">
          <Heading level="h1">{t("mall.cod.title")}</Heading>
          <Text size="small" className="text-ui-fg-subtle">
            {t("mall.cod.settings.description")}
          </Text>
        </div>
        {settings && (
          <Badge
            size="2xsmall"
            color={settings.source === "settings" ? "green" : "grey"}
            title={t(`mall.cod.settings.sourceHint.${settings.source}`)}
            data-testid="mall-cod-settings-source"
            data-source={settings.source}
          >
            {t(`mall.cod.settings.source.${settings.source}`)}
          </Badge>
        )}
      </div>
      {settings && (
        <div className="px-6 py-3">
          <Text size="small" className="text-ui-fg-muted">
            {t(`mall.cod.settings.sourceHint.${settings.source}`)}
          </Text>
        </div>
      )}
      {isPending && (
        <div className="flex flex-col gap-y-3 px-6 py-4" aria-busy="true">
          <Skeleton className="h-7 w-full" />
          <Skeleton className="h-7 w-2/3" />
          <Skeleton className="h-7 w-1/2" />
        </div>
      )}
      {isError && (
        <div className="px-6 py-4">
          <Text
            size="small"
            className="text-ui-fg-error"
            data-testid="mall-cod-settings-load-error"
          >
            {t("mall.cod.settings.loadError", {
              message: error?.message ?? "",
            })}
          </Text>
        </div>
      )}
      {settings && (
        <CodSettingsForm key={JSON.stringify(settings)} settings={settings} />
      )}
    </Container>
  )
}

export const config = defineRouteConfig({
  label: "mall.cod.settings.navLabel",
  translationNs: "translation",
  icon: CashSolid,
})

export default CodSettingsPage
