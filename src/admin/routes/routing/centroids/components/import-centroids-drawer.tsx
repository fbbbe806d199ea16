import { Text } from "@medusajs/ui"
import { useTranslation } from "react-i18next"
import { CsvImportDrawer } from "../../../../components/csv-import-drawer"
import { useImportGeoCentroids } from "../../../../hooks/api/routing"
import type { AdminGeoCentroidImportResponse } from "../../../../lib/routing-types"

const CENTROID_CSV_HEADER =
  "country_code,province,city,postal_prefix,aliases,latitude,longitude,label"

const EXAMPLE = `${CENTROID_CSV_HEADER}
cn,guangdong,,,广东|广东省|cn-gd,23.1291,113.2644,Guangdong
cn,guangdong,shenzhen,518,深圳|深圳市,22.5431,114.0579,postal 518 (Shenzhen)`

/** The lines the import refused, each with its problems. */
const ImportReport = ({
  result,
}: {
  result: AdminGeoCentroidImportResponse
}) => {
  const { t } = useTranslation()

  return (
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
  )
}

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
  const { mutateAsync } = useImportGeoCentroids()

  return (
    <CsvImportDrawer<AdminGeoCentroidImportResponse>
      open={open}
      onOpenChange={onOpenChange}
      title={t("mall.routing.centroids.import.title")}
      description={t("mall.routing.centroids.import.description")}
      submitLabel={t("mall.routing.centroids.import.submit")}
      columnsHint={t("mall.routing.centroids.import.columns")}
      example={EXAMPLE}
      exampleRows={8}
      pastedFilename="centroids.csv"
      template={{
        filename: "geo-centroids-template.csv",
        lines: [CENTROID_CSV_HEADER],
      }}
      testId="mall-import-centroids-drawer"
      partTestId="mall-centroids"
      upload={(file, filename) =>
        mutateAsync({ format: "csv", file, filename })
      }
      onUploaded={(answer) => {
        const summary = t("mall.routing.centroids.import.summary", {
          imported: answer.imported,
          updated: answer.updated,
        })
        // With bad lines, the drawer stays open on them; the good ones are saved.
        return answer.errors.length
          ? {
              then: "report",
              toast: {
                variant: "warning",
                title: t("mall.routing.centroids.import.toast.partial"),
                description: summary,
              },
            }
          : {
              then: "close",
              toast: {
                variant: "success",
                title: t("mall.routing.centroids.import.toast.done"),
                description: summary,
              },
            }
      }}
      failedTitle={t("mall.routing.centroids.import.toast.failed")}
      renderReport={(result) => <ImportReport result={result} />}
    />
  )
}
