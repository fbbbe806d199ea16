import { CheckCircleSolid } from "@medusajs/icons"
import {
  Button,
  Container,
  Heading,
  Text,
  toast,
  usePrompt,
} from "@medusajs/ui"
import { ReactNode } from "react"
import { useTranslation } from "react-i18next"
import { MallStatusBadge } from "../../../../../components/mall-status-badge"
import { useUserLabels } from "../../../../../hooks/api/departments"
import { useConfirmRemittance } from "../../../../../hooks/api/finance"
import { formatDateTime } from "../../../../../lib/date"
import { errorMessage } from "../../../../../lib/errors"
import type { AdminRemittance } from "../../../../../lib/finance-types"
import { REMITTANCE_STATUS_COLORS } from "../../../../../lib/status-colors"

const Field = ({ label, value }: { label: string; value: ReactNode }) => (
  <div className="flex flex-col gap-y-0.5">
    <Text size="xsmall" className="text-ui-fg-subtle">
      {label}
    </Text>
    <Text size="small" leading="compact">
      {value || "—"}
    </Text>
  </div>
)

/** The statement, its state, and Confirm while it waits for finance. */
export const RemittanceHeader = ({
  remittance,
}: {
  remittance: AdminRemittance
}) => {
  const { t, i18n } = useTranslation()
  const prompt = usePrompt()
  const userLabel = useUserLabels([
    remittance.imported_by,
    remittance.confirmed_by,
  ])
  const { mutateAsync, isPending } = useConfirmRemittance(remittance.id)
  const { summary } = remittance

  const handleConfirm = async () => {
    const confirmed = await prompt({
      title: t("mall.finance.remittance.confirmPrompt.title"),
      description: t("mall.finance.remittance.confirmPrompt.description", {
        matched: summary.matched,
        open: remittance.line_count - summary.matched,
      }),
      confirmText: t("mall.finance.remittance.confirm"),
      cancelText: t("mall.common.cancel"),
      variant: "confirmation",
    })
    if (!confirmed) {
      return
    }
    try {
      const { settlement } = await mutateAsync()
      toast.success(t("mall.finance.remittance.toast.confirmed"), {
        description: t("mall.finance.remittance.toast.settlement", {
          settled: settlement.settled,
          disputed: settlement.disputed,
          captured: settlement.captured.count,
        }),
      })
    } catch (e) {
      toast.error(t("mall.finance.remittance.toast.confirmFailed"), {
        description: errorMessage(e),
      })
    }
  }

  return (
    <Container className="divide-y p-0" data-testid="mall-remittance-header">
      <div className="flex flex-wrap items-start justify-between gap-4 px-6 py-4">
        <div className="flex flex-col gap-y-1">
          <div className="flex items-center gap-x-2">
            <Heading level="h1">{remittance.statement_reference}</Heading>
            <MallStatusBadge
              status={remittance.status}
              colors={REMITTANCE_STATUS_COLORS}
              labelPrefix="mall.finance.remittanceStatus"
              testId="mall-remittance-status"
            />
          </div>
          <Text size="small" className="text-ui-fg-subtle">
            {remittance.status === "imported"
              ? t("mall.finance.remittance.previewHint")
              : t("mall.finance.remittance.confirmedHint")}
          </Text>
        </div>
        {remittance.status === "imported" && (
          <Button
            size="small"
            onClick={handleConfirm}
            isLoading={isPending}
            disabled={summary.matched === 0}
            data-testid="mall-remittance-confirm"
          >
            <CheckCircleSolid />
            {t("mall.finance.remittance.confirm")}
          </Button>
        )}
      </div>
      <div className="grid grid-cols-2 gap-4 px-6 py-4 md:grid-cols-4">
        <Field
          label={t("mall.finance.fields.carrier")}
          value={remittance.carrier}
        />
        <Field
          label={t("mall.finance.fields.bankReference")}
          value={remittance.bank_reference}
        />
        <Field
          label={t("mall.finance.fields.importedAt")}
          value={[
            formatDateTime(remittance.created_at, i18n.language),
            userLabel(remittance.imported_by),
          ]
            .filter(Boolean)
            .join(" · ")}
        />
        <Field
          label={t("mall.finance.fields.confirmedAt")}
          value={
            remittance.confirmed_at
              ? [
                  formatDateTime(remittance.confirmed_at, i18n.language),
                  userLabel(remittance.confirmed_by),
                ]
                  .filter(Boolean)
                  .join(" · ")
              : null
          }
        />
      </div>
    </Container>
  )
}
