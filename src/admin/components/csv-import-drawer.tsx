import { ArrowDownTray, Spinner } from "@medusajs/icons"
import { Button, Hint, Tabs, Text, Textarea, toast } from "@medusajs/ui"
import { ChangeEvent, ReactNode, useEffect, useRef, useState } from "react"
import { useTranslation } from "react-i18next"
import { downloadCsv } from "../lib/download"
import { errorMessage } from "../lib/errors"
import { DrawerForm } from "./drawer-form"

type Source =
  { mode: "file"; file: File | null } | { mode: "paste"; text: string }

/** What an answer means: a toast, and whether the drawer shows its report. */
export type CsvImportOutcome = {
  /** "report" keeps the drawer open on the report; "close" closes it. */
  then: "report" | "close"
  toast: {
    variant: "success" | "warning"
    title: string
    description?: string
  }
}

export type CsvImportDrawerProps<TResult> = {
  open: boolean
  onOpenChange: (open: boolean) => void
  title: string
  description: string
  submitLabel: string
  /** Under the file picker; by default "A CSV file with a header line, UTF-8." */
  fileHint?: string
  /** The columns the file takes. */
  columnsHint: ReactNode
  /** The paste box's placeholder: a header line and an example or two. */
  example: string
  exampleRows?: number
  /** The file name sent for pasted CSV, e.g. "movements.csv". */
  pastedFilename: string
  /** A template to download: its file name and lines (the header, at least). */
  template?: { filename: string; lines: string[] }
  /** The drawer's test id (its submit button is `${testId}-submit`). */
  testId: string
  /** The prefix of its parts' test ids: `-file`, `-paste` (the tab), `-csv`, `-progress`, `-template`. */
  partTestId: string
  /** Sends the CSV; the drawer shows its progress until it answers. */
  upload: (file: Blob, filename: string) => Promise<TResult>
  /** Called with the answer: what to tell, and whether to show the report. */
  onUploaded: (result: TResult) => CsvImportOutcome
  /** The title of the toast when the upload fails (the server's message is its description). */
  failedTitle: string
  /** The report of an answer, shown under the form. */
  renderReport?: (result: TResult) => ReactNode
}

const formatSize = (bytes: number) =>
  bytes < 1024
    ? `${bytes} B`
    : bytes < 1024 * 1024
      ? `${(bytes / 1024).toFixed(1)} KB`
      : `${(bytes / 1024 / 1024).toFixed(1)} MB`

const formatElapsed = (seconds: number) =>
  `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, "0")}`

/**
 * A bar that moves without a figure: the server answers only once every
 * line is checked, so there is no percentage to show.
 */
const IndeterminateBar = ({ label }: { label: string }) => (
  <div
    role="progressbar"
    aria-label={label}
    className="bg-ui-bg-switch-off relative h-1.5 w-full overflow-hidden rounded-full"
  >
    <style>
      {
        "@keyframes mall-csv-import-progress{0%{left:0}100%{left:66.667%}}@media (prefers-reduced-motion:reduce){.mall-csv-import-bar{animation-duration:4s!important}}"
      }
    </style>
    <div
      className="mall-csv-import-bar bg-ui-fg-interactive absolute inset-y-0 w-1/3 rounded-full"
      style={{
        animation:
          "mall-csv-import-progress 1.2s ease-in-out infinite alternate",
      }}
    />
  </div>
)

/**
 * A drawer that imports a CSV, from a file or pasted text, and shows the
 * answer's report. While the server works (a large file can take a minute)
 * it shows an indeterminate progress bar with the time spent, and refuses a
 * second submit. Closing it does not stop the import: its toast offers to
 * show the report when it ends.
 */
