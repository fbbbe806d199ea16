import {
  Badge,
  Button,
  createDataTableColumnHelper,
  StatusBadge,
  Text,
  Tooltip,
} from "@medusajs/ui"
import { useMemo } from "react"
import { useTranslation } from "react-i18next"
import {
  formatCoordinates,
  servesEverywhere,
  summarizeArea,
} from "../../../../components/routing/format"
import type {
  AdminWarehouse,
  WarehouseKind,
  WarehouseServiceArea,
} from "../../../../lib/routing-types"

const column = createDataTableColumnHelper<AdminWarehouse>()

const KIND_COLORS: Record<
  WarehouseKind,
  "purple" | "blue" | "green" | "orange"
> = {
  hq: "purple",
  regional_branch: "blue",
  store: "green",
  third_party: "orange",
}

const AREA_LISTS = [
  "countries",
  "provinces",
  "cities",
  "postal_prefixes",
] as const satisfies readonly (keyof WarehouseServiceArea)[]

/** The area in a few words; every list on hover. */
const ServiceAreaCell = ({ area }: { area: WarehouseServiceArea }) => {
  const { t } = useTranslation()
  const summary = summarizeArea(area, t)

  if (servesEverywhere(area)) {
    return <Text size="small">{summary}</Text>
  }
  return (
    <Tooltip
      maxWidth={400}
      content={
        <dl className="grid grid-cols-[auto_1fr] gap-x-3 gap-y-1">
          {AREA_LISTS.filter((list) => area[list].length).map((list) => (
            <div key={list} className="contents">
              <dt className="text-ui-fg-subtle">
                {t(`mall.routing.area.lists.${list}`)}
              </dt>
              <dd>{area[list].join(", ")}</dd>
            </div>
          ))}
        </dl>
      }
    >
      <span
        className="txt-compact-small cursor-default underline decoration-dotted underline-offset-2"
        data-testid="mall-warehouse-area"
      >
        {summary}
      </span>
    </Tooltip>
  )
}

const Flag = ({ on, testId }: { on: boolean; testId?: string }) => {
  const { t } = useTranslation()
  return (
    <StatusBadge
      color={on ? "green" : "grey"}
      data-testid={testId}
      data-on={on}
      className="whitespace-nowrap"
    >
      {on ? t("mall.routing.yes") : t("mall.routing.no")}
    </StatusBadge>
  )
}

const Missing = () => <span className="text-ui-fg-muted">—</span>

export const useWarehouseColumns = (onEdit: (row: AdminWarehouse) => void) => {
  const { t } = useTranslation()

  return useMemo(
    () => [
      column.accessor("stock_location.name", {
        header: t("mall.routing.fields.location"),
        cell: ({ row }) => {
          const address = row.original.stock_location.address
          const place = [
            address?.city,
            address?.province,
            address?.country_code?.toUpperCase(),
          ]
            .filter(Boolean)
            .join(", ")
          return (
            <div className="flex flex-col">
              <Text size="small" weight="plus" leading="compact">
                {row.original.stock_location.name}
              </Text>
              {place && (
                <Text size="xsmall" className="text-ui-fg-subtle">
                  {place}
                </Text>
              )}
            </div>
          )
        },
      }),
      column.display({
        id: "kind",
        header: t("mall.routing.fields.kind"),
        cell: ({ row }) =>
          row.original.profile ? (
            <Badge
              size="2xsmall"
              color={KIND_COLORS[row.original.profile.kind] ?? "grey"}
              className="whitespace-nowrap"
            >
              {t(`mall.routing.kinds.${row.original.profile.kind}`, {
                defaultValue: row.original.profile.kind,
              })}
            </Badge>
          ) : (
            <Badge
              size="2xsmall"
              color="grey"
              data-testid="mall-warehouse-no-profile"
            >
              {t("mall.routing.warehouses.noProfile")}
            </Badge>
          ),
      }),
      column.display({
        id: "service_area",
        header: t("mall.routing.fields.serviceArea"),
        cell: ({ row }) =>
          row.original.profile ? (
            <ServiceAreaCell area={row.original.profile.service_area} />
          ) : (
            <Missing />
          ),
      }),
      column.display({
        id: "coordinates",
        header: t("mall.routing.fields.coordinates"),
        cell: ({ row }) => {
          const text = formatCoordinates(
            row.original.profile?.latitude,
            row.original.profile?.longitude
          )
          return text ? (
            <span className="txt-compact-small tabular-nums">{text}</span>
          ) : (
            <Missing />
          )
        },
      }),
      column.display({
        id: "priority",
        header: t("mall.routing.fields.priority"),
        cell: ({ row }) =>
          row.original.profile ? (
            <span className="tabular-nums">
              {row.original.profile.priority}
            </span>
          ) : (
            <Missing />
          ),
      }),
      column.display({
        id: "capacity",
        header: t("mall.routing.fields.capacity"),
        cell: ({ row }) => {
          const capacity = row.original.profile?.daily_capacity ?? null
          const full =
            capacity !== null && row.original.orders_today >= capacity
          return (
            <span
              className={
                full
                  ? "txt-compact-small-plus text-ui-fg-error tabular-nums"
                  : "txt-compact-small tabular-nums"
              }
              title={t("mall.routing.warehouses.capacityHint")}
              data-testid="mall-warehouse-capacity"
            >
              {capacity === null
                ? t("mall.routing.warehouses.capacityUnlimited", {
                    count: row.original.orders_today,
                  })
                : t("mall.routing.warehouses.capacityOf", {
                    count: row.original.orders_today,
                    capacity,
                  })}
            </span>
          )
        },
      }),
      column.display({
        id: "ships_online",
        header: t("mall.routing.fields.shipsOnline"),
        cell: ({ row }) =>
          row.original.profile ? (
            <Flag
              on={row.original.profile.ships_online}
              testId="mall-warehouse-ships-online"
            />
          ) : (
            <Missing />
          ),
      }),
      column.display({
        id: "accepts_returns",
        header: t("mall.routing.fields.acceptsReturns"),
        cell: ({ row }) =>
          row.original.profile ? (
            <Flag on={row.original.profile.accepts_returns} />
          ) : (
            <Missing />
          ),
      }),
      column.display({
        id: "is_active",
        header: t("mall.routing.fields.active"),
        cell: ({ row }) =>
          row.original.profile ? (
            <Flag on={row.original.profile.is_active} />
          ) : (
            <Missing />
          ),
      }),
      column.display({
        id: "actions",
        cell: ({ row }) => (
          <div className="flex justify-end p-px">
            <Button
              size="small"
              variant="secondary"
              onClick={(event) => {
                event.stopPropagation()
                onEdit(row.original)
              }}
              data-testid="mall-warehouse-edit"
            >
              {row.original.profile
                ? t("mall.routing.warehouses.edit")
                : t("mall.routing.warehouses.setUp")}
            </Button>
          </div>
        ),
      }),
    ],
    [t, onEdit]
  )
}
