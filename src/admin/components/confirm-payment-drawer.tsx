import { Alert, Checkbox, Input, Label, Text, toast } from "@medusajs/ui"
import { useEffect, useState } from "react"
import { useTranslation } from "react-i18next"
import { useConfirmPayment } from "../hooks/api/finance"
import { parseAmount, sameAmount } from "../lib/amount-input"
import { errorMessage } from "../lib/errors"
import { formatAmount } from "../lib/format"
import type { AdminPaymentConfirmation } from "../lib/finance-types"
import { ConfirmationSummary } from "./confirmation-summary"
import { DrawerForm } from "./drawer-form"
import { FormField } from "./form-field"

type ConfirmPaymentDrawerProps = {
  confirmation: AdminPaymentConfirmation
  open: boolean
  onOpenChange: (open: boolean) => void
}

/**
 * Finance confirms that a prepaid payment arrived: the reference it arrived
 * under and the amount received (prefilled with the amount expected). A
 * different amount must be accepted explicitly.
 */
export const ConfirmPaymentDrawer = ({
  confirmation,
  open,
  onOpenChange,
}: ConfirmPaymentDrawerProps) => {
  const { t, i18n } = useTranslation()
  const expected = confirmation.expected_amount
  const [reference, setReference] = useState("")
  const [received, setReceived] = useState(String(expected))
  const [acceptMismatch, setAcceptMismatch] = useState(false)
  const [errors, setErrors] = useState<{ reference?: string; amount?: string }>(
    {}
  )

  useEffect(() => {
    if (open) {
      setReference("")
      setReceived(String(expected))
      setAcceptMismatch(false)
      setErrors({})
    }
  }, [open, expected])

  const { mutateAsync, isPending } = useConfirmPayment(
    confirmation.id,
    confirmation.order_id
  )

  const amount = parseAmount(received)
  const mismatch = amount !== null && !sameAmount(amount, expected)
  const money = (value: number) =>
    formatAmount(value, confirmation.currency_code, i18n.language)

  const handleSubmit = async () => {
    const nextErrors: typeof errors = {}
    if (!reference.trim()) {
      nextErrors.reference = t("mall.finance.confirm.errors.reference")
    }
    if (amount === null) {
      nextErrors.amount = t("mall.finance.confirm.errors.amount")
    }
    setErrors(nextErrors)
    if (amount === null || Object.keys(nextErrors).length) {
      return
    }
    if (mismatch && !acceptMismatch) {
      toast.error(t("mall.finance.confirm.toast.failed"), {
        description: t("mall.finance.confirm.errors.acceptMismatch"),
      })
      return
    }

    try {
      await mutateAsync({
        reference: reference.trim(),
        received_amount: amount,
        ...(mismatch ? { accept_mismatch: true } : {}),
      })
      toast.success(
        t("mall.finance.confirm.toast.confirmed", {
          order: confirmation.display_id ?? confirmation.order_id,
        })
      )
      onOpenChange(false)
    } catch (e) {
      toast.error(t("mall.finance.confirm.toast.failed"), {
        description: errorMessage(e),
      })
    }
  }

  return (
    <DrawerForm
      open={open}
      onOpenChange={onOpenChange}
      title={t("mall.finance.confirm.title")}
      description={t("mall.finance.confirm.description")}
      submitLabel={t("mall.finance.confirm.submit")}
      isSubmitting={isPending}
      submitDisabled={mismatch && !acceptMismatch}
      onSubmit={handleSubmit}
      testId="mall-confirm-payment-drawer"
    >
      <ConfirmationSummary confirmation={confirmation} />
      <FormField
        id="mall-confirm-reference"
        label={t("mall.finance.confirm.reference")}
        hint={t("mall.finance.confirm.referenceHint")}
        error={errors.reference}
      >
        <Input
          id="mall-confirm-reference"
          size="small"
          autoFocus
          value={reference}
          aria-invalid={!!errors.reference || undefined}
          onChange={(event) => setReference(event.target.value)}
          data-testid="mall-confirm-reference"
        />
      </FormField>
      <FormField
        id="mall-confirm-received"
        label={t("mall.finance.confirm.receivedAmount", {
          currency: confirmation.currency_code.toUpperCase(),
        })}
        hint={t("mall.finance.confirm.receivedHint", {
          expected: money(expected),
        })}
        error={errors.amount}
      >
        <Input
          id="mall-confirm-received"
          size="small"
          inputMode="decimal"
          value={received}
          aria-invalid={!!errors.amount || undefined}
          onChange={(event) => {
            setReceived(event.target.value)
            setAcceptMismatch(false)
          }}
          data-testid="mall-confirm-received"
        />
      </FormField>
      {mismatch && amount !== null && (
        <Alert variant="warning" data-testid="mall-confirm-mismatch">
          <div className="flex flex-col gap-y-3">
            <Text size="small">
              {t("mall.finance.confirm.mismatch", {
                received: money(amount),
                expected: money(expected),
              })}{" "}
              <span className="font-medium">
                {t(
                  amount < expected
                    ? "mall.finance.confirm.mismatchShort"
                    : "mall.finance.confirm.mismatchOver",
                  { difference: money(Math.abs(amount - expected)) }
                )}
              </span>
            </Text>
            <div className="flex items-start gap-x-2">
              <Checkbox
                id="mall-confirm-accept-mismatch"
                checked={acceptMismatch}
                onCheckedChange={(checked) =>
                  setAcceptMismatch(checked === true)
                }
                data-testid="mall-confirm-accept-mismatch"
              />
              <Label
                htmlFor="mall-confirm-accept-mismatch"
                size="small"
                weight="plus"
              >
                {t("mall.finance.confirm.acceptMismatch")}
              </Label>
            </div>
          </div>
        </Alert>
      )}
    </DrawerForm>
  )
}
