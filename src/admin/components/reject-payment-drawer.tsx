import { Textarea, toast } from "@medusajs/ui"
import { useEffect, useState } from "react"
import { useTranslation } from "react-i18next"
import { useRejectPayment } from "../hooks/api/finance"
import { errorMessage } from "../lib/errors"
import type { AdminPaymentConfirmation } from "../lib/finance-types"
import { ConfirmationSummary } from "./confirmation-summary"
import { DrawerForm } from "./drawer-form"
import { FormField } from "./form-field"

/** Finance rejects a prepaid payment, saying why; the payment gate fails. */
export const RejectPaymentDrawer = ({
  confirmation,
  open,
  onOpenChange,
}: {
  confirmation: AdminPaymentConfirmation
  open: boolean
  onOpenChange: (open: boolean) => void
}) => {
  const { t } = useTranslation()
  const [reason, setReason] = useState("")
  const [error, setError] = useState<string>()
  const { mutateAsync, isPending } = useRejectPayment(
    confirmation.id,
    confirmation.order_id
  )

  useEffect(() => {
    if (open) {
      setReason("")
      setError(undefined)
    }
  }, [open])

  const handleSubmit = async () => {
    if (!reason.trim()) {
      setError(t("mall.finance.reject.errors.reason"))
      return
    }
    try {
      await mutateAsync({ reason: reason.trim() })
      toast.success(
        t("mall.finance.reject.toast.rejected", {
          order: confirmation.display_id ?? confirmation.order_id,
        })
      )
      onOpenChange(false)
    } catch (e) {
      toast.error(t("mall.finance.reject.toast.failed"), {
        description: errorMessage(e),
      })
    }
  }

  return (
    <DrawerForm
      open={open}
      onOpenChange={onOpenChange}
      title={t("mall.finance.reject.title")}
      description={t("mall.finance.reject.description")}
      submitLabel={t("mall.finance.reject.submit")}
      submitVariant="danger"
      isSubmitting={isPending}
      onSubmit={handleSubmit}
      testId="mall-reject-payment-drawer"
    >
      <ConfirmationSummary confirmation={confirmation} />
      <FormField
        id="mall-reject-reason"
        label={t("mall.finance.reject.reason")}
        hint={t("mall.finance.reject.reasonHint")}
        error={error}
      >
        <Textarea
          id="mall-reject-reason"
          autoFocus
          rows={4}
          value={reason}
          aria-invalid={!!error || undefined}
          onChange={(event) => setReason(event.target.value)}
          data-testid="mall-reject-reason"
        />
      </FormField>
    </DrawerForm>
  )
}
