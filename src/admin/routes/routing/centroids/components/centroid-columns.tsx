import { createDataTableColumnHelper, Text } from "@medusajs/ui"
import { useMemo } from "react"
import { useTranslation } from "react-i18next"
import { formatCoordinates } from "../../../../components/routing/format"
import type { AdminGeoCentroidListResponse } from "../../../../lib/routing-types"

export type CentroidRow = AdminGeoCentroidListResponse["centroids"][number]

const column = createDataTableColumnHelper<CentroidRow>()

const orDash = (value: string | null) =>
  value ? value : <span className="text-ui-fg-muted">—</span>

export const useCentroidColumns = () => {
  const { t } = useTranslation()

  return useMemo(
    () => [
      column.accessor("label", {
        header: t("mall.routing.centroids.fields.label"),
        cell: ({ getValue }) => (
          <Text size="small" weight="plus" leading="compact">
            {getValue()}
          </Text>
        ),
      }),
      column.accessor("country_code", {
        header: t("mall.routing.centroids.fields.country"),
        cell: ({ getValue }) => getValue().toUpperCase(),
      }),
      column.accessor("province", {
        header: t("mall.routing.simulator.fields.province"),
        cell: ({ getValue }) => orDash(getValue()),
      }),
      column.accessor("city", {
        header: t("mall.routing.simulator.fields.city"),
        cell: ({ getValue }) => orDash(getValue()),
      }),
      column.accessor("postal_prefix", {
        header: t("mall.routing.centroids.fields.postalPrefix"),
        cell: ({ getValue }) => orDash(getValue()),
      }),
      column.accessor("aliases", {
        header: t("mall.routing.centroids.fields.aliases"),
        cell: ({ getValue }) => {
          const aliases = getValue()
          return aliases.length ? (
            <Text
              size="small"
              className="max-w-[14rem] truncate"
              title={aliases.join(", ")}
            >
              {aliases.join(", ")}
            </Text>
          ) : (
            orDash(null)
          )
        },
      }),
      column.display({
        id: "coordinates",
        header: t("mall.routing.fields.coordinates"),
        cell: ({ row }) => (
          <span className="txt-compact-small tabular-nums">
            {formatCoordinates(row.original.latitude, row.original.longitude)}
          </span>
        ),
      }),
    ],
    [t]
  )
}
