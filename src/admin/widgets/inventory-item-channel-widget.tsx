import { defineWidgetConfig } from "@medusajs/admin-sdk"
import {
  AdminInventoryItem,
  DetailWidgetProps,
} from "@medusajs/framework/types"
import { Button, Container, Heading, Skeleton, Text } from "@medusajs/ui"
import { useState } from "react"
import { useTranslation } from "react-i18next"
import { Link } from "react-router-dom"
import { ChannelSettingsDrawer } from "../components/channel-inventory/channel-settings-drawer"
import {
  ModeBadge,
  usePolicyLabel,
} from "../components/channel-inventory/labels"
import { LegendSwatch, PoolBar } from "../components/channel-inventory/pool-bar"
import { TransferDrawer } from "../components/channel-inventory/transfer-drawer"
import { useChannelPositions } from "../hooks/api/channel-inventory"
import type { AdminChannelPosition } from "../lib/channel-inventory-types"

const Figure = ({
  label,
  value,
  swatch,
  strong,
  testId,
}: {
  label: string
  value: string | number
  swatch?: "reserved" | "online" | "offline" | "shared"
  strong?: boolean
  testId?: string
}) => (
  <div className="flex flex-col gap-y-0.5">
    <div className="flex items-center gap-x-1.5">
      {swatch && <LegendSwatch part={swatch} />}
      <Text size="xsmall" leading="compact" className="text-ui-fg-subtle">
        {label}
      </Text>
    </div>
    <Text
      size="small"
      weight={strong ? "plus" : "regular"}
      leading="compact"
      className="tabular-nums"
      data-testid={testId}
    >
      {value}
    </Text>
  </div>
)

/** One stock location of the item: its bar, figures and settings. */
const PositionRow = ({
  position,
  onEdit,
  onTransfer,
}: {
  position: AdminChannelPosition
  onEdit: () => void
  onTransfer: () => void
}) => {
  const { t } = useTranslation()
  const policyLabel = usePolicyLabel()
  const split = position.mode === "split"

  return (
    <div
      className="flex flex-col gap-y-3 px-6 py-4"
      data-testid="mall-channel-widget-position"
      data-location={position.location_name ?? position.location_id}
    >
      <div className="flex flex-wrap items-center justify-between gap-2">
        <div className="flex flex-wrap items-center gap-2">
          <Text size="small" weight="plus" leading="compact">
            {position.location_name ?? position.location_id}
          </Text>
          <ModeBadge
            mode={position.mode}
            isDefault={!position.has_allocation}
          />
          <Text
            size="xsmall"
            className="text-ui-fg-subtle"
            title={t(
              `mall.channelInventory.policies.${position.last_unit_policy}.description`
            )}
          >
            {policyLabel(position.last_unit_policy)}
          </Text>
        </div>
        <div className="flex items-center gap-x-2">
          {split && (
            <Button
              size="small"
              variant="transparent"
              onClick={onTransfer}
              data-testid="mall-channel-widget-transfer"
            >
              {t("mall.channelInventory.actions.transfer")}
            </Button>
          )}
          <Button
            size="small"
            variant="secondary"
            onClick={onEdit}
            data-testid="mall-channel-widget-edit"
          >
            {t("mall.channelInventory.actions.edit")}
          </Button>
        </div>
      </div>
      <PoolBar
        position={position}
        size="large"
        testId="mall-channel-widget-bar"
      />
      <div className="grid grid-cols-2 gap-x-4 gap-y-3 sm:grid-cols-4">
        <Figure
          label={t("mall.channelInventory.fields.stocked")}
          value={position.stocked}
        />
        {split ? (
          <>
            <Figure
              label={t("mall.channelInventory.fields.online_pool")}
              value={position.online_pool}
              swatch="online"
              testId="mall-channel-widget-online-pool"
            />
            <Figure
              label={t("mall.channelInventory.fields.offline_pool")}
              value={position.offline_pool}
              swatch="offline"
              testId="mall-channel-widget-offline-pool"
            />
          </>
        ) : (
          <Figure
            label={t("mall.channelInventory.legend.shared")}
            value={position.online_pool}
            swatch="shared"
          />
        )}
        <Figure
          label={t("mall.channelInventory.fields.reserved_online")}
          value={position.reserved_online}
          swatch="reserved"
        />
        <Figure
          label={t("mall.channelInventory.fields.online_available")}
          value={position.online_available}
          strong
          testId="mall-channel-widget-online-available"
        />
        <Figure
          label={t("mall.channelInventory.fields.offline_available")}
          value={position.offline_available}
          strong
          testId="mall-channel-widget-offline-available"
        />
        <Figure
          label={t("mall.channelInventory.fields.safety")}
          value={`${position.online_safety_stock} / ${position.offline_safety_stock}`}
        />
      </div>
    </div>
  )
}

const InventoryItemChannelWidget = ({
  data: item,
}: DetailWidgetProps<AdminInventoryItem>) => {
  const { t } = useTranslation()
  const [editing, setEditing] = useState<AdminChannelPosition | null>(null)
  const [transferring, setTransferring] = useState<AdminChannelPosition | null>(
    null
  )
  const { positions, isPending, isError, error } = useChannelPositions({
    inventory_item_id: item.id,
    limit: 100,
  })

  return (
    <Container className="divide-y p-0" data-testid="mall-channel-widget">
      <div className="flex flex-wrap items-center justify-between gap-2 px-6 py-4">
        <div className="flex flex-col gap-y-1">
          <Heading level="h2">
            {t("mall.channelInventory.widget.title")}
          </Heading>
          <Text size="small" className="text-ui-fg-subtle">
            {t("mall.channelInventory.widget.description")}
          </Text>
        </div>
        <Button size="small" variant="transparent" asChild>
          <Link to="/channel-inventory/movements">
            {t("mall.channelInventory.widget.ledger")}
          </Link>
        </Button>
      </div>
      {isPending && (
        <div className="flex flex-col gap-y-2 px-6 py-4" aria-busy="true">
          <Skeleton className="h-3 w-full" />
          <Skeleton className="h-5 w-2/3" />
        </div>
      )}
      {isError && (
        <Text
          size="small"
          className="text-ui-fg-error px-6 py-4"
          data-testid="mall-channel-widget-error"
        >
          {t("mall.common.loadError", { message: error?.message ?? "" })}
        </Text>
      )}
      {positions && !positions.length && (
        <Text size="small" className="text-ui-fg-muted px-6 py-4">
          {t("mall.channelInventory.widget.none")}
        </Text>
      )}
      {positions?.map((position) => (
        <PositionRow
          key={position.location_id}
          position={position}
          onEdit={() => setEditing(position)}
          onTransfer={() => setTransferring(position)}
        />
      ))}
      <ChannelSettingsDrawer
        position={editing}
        onOpenChange={(open) => !open && setEditing(null)}
      />
      <TransferDrawer
        position={transferring}
        onOpenChange={(open) => !open && setTransferring(null)}
      />
    </Container>
  )
}

// Under the item's own locations section: how each location's stock is
// shared between online and the branches.
export const config = defineWidgetConfig({
  zone: "inventory_item.details.after",
  id: "enterprise-mall:inventory-item-channels",
})

export default InventoryItemChannelWidget
