import { createDataTableColumnHelper, Text } from "@medusajs/ui"
import { useMemo } from "react"
import { useTranslation } from "react-i18next"
import {
  KindLabel,
  SourceBadge,
  ValueList,
} from "../../../../components/crm/labels"
import type { AdminCrmContact } from "../../../../lib/crm-types"
import { formatDate } from "../../../../lib/date"

const column = createDataTableColumnHelper<AdminCrmContact>()

const Missing = () => <span className="text-ui-fg-muted">—</span>

export const useContactColumns = () => {
  const { t, i18n } = useTranslation()

  return useMemo(
    () => [
      column.accessor("display_name", {
        header: t("mall.crm.fields.name"),
        cell: ({ getValue }) => (
          <Text
            size="small"
            weight="plus"
            leading="compact"
            className="max-w-[10rem] truncate"
            title={getValue()}
            data-testid="mall-crm-contact-name"
          >
            {getValue()}
          </Text>
        ),
      }),
      column.accessor("kind", {
        header: t("mall.crm.fields.kind"),
        cell: ({ getValue }) => <KindLabel kind={getValue()} />,
      }),
      column.accessor("phones", {
        header: t("mall.crm.fields.phones"),
        cell: ({ getValue }) => <ValueList values={getValue()} mono />,
      }),
      column.accessor("emails", {
        header: t("mall.crm.fields.emails"),
        cell: ({ getValue }) => <ValueList values={getValue()} />,
      }),
      column.accessor("company_name", {
        header: t("mall.crm.fields.company"),
        cell: ({ row }) =>
          row.original.company_name || row.original.tax_id ? (
            <div className="flex max-w-[10rem] flex-col">
              <Text
                size="small"
                leading="compact"
                className="truncate"
                title={row.original.company_name ?? undefined}
              >
                {row.original.company_name ?? "—"}
              </Text>
              {row.original.tax_id && (
                <Text
                  size="xsmall"
                  className="text-ui-fg-subtle truncate font-mono"
                >
                  {row.original.tax_id}
                </Text>
              )}
            </div>
          ) : (
            <Missing />
          ),
      }),
      column.accessor("source", {
        header: t("mall.crm.fields.source"),
        cell: ({ getValue }) => <SourceBadge source={getValue()} />,
      }),
      column.accessor("external_id", {
        header: t("mall.crm.fields.externalId"),
        cell: ({ getValue }) =>
          getValue() ? (
            <span className="txt-compact-small font-mono">{getValue()}</span>
          ) : (
            <Missing />
          ),
      }),
      column.accessor("created_at", {
        header: t("mall.crm.fields.createdAt"),
        cell: ({ getValue }) => (
          <span className="txt-compact-small whitespace-nowrap">
            {formatDate(getValue(), i18n.language)}
          </span>
        ),
      }),
    ],
    [t, i18n.language]
  )
}
