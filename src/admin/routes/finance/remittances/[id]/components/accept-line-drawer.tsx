import { Text, Textarea, toast } from "@medusajs/ui"
import { useEffect, useState } from "react"
import { useTranslation } from "react-i18next"
import { DrawerForm } from "../../../../../components/drawer-form"
import { FormField } from "../../../../../components/form-field"
import { Money } from "../../../../../components/money"
import { useAcceptRemittanceLine } from "../../../../../hooks/api/finance"
import { errorMessage } from "../../../../../lib/errors"
import type { AdminRemittanceLine } from "../../../../../lib/finance-types"

/** Finance accepts what the courier remitted for a short or excess line. */
export const AcceptLineDrawer = ({
  remittanceId,
  line,
  onClose,
}: {
  remittanceId: string
  line: AdminRemittanceLine | null
  onClose: () => void
}) => {
  const { t } = useTranslation()
  const [reason, setReason] = useState("")
  const [error, setError] = useState<string>()
  const { mutateAsync, isPending } = useAcceptRemittanceLine(remittanceId)

  useEffect(() => {
    setReason("")
    setError(undefined)
  }, [line?.id])

  const handleSubmit = async () => {
    if (!line) {
      return
    }
    if (!reason.trim()) {
      setError(t("mall.finance.acceptLine.errors.reason"))
      return
    }
    try {
      await mutateAsync({ line_id: line.id, reason: reason.trim() })
      toast.success(t("mall.finance.acceptLine.toast.accepted"))
      onClose()
    } catch (e) {
      toast.error(t("mall.finance.acceptLine.toast.failed"), {
        description: errorMessage(e),
      })
    }
  }

  return (
    <DrawerForm
      open={!!line}
      onOpenChange={(open) => !open && onClose()}
      title={t("mall.finance.acceptLine.title", {
        line: line?.line_number ?? "",
      })}
      description={t("mall.finance.acceptLine.description")}
      submitLabel={t("mall.finance.acceptLine.submit")}
      isSubmitting={isPending}
      onSubmit={handleSubmit}
      testId="mall-accept-line-drawer"
    >
      {line && (
        <div className="bg-ui-bg-subtle shadow-borders-base grid grid-cols-2 gap-2 rounded-lg px-4 py-3">
          <Text size="small" className="text-ui-fg-subtle">
            {t("mall.finance.fields.remitted")}
          </Text>
          <Text size="small" className="text-right">
            <Money amount={line.amount} currency={line.currency_code} />
          </Text>
          <Text size="small" className="text-ui-fg-subtle">
            {t("mall.finance.fields.expected")}
          </Text>
          <Text size="small" className="text-right">
            <Money
              amount={line.receivable?.amount_to_collect}
              currency={line.receivable?.currency_code}
            />
          </Text>
        </div>
      )}
      <FormField
        id="mall-accept-line-reason"
        label={t("mall.finance.acceptLine.reason")}
        error={error}
      >
        <Textarea
          id="mall-accept-line-reason"
          rows={3}
          value={reason}
          aria-invalid={!!error || undefined}
          onChange={(event) => setReason(event.target.value)}
        />
      </FormField>
    </DrawerForm>
  )
}
