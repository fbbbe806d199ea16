import { Alert, Text, Textarea, toast } from "@medusajs/ui"
import { ReactNode, useEffect, useState } from "react"
import { useTranslation } from "react-i18next"
import { errorMessage } from "../../lib/errors"
import { DrawerForm } from "../drawer-form"
import { FormField } from "../form-field"

/** The browser tests find each drawer by these; pages and widgets differ. */
export type DecisionTestIds = {
  drawer: string
  reason: string
  error: string
}

/**
 * A yes/no decision with a reason for the audit trail: the reason is
 * optional to say yes and required to say no. A refusal from the server
 * stays in the drawer as well as in a toast, so the reason typed is not
 * lost and can be sent again.
 */
export const ReasonDecisionDrawer = ({
  open,
  onOpenChange,
  negative,
  title,
  description,
  submitLabel,
  reasonHint,
  missingReason,
  isSubmitting,
  onDecide,
  testIds,
  children,
}: {
  open: boolean
  onOpenChange: (open: boolean) => void
  /** Saying no: a danger button, and the reason is required. */
  negative: boolean
  title: string
  description: string
  submitLabel: string
  reasonHint: string
  /** Shown when saying no without a reason. */
  missingReason: string
  isSubmitting: boolean
  /** Sends the decision and says it went through; throws a refusal. */
  onDecide: (reason: string | undefined) => Promise<void>
  testIds: DecisionTestIds
  /** What the decision is about, above the reason. */
  children?: ReactNode
}) => {
  const { t } = useTranslation()
  const [reason, setReason] = useState("")
  const [error, setError] = useState<string>()
  const [serverError, setServerError] = useState<string>()

  useEffect(() => {
    if (open) {
      setReason("")
      setError(undefined)
      setServerError(undefined)
    }
  }, [open])

  const handleSubmit = async () => {
    const text = reason.trim()
    if (negative && !text) {
      setError(missingReason)
      return
    }
    setServerError(undefined)
    try {
      await onDecide(text || undefined)
      onOpenChange(false)
    } catch (e) {
      const message = errorMessage(e)
      setServerError(message)
      toast.error(t("mall.crm.decision.notSaved"), { description: message })
    }
  }

  return (
    <DrawerForm
      open={open}
      onOpenChange={onOpenChange}
      title={title}
      description={description}
      submitLabel={submitLabel}
      submitVariant={negative ? "danger" : "primary"}
      isSubmitting={isSubmitting}
      onSubmit={handleSubmit}
      testId={testIds.drawer}
    >
      {children}
      <FormField
        id={testIds.reason}
        label={t("mall.crm.decision.reason")}
        optional={negative ? undefined : t("mall.common.optional")}
        hint={reasonHint}
        error={error}
      >
        <Textarea
          id={testIds.reason}
          rows={4}
          value={reason}
          aria-invalid={!!error || undefined}
          onChange={(event) => {
            setReason(event.target.value)
            setError(undefined)
          }}
          data-testid={testIds.reason}
        />
      </FormField>
      {serverError && (
        <Alert variant="error" data-testid={testIds.error}>
          <Text size="small">{serverError}</Text>
        </Alert>
      )}
    </DrawerForm>
  )
}