export const CsvImportDrawer = <TResult,>({
  open,
  onOpenChange,
  title,
  description,
  submitLabel,
  fileHint,
  columnsHint,
  example,
  exampleRows = 6,
  pastedFilename,
  template,
  testId,
  partTestId,
  upload,
  onUploaded,
  failedTitle,
  renderReport,
}: CsvImportDrawerProps<TResult>) => {
  const { t } = useTranslation()
  const [source, setSource] = useState<Source>({ mode: "file", file: null })
  const [error, setError] = useState<string>()
  const [result, setResult] = useState<TResult | null>(null)
  const [sending, setSending] = useState<{ name: string; size: number }>()
  const [elapsed, setElapsed] = useState(0)
  // Refs, not state: a double click must not send twice, and an answer that
  // arrives after the drawer closed must know it.
  const sendingRef = useRef(false)
  const openRef = useRef(open)
  const keepOnOpen = useRef(false)

  useEffect(() => {
    openRef.current = open
    if (!open) {
      return
    }
    // Reopened while an import runs, or after one ended unseen: show it.
    if (sendingRef.current || keepOnOpen.current) {
      keepOnOpen.current = false
      return
    }
    setSource({ mode: "file", file: null })
    setError(undefined)
    setResult(null)
  }, [open])

  useEffect(() => {
    if (!sending) {
      return
    }
    const started = Date.now()
    setElapsed(0)
    const timer = setInterval(
      () => setElapsed(Math.floor((Date.now() - started) / 1000)),
      1000
    )
    return () => clearInterval(timer)
  }, [sending])

  const handleFile = (event: ChangeEvent<HTMLInputElement>) =>
    setSource({ mode: "file", file: event.target.files?.[0] ?? null })

  const handleSubmit = async () => {
    if (sendingRef.current) {
      return
    }
    const file =
      source.mode === "file"
        ? source.file
        : source.text.trim()
          ? new Blob([source.text], { type: "text/csv" })
          : null
    if (!file) {
      setError(
        source.mode === "file"
          ? t("mall.csvImport.errors.file")
          : t("mall.csvImport.errors.paste")
      )
      return
    }
    const filename =
      source.mode === "file" && source.file ? source.file.name : pastedFilename
    setError(undefined)
    setResult(null)
    sendingRef.current = true
    setSending({ name: filename, size: file.size })
    try {
      const answer = await upload(file, filename)
      const outcome = onUploaded(answer)
      const unseen = outcome.then === "report" && !openRef.current
      if (outcome.then === "report") {
        setResult(answer)
        keepOnOpen.current = unseen
      } else if (openRef.current) {
        onOpenChange(false)
      }
      toast[outcome.toast.variant](outcome.toast.title, {
        description: outcome.toast.description,
        action: unseen
          ? {
              label: t("mall.csvImport.showReport"),
              altText: t("mall.csvImport.showReport"),
              onClick: () => onOpenChange(true),
            }
          : undefined,
      })
    } catch (e) {
      const message = errorMessage(e)
      setError(message)
      toast.error(failedTitle, { description: message })
    } finally {
      sendingRef.current = false
      setSending(undefined)
    }
  }

  return (
    <DrawerForm
      open={open}
      onOpenChange={onOpenChange}
      title={title}
      description={description}
      submitLabel={submitLabel}
      isSubmitting={!!sending}
      onSubmit={handleSubmit}
      testId={testId}
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
            <Tabs.Trigger value="file" disabled={!!sending}>
              {t("mall.csvImport.source.file")}
            </Tabs.Trigger>
            <Tabs.Trigger
              value="paste"
              disabled={!!sending}
              data-testid={`${partTestId}-paste`}
            >
              {t("mall.csvImport.source.paste")}
            </Tabs.Trigger>
          </Tabs.List>
          <Tabs.Content value="file" className="pt-3">
            <label
              htmlFor={`${partTestId}-file`}
              className={`border-ui-border-strong flex flex-col items-center gap-y-1 rounded-lg border border-dashed px-4 py-6 text-center ${
                sending
                  ? "cursor-not-allowed opacity-60"
                  : "hover:bg-ui-bg-base-hover cursor-pointer"
              }`}
            >
              <Text size="small" weight="plus">
                {source.mode === "file" && source.file
                  ? `${source.file.name} (${formatSize(source.file.size)})`
                  : t("mall.csvImport.source.choose")}
              </Text>
              <Text size="xsmall" className="text-ui-fg-subtle">
                {fileHint ?? t("mall.csvImport.fileHint")}
              </Text>
              <input
                id={`${partTestId}-file`}
                type="file"
                accept=".csv,text/csv,text/plain"
                className="sr-only"
                disabled={!!sending}
                onChange={handleFile}
                data-testid={`${partTestId}-file`}
              />
            </label>
          </Tabs.Content>
          <Tabs.Content value="paste" className="pt-3">
            <Textarea
              rows={exampleRows}
              className="font-mono text-xs"
              placeholder={example}
              value={source.mode === "paste" ? source.text : ""}
              disabled={!!sending}
              aria-label={t("mall.csvImport.source.paste")}
              aria-invalid={!!error || undefined}
              onChange={(event) =>
                setSource({ mode: "paste", text: event.target.value })
              }
              data-testid={`${partTestId}-csv`}
            />
          </Tabs.Content>
        </Tabs>
        <Hint className="text-ui-fg-muted">{columnsHint}</Hint>
        {template && (
          <div>
            <Button
              type="button"
              size="small"
              variant="transparent"
              className="text-ui-fg-interactive hover:text-ui-fg-interactive-hover -ml-2"
              onClick={() => downloadCsv(template.filename, template.lines)}
              data-testid={`${partTestId}-template`}
            >
              <ArrowDownTray />
              {t("mall.csvImport.template")}
            </Button>
          </div>
        )}
        {error && !sending && (
          <Hint variant="error" data-testid={`${partTestId}-error`}>
            {error}
          </Hint>
        )}
      </div>
      {sending && (
        <section
          role="status"
          aria-live="polite"
          className="bg-ui-bg-subtle shadow-borders-base flex flex-col gap-y-3 rounded-lg px-4 py-3"
          data-testid={`${partTestId}-progress`}
        >
          <div className="flex items-start justify-between gap-x-3">
            <div className="flex min-w-0 items-start gap-x-2">
              <Spinner className="text-ui-fg-interactive mt-0.5 shrink-0 animate-spin" />
              <div className="flex min-w-0 flex-col">
                <Text
                  size="small"
                  weight="plus"
                  leading="compact"
                  className="truncate"
                >
                  {t("mall.csvImport.uploading", {
                    name: sending.name,
                    size: formatSize(sending.size),
                  })}
                </Text>
                <Text size="small" className="text-ui-fg-subtle">
                  {t("mall.csvImport.checking")}
                </Text>
              </div>
            </div>
            <Text
              size="small"
              leading="compact"
              className="text-ui-fg-subtle shrink-0 tabular-nums"
              data-testid={`${partTestId}-elapsed`}
            >
              {formatElapsed(elapsed)}
            </Text>
          </div>
          <IndeterminateBar label={t("mall.csvImport.uploadingLabel")} />
          <Text size="xsmall" className="text-ui-fg-subtle">
            {t("mall.csvImport.uploadingHint")}
          </Text>
        </section>
      )}
      {result && renderReport?.(result)}
    </DrawerForm>
  )
}
