import { defineWidgetConfig } from "@medusajs/admin-sdk"
import { AdminOrder, DetailWidgetProps } from "@medusajs/framework/types"
import { Container, Heading, Skeleton, StatusBadge, Text } from "@medusajs/ui"
import { useTranslation } from "react-i18next"
import { GateRow } from "../components/pipeline/gate-row"
import { PipelineTimeline } from "../components/pipeline/pipeline-timeline"
import { RefusedDeliveryAction } from "../components/pipeline/refused-delivery-action"
import { useMyDepartments, useUserLabels } from "../hooks/api/departments"
import { useOrderPipeline } from "../hooks/api/pipeline"

const SHIPPED: string[] = [
  "shipped",
  "partially_shipped",
  "delivered",
  "partially_delivered",
]

const OrderPipelineWidget = ({
  data: order,
}: DetailWidgetProps<AdminOrder>) => {
  const { t } = useTranslation()
  const { pipeline, isPending, isError, error } = useOrderPipeline(order.id)
  const { roleIn, departments } = useMyDepartments()
  const userLabel = useUserLabels([
    ...(pipeline?.gates.map((gate) => gate.decided_by) ?? []),
    ...(pipeline?.timeline.map((entry) => entry.actor_id) ?? []),
  ])
  // Finance and customer service record refused parcels, once shipped.
  const mayRecordRefusal =
    SHIPPED.includes(order.fulfillment_status) &&
    !!departments?.some((d) =>
      ["finance", "customer_service"].includes(d.department)
    )

  return (
    <Container
      className="divide-y p-0"
      data-testid="mall-order-pipeline-widget"
    >
      <div className="flex flex-wrap items-center justify-between gap-2 px-6 py-4">
        <div className="flex flex-col gap-y-1">
          <Heading level="h2">{t("mall.pipeline.title")}</Heading>
          {pipeline?.payment_method && (
            <Text size="small" className="text-ui-fg-subtle">
              {t(`mall.pipeline.paymentMethod.${pipeline.payment_method}`)}
            </Text>
          )}
        </div>
        <div className="flex items-center gap-x-2">
          {pipeline?.payment_method === "cod" && mayRecordRefusal && (
            <RefusedDeliveryAction
              orderId={order.id}
              displayId={order.display_id ?? null}
              currencyCode={order.currency_code}
            />
          )}
          {pipeline && (
            <StatusBadge
              color={pipeline.releasable ? "green" : "orange"}
              data-testid="mall-pipeline-releasable"
              data-releasable={pipeline.releasable}
            >
              {pipeline.releasable
                ? t("mall.pipeline.releasable")
                : t("mall.pipeline.blocked")}
            </StatusBadge>
          )}
        </div>
      </div>
      {isPending && (
        <div className="flex flex-col gap-y-2 px-6 py-4" aria-busy="true">
          <Skeleton className="h-5 w-full" />
          <Skeleton className="h-5 w-2/3" />
        </div>
      )}
      {isError && (
        <Text
          size="small"
          className="text-ui-fg-error px-6 py-4"
          data-testid="mall-order-pipeline-error"
        >
          {t("mall.pipeline.loadError", { message: error?.message ?? "" })}
        </Text>
      )}
      {pipeline && (
        <>
          {pipeline.gates.length ? (
            <ul className="divide-y divide-dashed">
              {pipeline.gates.map((gate) => (
                <GateRow
                  key={gate.id}
                  pipeline={pipeline}
                  gate={gate}
                  role={roleIn(gate.department)}
                  userLabel={userLabel}
                />
              ))}
            </ul>
          ) : (
            <Text size="small" className="text-ui-fg-muted px-6 py-4">
              {t("mall.pipeline.noGates")}
            </Text>
          )}
          <div className="px-6 pt-4">
            <Heading level="h3">{t("mall.pipeline.timeline.title")}</Heading>
          </div>
          <div className="!border-t-0">
            <PipelineTimeline
              entries={pipeline.timeline}
              userLabel={userLabel}
            />
          </div>
        </>
      )}
    </Container>
  )
}

// Dashboard 2.21 places widgets after the page's own sections (users can move
// them with the layout customizer); the side column keeps the pipeline near
// the top of the order page.
export const config = defineWidgetConfig({
  zone: "order.details.side.before",
  id: "enterprise-mall:order-pipeline",
})

export default OrderPipelineWidget
