import { Badge, createDataTableColumnHelper, Text } from "@medusajs/ui"
import { useMemo } from "react"
import { useTranslation } from "react-i18next"
import { MOVEMENT_TYPE_COLORS } from "../../../../components/channel-inventory/labels"
import { formatDateTime } from "../../../../lib/date"
import type { AdminChannelMovement } from "../../../../lib/channel-inventory-types"

const column = createDataTableColumnHelper<AdminChannelMovement>()

const Missing = () => <span className="text-ui-fg-muted">—</span>

/** "+2", "−1", "0": a change of units. */
const Delta = ({ value }: { value: number }) =>
  value ? (
    <span
      className={
        value > 0
          ? "txt-compact-small text-ui-fg-interactive tabular-nums"
          : "txt-compact-small text-ui-fg-error tabular-nums"
      }
    >
      {value > 0 ? `+${value}` : `−${Math.abs(value)}`}
    </span>
  ) : (
    <span className="txt-compact-small text-ui-fg-muted tabular-nums">0</span>
  )

export const useMovementColumns = ({
  locationName,
  userLabel,
}: {
  locationName: (id: string) => string
  userLabel: (id: string | null) => string | null
}) => {
  const { t, i18n } = useTranslation()

  return useMemo(
    () => [
      column.accessor("occurred_at", {
        header: t("mall.channelInventory.ledger.fields.occurred_at"),
        cell: ({ getValue }) => (
          <span className="txt-compact-small whitespace-nowrap">
            {formatDateTime(getValue(), i18n.language)}
          </span>
        ),
      }),
      column.accessor("type", {
        header: t("mall.channelInventory.ledger.fields.type"),
        cell: ({ row }) => (
          <div className="flex flex-col items-start gap-y-0.5">
            <Badge
              size="2xsmall"
              color={MOVEMENT_TYPE_COLORS[row.original.type] ?? "grey"}
              className="whitespace-nowrap"
              data-testid="mall-channel-movement-type"
            >
              {t(`mall.channelInventory.movementTypes.${row.original.type}`, {
                defaultValue: row.original.type,
              })}
            </Badge>
            <Text size="xsmall" className="text-ui-fg-subtle">
              {t(`mall.channelInventory.channels.${row.original.channel}`)}
            </Text>
          </div>
        ),
      }),
      column.accessor("sku", {
        header: t("mall.channelInventory.fields.sku"),
        cell: ({ row }) => (
          <div className="flex flex-col">
            <span className="txt-compact-small font-mono">
              {row.original.sku ?? row.original.inventory_item_id}
            </span>
            <Text size="xsmall" className="text-ui-fg-subtle whitespace-nowrap">
              {locationName(row.original.location_id)}
            </Text>
          </div>
        ),
      }),
      column.accessor("quantity", {
        header: t("mall.channelInventory.fields.quantity"),
        cell: ({ getValue }) => (
          <span className="txt-compact-small-plus tabular-nums">
            {getValue()}
          </span>
        ),
      }),
      column.accessor("stocked_delta", {
        header: t("mall.channelInventory.ledger.fields.stocked_delta"),
        cell: ({ getValue }) => <Delta value={getValue()} />,
      }),
      column.accessor("offline_pool_delta", {
        header: t("mall.channelInventory.ledger.fields.offline_pool_delta"),
        cell: ({ getValue }) => <Delta value={getValue()} />,
      }),
      column.accessor("borrowed", {
        header: t("mall.channelInventory.ledger.fields.borrowed"),
        cell: ({ getValue }) =>
          getValue() ? (
            <Badge size="2xsmall" color="orange" className="tabular-nums">
              {getValue()}
            </Badge>
          ) : (
            <Missing />
          ),
      }),
      column.accessor("source", {
        header: t("mall.channelInventory.ledger.fields.source"),
        cell: ({ row }) => (
          <div className="flex max-w-[14rem] flex-col">
            <Text size="small" leading="compact">
              {t(`mall.channelInventory.sources.${row.original.source}`, {
                defaultValue: row.original.source,
              })}
              {row.original.created_by && (
                <span className="text-ui-fg-subtle">
                  {" · "}
                  {userLabel(row.original.created_by)}
                </span>
              )}
            </Text>
            {(row.original.external_id || row.original.reference) && (
              <Text
                size="xsmall"
                className="text-ui-fg-subtle truncate font-mono"
                title={[row.original.external_id, row.original.reference]
                  .filter(Boolean)
                  .join(" · ")}
              >
                {[row.original.external_id, row.original.reference]
                  .filter(Boolean)
                  .join(" · ")}
              </Text>
            )}
          </div>
        ),
      }),
      column.accessor("reason", {
        header: t("mall.channelInventory.fields.reason"),
        cell: ({ getValue }) =>
          getValue() ? (
            <Text
              size="small"
              className="max-w-[16rem] truncate"
              title={getValue() ?? undefined}
            >
              {getValue()}
            </Text>
          ) : (
            <Missing />
          ),
      }),
    ],
    [t, i18n.language, locationName, userLabel]
  )
}
