import { Hint, Tabs, Text, Textarea, toast } from "@medusajs/ui"
import { ChangeEvent, useEffect, useState } from "react"
import { useTranslation } from "react-i18next"
import { DrawerForm } from "../../../../components/drawer-form"
import { useImportGeoCentroids } from "../../../../hooks/api/routing"
import { errorMessage } from "../../../../lib/errors"
import type { AdminGeoCentroidImportResponse } from "../../../../lib/routing-types"

type Source =
  { mode: "file"; file: File | null } | { mode: "paste"; text: string }

const EXAMPLE = `country_code,province,city,postal_prefix,aliases,latitude,longitude,label
cn,guangdong,,,广东|广东省|cn-gd,23.1291,113.2644,Guangdong
cn,guangdong,shenzhen,518,深圳|深圳市,22.5431,114.0579,postal 518 (Shenzhen)`

/**
 * Imports centroids from a CSV file or pasted CSV. Known places are updated,
 * new ones added; each bad line is listed and the good ones are kept.
 */
export const ImportCentroidsDrawer = ({
  open,
  onOpenChange,
}: {
  open: boolean
  onOpenChange: (open: boolean) => void
}) => {
  const { t } = useTranslation()
  const [source, setSource] = useState<Source>({ mode: "file", file: null })
  const [error, setError] = useState<string>()
  const [result, setResult] = useState<AdminGeoCentroidImportResponse | null>(
    null
  )
  const { mutateAsync, isPending } = useImportGeoCentroids()

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
          ? t("mall.routing.centroids.import.errors.file")
          : t("mall.routing.centroids.import.errors.paste")
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
            : "centroids.csv",
      })
      const summary = t("mall.routing.centroids.import.summary", {
        imported: answer.imported,
        updated: answer.updated,
      })
      if (answer.errors.length) {
        // Keep the drawer open on the lines to fix; the good ones are saved.
        setResult(answer)
        toast.warning(t("mall.routing.centroids.import.toast.partial"), {
          description: summary,
        })
      } else {
        toast.success(t("mall.routing.centroids.import.toast.done"), {
          description: summary,
        })
        onOpenChange(false)
      }
    } catch (e) {
      toast.error(t("mall.routing.centroids.import.toast.failed"), {
        description: errorMessage(e),
      })
    }
  }

  return (
    <DrawerForm
      open={open}
      onOpenChange={onOpenChange}
      title={t("mall.routing.centroids.import.title")}
      description={t("mall.routing.centroids.import.description")}
      submitLabel={t("mall.routing.centroids.import.submit")}
      isSubmitting={isPending}
      onSubmit={handleSubmit}
      testId="mall-import-centroids-drawer"
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
            <Tabs.Trigger value="paste" data-testid="mall-centroids-paste">
              {t("mall.finance.import.source.paste")}
            </Tabs.Trigger>
          </Tabs.List>
          <Tabs.Content value="file" className="pt-3">
            <label
              htmlFor="mall-centroids-file"
              className="border-ui-border-strong hover:bg-ui-bg-base-hover flex cursor-pointer flex-col items-center gap-y-1 rounded-lg border border-dashed px-4 py-6 text-center"
            >
              <Text size="small" weight="plus">
                {source.mode === "file" && source.file
                  ? source.file.name
                  : t("mall.finance.import.source.choose")}
              </Text>
              <Text size="xsmall" className="text-ui-fg-subtle">
                {t("mall.routing.centroids.import.fileHint")}
              </Text>
              <input
                id="mall-centroids-file"
                type="file"
                accept=".csv,text/csv,text/plain"
                className="sr-only"
                onChange={handleFile}
                data-testid="mall-centroids-file"
              />
            </label>
          </Tabs.Content>
          <Tabs.Content value="paste" className="pt-3">
            <Textarea
              rows={8}
              className="font-mono text-xs"
              placeholder={EXAMPLE}
              value={source.mode === "paste" ? source.text : ""}
              aria-label={t("mall.finance.import.source.paste")}
              aria-invalid={!!error || undefined}
              onChange={(event) =>
                setSource({ mode: "paste", text: event.target.value })
              }
              data-testid="mall-centroids-csv"
            />
          </Tabs.Content>
        </Tabs>
        <Hint className="text-ui-fg-muted">
          {t("mall.routing.centroids.import.columns")}
        </Hint>
        {error && <Hint variant="error">{error}</Hint>}
      </div>
      {result && (
        <section
          className="flex flex-col gap-y-2"
          data-testid="mall-centroids-import-result"
        >
          <Text size="small" weight="plus">
            {t("mall.routing.centroids.import.summary", {
              imported: result.imported,
              updated: result.updated,
            })}
          </Text>
          <ul className="flex flex-col gap-y-1">
            {result.errors.map((line) => (
              <li key={`${line.line}-${line.message}`}>
                <Text size="small" className="text-ui-fg-error">
                  {t("mall.routing.centroids.import.lineError", {
                    line: line.line,
                    message: line.message,
                  })}
                </Text>
              </li>
            ))}
          </ul>
        </section>
      )}
    </DrawerForm>
  )
}
