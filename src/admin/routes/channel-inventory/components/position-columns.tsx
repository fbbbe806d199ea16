import { ArrowUpDown, EllipsisHorizontal, PencilSquare } from "@medusajs/icons"
import {
  createDataTableColumnHelper,
  DropdownMenu,
  IconButton,
  Text,
} from "@medusajs/ui"
import { useMemo } from "react"
import { useTranslation } from "react-i18next"
import {
  ModeBadge,
  usePolicyLabel,
} from "../../../components/channel-inventory/labels"
import { PoolBar } from "../../../components/channel-inventory/pool-bar"
import type { AdminChannelPosition } from "../../../lib/channel-inventory-types"

const column = createDataTableColumnHelper<AdminChannelPosition>()

const Units = ({
  value,
  strong,
  testId,
}: {
  value: number
  strong?: boolean
  testId?: string
}) => (
  <span
    className={
      strong
        ? "txt-compact-small-plus tabular-nums"
        : "txt-compact-small tabular-nums"
    }
    data-testid={testId}
  >
    {value}
  </span>
)

export type PositionActions = {
  onEdit: (row: AdminChannelPosition) => void
  onTransfer: (row: AdminChannelPosition) => void
}

export const usePositionColumns = ({ onEdit, onTransfer }: PositionActions) => {
  const { t } = useTranslation()
  const policyLabel = usePolicyLabel()

  return useMemo(
    () => [
      column.accessor("title", {
        header: t("mall.channelInventory.fields.item"),
        cell: ({ row }) => (
          <div className="flex max-w-[12rem] flex-col">
            <Text
              size="small"
              weight="plus"
              leading="compact"
              className="truncate"
              title={row.original.title ?? undefined}
            >
              {row.original.title ?? row.original.inventory_item_id}
            </Text>
            {row.original.sku && (
              <Text
                size="xsmall"
                className="text-ui-fg-subtle font-mono"
                data-testid="mall-channel-sku"
              >
                {row.original.sku}
              </Text>
            )}
          </div>
        ),
      }),
      column.accessor("location_name", {
        header: t("mall.channelInventory.fields.location"),
        cell: ({ row }) => (
          <Text size="small" className="whitespace-nowrap">
            {row.original.location_name ?? row.original.location_id}
          </Text>
        ),
      }),
      column.accessor("mode", {
        header: t("mall.channelInventory.fields.modePolicy"),
        cell: ({ row }) => (
          <div className="flex flex-col items-start gap-y-0.5">
            <ModeBadge
              mode={row.original.mode}
              isDefault={!row.original.has_allocation}
            />
            <Text
              size="xsmall"
              className="text-ui-fg-subtle whitespace-nowrap"
              title={t(
                `mall.channelInventory.policies.${row.original.last_unit_policy}.description`
              )}
            >
              {policyLabel(row.original.last_unit_policy)}
            </Text>
          </div>
        ),
      }),
      column.accessor("stocked", {
        header: t("mall.channelInventory.fields.stocked"),
        cell: ({ getValue }) => <Units value={getValue()} />,
      }),
      column.display({
        id: "pools",
        header: t("mall.channelInventory.fields.pools"),
        cell: ({ row }) => (
          <PoolBar position={row.original} testId="mall-channel-bar" />
        ),
      }),
      column.accessor("reserved_online", {
        header: t("mall.channelInventory.fields.reserved_online"),
        cell: ({ getValue }) => <Units value={getValue()} />,
      }),
      column.accessor("online_available", {
        header: t("mall.channelInventory.fields.online_available"),
        cell: ({ getValue }) => (
          <Units
            value={getValue()}
            strong
            testId="mall-channel-online-available"
          />
        ),
      }),
      column.accessor("offline_available", {
        header: t("mall.channelInventory.fields.offline_available"),
        cell: ({ getValue }) => (
          <Units
            value={getValue()}
            strong
            testId="mall-channel-offline-available"
          />
        ),
      }),
      column.display({
        id: "safety",
        header: t("mall.channelInventory.fields.safety"),
        cell: ({ row }) => (
          <span
            className="txt-compact-small tabular-nums whitespace-nowrap"
            title={t("mall.channelInventory.safetyHint")}
          >
            {row.original.online_safety_stock} /{" "}
            {row.original.offline_safety_stock}
          </span>
        ),
      }),
      column.display({
        id: "actions",
        cell: ({ row }) => (
          <div
            className="flex justify-end"
            onClick={(event) => event.stopPropagation()}
          >
            <DropdownMenu>
              <DropdownMenu.Trigger asChild>
                <IconButton
                  size="small"
                  variant="transparent"
                  aria-label={t("mall.channelInventory.actions.menu")}
                  data-testid="mall-channel-row-actions"
                >
                  <EllipsisHorizontal />
                </IconButton>
              </DropdownMenu.Trigger>
              <DropdownMenu.Content align="end">
                <DropdownMenu.Item
                  className="gap-x-2"
                  onClick={() => onEdit(row.original)}
                  data-testid="mall-channel-action-edit"
                >
                  <PencilSquare className="text-ui-fg-subtle" />
                  {t("mall.channelInventory.actions.edit")}
                </DropdownMenu.Item>
                <DropdownMenu.Item
                  className="gap-x-2"
                  disabled={row.original.mode !== "split"}
                  onClick={() => onTransfer(row.original)}
                  data-testid="mall-channel-action-transfer"
                >
                  <ArrowUpDown className="text-ui-fg-subtle" />
                  {row.original.mode === "split"
                    ? t("mall.channelInventory.actions.transfer")
                    : t("mall.channelInventory.actions.transferSplitOnly")}
                </DropdownMenu.Item>
              </DropdownMenu.Content>
            </DropdownMenu>
          </div>
        ),
      }),
    ],
    [t, policyLabel, onEdit, onTransfer]
  )
}
