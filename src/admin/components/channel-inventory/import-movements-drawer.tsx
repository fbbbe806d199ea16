import {
  Badge,
  Hint,
  Switch,
  Label,
  Table,
  Tabs,
  Text,
  Textarea,
  toast,
} from "@medusajs/ui"
import { ChangeEvent, useEffect, useState } from "react"
import { useTranslation } from "react-i18next"
import { useApplyChannelMovements } from "../../hooks/api/channel-inventory"
import type { AdminApplyMovementsResponse } from "../../lib/channel-inventory-types"
import { errorMessage } from "../../lib/errors"
import { DrawerForm } from "../drawer-form"
import { OutcomeBadge } from "./labels"

type Source =
  { mode: "file"; file: File | null } | { mode: "paste"; text: string }

const EXAMPLE = `external_id,sku,location,quantity,type,occurred_at,pool,direction,reference
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
  const [source, setSource] = useState<Source>({ mode: "file", file: null })
  const [error, setError] = useState<string>()
  const [result, setResult] = useState<AdminApplyMovementsResponse | null>(null)
  const { mutateAsync, isPending } = useApplyChannelMovements()

  useEffect(() => {
    if (open) {
      setSource({ mode: "file", file: null })
      setError(undefined)
      setResult(null)
    }
  }, [open])

  const handleFile = (event: ChangeEvent<HTMLInputElement>) =>
    setSource({ mode: "file", file: event.target.files?.[0] ?? null })

  const handleSubmit = async () => {
    const file =
      source.mode === "file"
        ? source.file
        : source.text.trim()
          ? new Blob([source.text], { type: "text/csv" })
          : null
    if (!file) {
      setError(
        source.mode === "file"
          ? t("mall.channelInventory.import.errors.file")
          : t("mall.channelInventory.import.errors.paste")
      )
      return
    }
    setError(undefined)
    try {
      const answer = await mutateAsync({
        format: "csv",
        file,
        filename:
          source.mode === "file" && source.file
            ? source.file.name
            : "movements.csv",
      })
      const summary = t("mall.channelInventory.import.summary", {
        applied: answer.applied,
        duplicate: answer.duplicate,
        rejected: answer.rejected,
      })
      // The drawer stays open on the report; sending the same batch again
      // changes nothing (each external_id is applied once).
      setResult(answer)
      if (answer.rejected) {
        toast.warning(t("mall.channelInventory.import.toast.partial"), {
          description: summary,
        })
      } else {
        toast.success(t("mall.channelInventory.import.toast.done"), {
          description: summary,
        })
      }
    } catch (e) {
      toast.error(t("mall.channelInventory.import.toast.failed"), {
        description: errorMessage(e),
      })
    }
  }

  return (
    <DrawerForm
      open={open}
      onOpenChange={onOpenChange}
      title={t("mall.channelInventory.import.title")}
      description={t("mall.channelInventory.import.description")}
      submitLabel={t("mall.channelInventory.import.submit")}
      isSubmitting={isPending}
      onSubmit={handleSubmit}
      testId="mall-channel-import-drawer"
    >
      <div className="flex flex-col gap-y-2">
        <Tabs
          value={source.mode}
          onValueChange={(mode) =>
            setSource(
              mode === "file"
                ? { mode: "file", file: null }
                : { mode: "paste", text: "" }
            )
          }
        >
          <Tabs.List>
            <Tabs.Trigger value="file">
              {t("mall.finance.import.source.file")}
            </Tabs.Trigger>
            <Tabs.Trigger value="paste" data-testid="mall-channel-import-paste">
              {t("mall.finance.import.source.paste")}
            </Tabs.Trigger>
          </Tabs.List>
          <Tabs.Content value="file" className="pt-3">
            <label
              htmlFor="mall-channel-import-file"
              className="border-ui-border-strong hover:bg-ui-bg-base-hover flex cursor-pointer flex-col items-center gap-y-1 rounded-lg border border-dashed px-4 py-6 text-center"
            >
              <Text size="small" weight="plus">
                {source.mode === "file" && source.file
                  ? source.file.name
                  : t("mall.finance.import.source.choose")}
              </Text>
              <Text size="xsmall" className="text-ui-fg-subtle">
                {t("mall.channelInventory.import.fileHint")}
              </Text>
              <input
                id="mall-channel-import-file"
                type="file"
                accept=".csv,text/csv,text/plain"
                className="sr-only"
                onChange={handleFile}
                data-testid="mall-channel-import-file"
              />
            </label>
          </Tabs.Content>
          <Tabs.Content value="paste" className="pt-3">
            <Textarea
              rows={6}
              className="font-mono text-xs"
              placeholder={EXAMPLE}
              value={source.mode === "paste" ? source.text : ""}
              aria-label={t("mall.finance.import.source.paste")}
              aria-invalid={!!error || undefined}
              onChange={(event) =>
                setSource({ mode: "paste", text: event.target.value })
              }
              data-testid="mall-channel-import-csv"
            />
          </Tabs.Content>
        </Tabs>
        <Hint className="text-ui-fg-muted">
          {t("mall.channelInventory.import.columns")}
        </Hint>
        {error && <Hint variant="error">{error}</Hint>}
      </div>
      {result && <ImportReport result={result} />}
    </DrawerForm>
  )
}
