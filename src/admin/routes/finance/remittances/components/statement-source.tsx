import { Hint, Tabs, Text, Textarea } from "@medusajs/ui"
import { ChangeEvent } from "react"
import { useTranslation } from "react-i18next"

export type StatementSource =
  { mode: "file"; file: File | null } | { mode: "paste"; text: string }

const EXAMPLE = `tracking_number,order_display_id,amount,currency_code,collected_at
SF1001,,1299.00,cny,2026-11-29
,1042,88.50,cny,2026-11-29`

/** The statement's lines: a CSV file to upload, or CSV text pasted in. */
export const StatementSourceInput = ({
  value,
  onChange,
  error,
}: {
  value: StatementSource
  onChange: (value: StatementSource) => void
  error?: string
}) => {
  const { t } = useTranslation()

  const handleFile = (event: ChangeEvent<HTMLInputElement>) =>
    onChange({ mode: "file", file: event.target.files?.[0] ?? null })

  return (
    <div className="flex flex-col gap-y-2">
      <Tabs
        value={value.mode}
        onValueChange={(mode) =>
          onChange(
            mode === "file"
              ? { mode: "file", file: null }
              : { mode: "paste", text: "" }
          )
        }
      >
        <Tabs.List>
          <Tabs.Trigger value="file" data-testid="mall-remittance-source-file">
            {t("mall.finance.import.source.file")}
          </Tabs.Trigger>
          <Tabs.Trigger
            value="paste"
            data-testid="mall-remittance-source-paste"
          >
            {t("mall.finance.import.source.paste")}
          </Tabs.Trigger>
        </Tabs.List>
        <Tabs.Content value="file" className="pt-3">
          <label
            htmlFor="mall-remittance-file"
            className="border-ui-border-strong hover:bg-ui-bg-base-hover flex cursor-pointer flex-col items-center gap-y-1 rounded-lg border border-dashed px-4 py-6 text-center"
          >
            <Text size="small" weight="plus">
              {value.mode === "file" && value.file
                ? value.file.name
                : t("mall.finance.import.source.choose")}
            </Text>
            <Text size="xsmall" className="text-ui-fg-subtle">
              {t("mall.finance.import.source.fileHint")}
            </Text>
            <input
              id="mall-remittance-file"
              type="file"
              accept=".csv,text/csv,text/plain"
              className="sr-only"
              onChange={handleFile}
              data-testid="mall-remittance-file"
            />
          </label>
        </Tabs.Content>
        <Tabs.Content value="paste" className="pt-3">
          <Textarea
            id="mall-remittance-csv"
            rows={8}
            className="font-mono text-xs"
            placeholder={EXAMPLE}
            value={value.mode === "paste" ? value.text : ""}
            aria-invalid={!!error || undefined}
            onChange={(event) =>
              onChange({ mode: "paste", text: event.target.value })
            }
            data-testid="mall-remittance-csv"
          />
        </Tabs.Content>
      </Tabs>
      <Hint className="text-ui-fg-muted">
        {t("mall.finance.import.source.columns")}
      </Hint>
      {error && <Hint variant="error">{error}</Hint>}
    </div>
  )
}
