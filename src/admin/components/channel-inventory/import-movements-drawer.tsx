import { Badge, Label, Switch, Table, Text } from "@medusajs/ui"
import { useState } from "react"
import { useTranslation } from "react-i18next"
import { useApplyChannelMovements } from "../../hooks/api/channel-inventory"
import type { AdminApplyMovementsResponse } from "../../lib/channel-inventory-types"
import { CsvImportDrawer } from "../csv-import-drawer"
import { OutcomeBadge } from "./labels"

const MOVEMENT_CSV_HEADER =
  "external_id,sku,location,quantity,type,occurred_at,pool,direction,reference"

const EXAMPLE = `${MOVEMENT_CSV_HEADER}
POS-GZ-1001,HX-BCD520-SLV,Guangzhou Branch,1,offline_sale,2026-11-01T10:30:00+08:00,,,receipt 88231
ERP-GZ-0042,HX-BCD520-SLV,Guangzhou Branch,2,receipt,2026-11-01T09:00:00+08:00,offline,,PO 7781`

/** Lines shown at once; a big batch's report lists its problems first. */
const SHOWN_LINES = 500

/** The per-line report of an applied batch. */
const ImportReport = ({ result }: { result: AdminApplyMovementsResponse }) => {
  const { t } = useTranslation()
  const [problemsOnly, setProblemsOnly] = useState(false)
  const lines = problemsOnly
    ? result.lines.filter((l) => l.outcome !== "applied" || l.borrowed)
    : result.lines
  const shown = lines.slice(0, SHOWN_LINES)

  return (
    <section
      className="flex flex-col gap-y-3"
      data-testid="mall-channel-import-result"
    >
      <div className="flex flex-wrap items-center gap-2">
        <Text
          size="small"
          weight="plus"
          data-testid="mall-channel-import-summary"
        >
          {t("mall.channelInventory.import.summary", {
            applied: result.applied,
            duplicate: result.duplicate,
            rejected: result.rejected,
          })}
        </Text>
        {result.borrowed > 0 && (
          <Badge size="2xsmall" color="orange">
            {t("mall.channelInventory.import.borrowedTotal", {
              count: result.borrowed,
            })}
          </Badge>
        )}
      </div>
      <div className="flex items-center gap-x-2">
        <Switch
          id="mall-channel-import-problems"
          size="small"
          checked={problemsOnly}
          onCheckedChange={setProblemsOnly}
        />
        <Label htmlFor="mall-channel-import-problems" size="small">
          {t("mall.channelInventory.import.problemsOnly")}
        </Label>
      </div>
      <div className="shadow-elevation-card-rest overflow-hidden rounded-lg">
        <Table>
          <Table.Header>
            <Table.Row>
              <Table.HeaderCell className="w-12">
                {t("mall.channelInventory.import.fields.line")}
              </Table.HeaderCell>
              <Table.HeaderCell>
                {t("mall.channelInventory.fields.external_id")}
              </Table.HeaderCell>
              <Table.HeaderCell>
                {t("mall.channelInventory.import.fields.outcome")}
              </Table.HeaderCell>
              <Table.HeaderCell>
                {t("mall.channelInventory.import.fields.detail")}
              </Table.HeaderCell>
            </Table.Row>
          </Table.Header>
          <Table.Body>
            {shown.map((line) => (
              <Table.Row
                key={line.line}
                data-testid="mall-channel-import-line"
                data-outcome={line.outcome}
                className="[&_td:last-child]:pr-4"
              >
                <Table.Cell className="tabular-nums">{line.line}</Table.Cell>
                <Table.Cell>
                  <span className="txt-compact-small font-mono">
                    {line.external_id ?? "—"}
                  </span>
                </Table.Cell>
                <Table.Cell>
                  <OutcomeBadge outcome={line.outcome} />
                </Table.Cell>
                <Table.Cell className="h-auto py-2">
                  {line.reason ? (
                    <Text
                      size="small"
                      className="text-ui-fg-error whitespace-normal"
                    >
                      {line.reason}
                    </Text>
                  ) : line.borrowed ? (
                    <Text size="small" className="text-ui-tag-orange-text">
                      {t("mall.channelInventory.import.borrowed", {
                        count: line.borrowed,
                      })}
                    </Text>
                  ) : (
                    <span className="text-ui-fg-muted">—</span>
                  )}
                </Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      </div>
      {lines.length > shown.length && (
        <Text size="xsmall" className="text-ui-fg-muted">
          {t("mall.channelInventory.import.truncated", {
            shown: shown.length,
            count: lines.length,
          })}
        </Text>
      )}
    </section>
  )
}

/**
 * Applies a batch of offline movements (a POS or ERP export) from a CSV file
 * or pasted CSV, then reports each line: applied, duplicate or rejected.
 */
export const ImportMovementsDrawer = ({
  open,
  onOpenChange,
}: {
  open: boolean
  onOpenChange: (open: boolean) => void
}) => {
  const { t } = useTranslation()
  const { mutateAsync } = useApplyChannelMovements()

  return (
    <CsvImportDrawer<AdminApplyMovementsResponse>
      open={open}
      onOpenChange={onOpenChange}
      title={t("mall.channelInventory.import.title")}
      description={t("mall.channelInventory.import.description")}
      submitLabel={t("mall.channelInventory.import.submit")}
      columnsHint={t("mall.channelInventory.import.columns")}
      example={EXAMPLE}
      pastedFilename="movements.csv"
      template={{
        filename: "channel-movements-template.csv",
        lines: [MOVEMENT_CSV_HEADER],
      }}
      testId="mall-channel-import-drawer"
      partTestId="mall-channel-import"
      upload={(file, filename) =>
        mutateAsync({ format: "csv", file, filename })
      }
      onUploaded={(answer) => ({
        // The drawer stays open on the report; sending the same batch again
        // changes nothing (each external_id is applied once).
        then: "report",
        toast: {
          variant: answer.rejected ? "warning" : "success",
          title: answer.rejected
            ? t("mall.channelInventory.import.toast.partial")
            : t("mall.channelInventory.import.toast.done"),
          description: t("mall.channelInventory.import.summary", {
            applied: answer.applied,
            duplicate: answer.duplicate,
            rejected: answer.rejected,
          }),
        },
      })}
      failedTitle={t("mall.channelInventory.import.toast.failed")}
      renderReport={(result) => <ImportReport result={result} />}
    />
  )
}
