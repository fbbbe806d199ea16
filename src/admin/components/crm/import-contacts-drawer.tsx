import { useTranslation } from "react-i18next"
import { useImportCrmContacts } from "../../hooks/api/crm"
import {
  AdminContactImportResponse,
  CONTACT_CSV_COLUMNS,
} from "../../lib/crm-types"
import { CsvImportDrawer } from "../csv-import-drawer"
import { ContactImportReport } from "./contact-import-report"

const EXAMPLE = `external_id,name,phones,emails,company_name,city,postal_code
C-1001,王芳,+86 138 0013 8000,fang.wang@example.com,,广州,510620
C-1002,李雷,13900139000;020-8888 6666,,华夏电器有限公司,深圳,518000`

/**
 * Imports offline customers (a CRM or ERP export) from a CSV file or pasted
 * CSV, deduplicated within the file and against the contacts there are,
 * then reports each line: created, matched, duplicate, review or rejected.
 */
export const ImportContactsDrawer = ({
  open,
  onOpenChange,
}: {
  open: boolean
  onOpenChange: (open: boolean) => void
}) => {
  const { t } = useTranslation()
  const { mutateAsync } = useImportCrmContacts()

  return (
    <CsvImportDrawer<AdminContactImportResponse>
      open={open}
      onOpenChange={onOpenChange}
      title={t("mall.crm.import.title")}
      description={t("mall.crm.import.description")}
      submitLabel={t("mall.crm.import.submit")}
      fileHint={t("mall.crm.import.fileHint")}
      columnsHint={t("mall.crm.import.columns")}
      example={EXAMPLE}
      pastedFilename="contacts.csv"
      template={{
        filename: "crm-contacts-template.csv",
        lines: [CONTACT_CSV_COLUMNS.join(",")],
      }}
      testId="mall-crm-import-drawer"
      partTestId="mall-crm-import"
      upload={(file, filename) =>
        mutateAsync({ format: "csv", file, filename })
      }
      onUploaded={({ summary }) => ({
        // The report stays on screen: importing the same file again
        // creates nothing, so a fixed file can be sent whole.
        then: "report",
        toast: {
          variant: summary.rejected ? "warning" : "success",
          title: summary.rejected
            ? t("mall.crm.import.toast.partial")
            : t("mall.crm.import.toast.done"),
          description: t("mall.crm.import.summary", { ...summary }),
        },
      })}
      failedTitle={t("mall.crm.import.toast.failed")}
      renderReport={(result) => <ContactImportReport result={result} />}
    />
  )
}
