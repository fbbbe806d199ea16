import { Container, Heading, Skeleton, Table, Text } from "@medusajs/ui"
import { useTranslation } from "react-i18next"
import { Amounts } from "../../../../components/money"
import { formatDateTime } from "../../../../lib/date"
import {
  AGING_BUCKETS,
  AgingCell,
  CarrierAging,
  ReceivablesAging,
} from "../../../../lib/finance-types"

const Cell = ({ cell, tone }: { cell: AgingCell; tone?: "warn" | "error" }) => {
  if (!cell.count) {
    return <span className="text-ui-fg-muted">—</span>
  }
  const color =
    tone === "error"
      ? "text-ui-fg-error"
      : tone === "warn"
        ? "text-ui-tag-orange-text"
        : undefined
  return (
    <div className="flex flex-col">
      <span className={color}>
        <Amounts amounts={cell.amounts} />
      </span>
      <Text size="xsmall" className="text-ui-fg-subtle">
        {cell.count}
      </Text>
    </div>
  )
}

const TONES: Record<string, "warn" | "error" | undefined> = {
  days_16_30: "warn",
  days_over_30: "error",
}

/** What couriers owe, per carrier, by days since delivery. */
export const AgingTable = ({
  aging,
  isLoading,
}: {
  aging: ReceivablesAging | undefined
  isLoading: boolean
}) => {
  const { t, i18n } = useTranslation()

  const row = (
    key: string,
    label: string,
    data: Omit<CarrierAging, "carrier">,
    total?: boolean
  ) => (
    <Table.Row
      key={key}
      className={total ? "bg-ui-bg-subtle font-medium" : undefined}
      data-testid="mall-aging-row"
    >
      <Table.Cell>
        <Text size="small" weight={total ? "plus" : "regular"}>
          {label}
        </Text>
      </Table.Cell>
      <Table.Cell>
        <Cell cell={data.not_delivered} />
      </Table.Cell>
      {AGING_BUCKETS.map((bucket) => (
        <Table.Cell key={bucket}>
          <Cell cell={data.due[bucket]} tone={TONES[bucket]} />
        </Table.Cell>
      ))}
      <Table.Cell>
        <Cell cell={data.due_total} />
      </Table.Cell>
      <Table.Cell>
        <Cell cell={data.disputed} tone="error" />
      </Table.Cell>
    </Table.Row>
  )

  return (
    <Container className="divide-y p-0" data-testid="mall-aging">
      <div className="flex flex-wrap items-center justify-between gap-2 px-6 py-4">
        <div className="flex flex-col gap-y-1">
          <Heading level="h2">{t("mall.finance.aging.title")}</Heading>
          <Text size="small" className="text-ui-fg-subtle">
            {t("mall.finance.aging.description")}
          </Text>
        </div>
        {aging && (
          <Text size="xsmall" className="text-ui-fg-muted">
            {t("mall.finance.aging.asOf", {
              date: formatDateTime(aging.as_of, i18n.language),
            })}
          </Text>
        )}
      </div>
      {isLoading && !aging ? (
        <div className="flex flex-col gap-y-2 px-6 py-4">
          <Skeleton className="h-6 w-full" />
          <Skeleton className="h-6 w-full" />
        </div>
      ) : aging && aging.carriers.length ? (
        <div className="overflow-x-auto">
          <Table>
            <Table.Header>
              <Table.Row>
                <Table.HeaderCell>
                  {t("mall.finance.fields.carrier")}
                </Table.HeaderCell>
                <Table.HeaderCell>
                  {t("mall.finance.aging.notDelivered")}
                </Table.HeaderCell>
                {AGING_BUCKETS.map((bucket) => (
                  <Table.HeaderCell key={bucket}>
                    {t(`mall.finance.aging.buckets.${bucket}`)}
                  </Table.HeaderCell>
                ))}
                <Table.HeaderCell>
                  {t("mall.finance.aging.dueTotal")}
                </Table.HeaderCell>
                <Table.HeaderCell>
                  {t("mall.finance.aging.disputed")}
                </Table.HeaderCell>
              </Table.Row>
            </Table.Header>
            <Table.Body>
              {aging.carriers.map((carrier) =>
                row(
                  carrier.carrier ?? "__none__",
                  carrier.carrier ?? t("mall.finance.aging.unknownCarrier"),
                  carrier
                )
              )}
              {row(
                "__total__",
                t("mall.finance.aging.total"),
                aging.totals,
                true
              )}
            </Table.Body>
          </Table>
        </div>
      ) : (
        <Text size="small" className="text-ui-fg-muted px-6 py-4">
          {t("mall.finance.aging.empty")}
        </Text>
      )}
    </Container>
  )
}
