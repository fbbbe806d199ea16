import { defineRouteConfig } from "@medusajs/admin-sdk"
import { Badge, Container, Skeleton, Text } from "@medusajs/ui"
import { useTranslation } from "react-i18next"
import { PageHeading } from "../../../components/page-heading"
import { useRoutingRules } from "../../../hooks/api/routing"
import { RulesForm } from "./components/rules-form"

/** The routing rules, in the order they apply. */
const RoutingRulesPage = () => {
  const { t } = useTranslation()
  const { routing_rules: settings, isPending, error } = useRoutingRules()

  return (
    <Container className="divide-y p-0" data-testid="mall-routing-rules-page">
      <div className="flex items-start justify-between gap-x-4 px-6 py-4">
        <PageHeading
          title={t("mall.routing.rules.title")}
          description={t("mall.routing.rules.description")}
        />
        {settings && (
          <Badge
            size="2xsmall"
            className="shrink-0 whitespace-nowrap"
            color={settings.source === "settings" ? "green" : "grey"}
            title={t(`mall.routing.rules.sourceHint.${settings.source}`)}
            data-testid="mall-routing-rules-source"
            data-source={settings.source}
          >
            {t(`mall.cod.settings.source.${settings.source}`)}
          </Badge>
        )}
      </div>
      {settings && (
        <div className="px-6 py-3">
          <Text size="small" className="text-ui-fg-muted">
            {t(`mall.routing.rules.sourceHint.${settings.source}`)}
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
      {error && (
        <Text size="small" className="text-ui-fg-error px-6 py-4">
          {t("mall.common.loadError", { message: error.message })}
        </Text>
      )}
      {settings && (
        <RulesForm key={JSON.stringify(settings)} rules={settings.rules} />
      )}
    </Container>
  )
}

export const config = defineRouteConfig({
  label: "mall.routing.rules.navLabel",
  translationNs: "translation",
  rank: 2,
})

export default RoutingRulesPage
