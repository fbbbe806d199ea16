import { defineRouteConfig } from "@medusajs/admin-sdk"
import { Container, Text, toast } from "@medusajs/ui"
import { useState } from "react"
import { useTranslation } from "react-i18next"
import { PageHeading } from "../../../components/page-heading"
import { useSimulateRouting } from "../../../hooks/api/routing"
import { errorMessage } from "../../../lib/errors"
import type { AdminRoutingSimulation } from "../../../lib/routing-types"
import { SimulationForm, SimulationItem } from "./components/simulation-form"
import { SimulationResult } from "./components/simulation-result"

/**
 * Tries the rules on an imaginary order: which warehouses would ship it, and
 * why. Nothing is reserved or saved.
 */
const RoutingSimulatorPage = () => {
  const { t } = useTranslation()
  const [result, setResult] = useState<{
    simulation: AdminRoutingSimulation
    items: SimulationItem[]
  } | null>(null)
  const { mutateAsync, isPending } = useSimulateRouting()

  return (
    <div className="flex flex-col gap-y-3" data-testid="mall-simulator-page">
      <Container className="px-6 py-4">
        <PageHeading
          title={t("mall.routing.simulator.title")}
          description={t("mall.routing.simulator.description")}
        />
      </Container>
      <div className="grid grid-cols-1 items-start gap-3 xl:grid-cols-[minmax(0,2fr)_minmax(0,3fr)]">
        <Container className="p-0">
          <SimulationForm
            isPending={isPending}
            onSubmit={async (body, items) => {
              try {
                const { simulation } = await mutateAsync(body)
                setResult({ simulation, items })
              } catch (e) {
                toast.error(t("mall.routing.simulator.toast.failed"), {
                  description: errorMessage(e),
                })
              }
            }}
          />
        </Container>
        <Container className="p-0">
          {result ? (
            <SimulationResult
              simulation={result.simulation}
              items={result.items}
            />
          ) : (
            <Text
              size="small"
              className="text-ui-fg-muted px-6 py-4"
              data-testid="mall-simulator-no-result"
            >
              {t("mall.routing.simulator.noResult")}
            </Text>
          )}
        </Container>
      </div>
    </div>
  )
}

export const config = defineRouteConfig({
  label: "mall.routing.simulator.navLabel",
  translationNs: "translation",
  rank: 3,
})

export default RoutingSimulatorPage
