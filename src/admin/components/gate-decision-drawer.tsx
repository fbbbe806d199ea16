import { Textarea, toast } from "@medusajs/ui"
import { useEffect, useState } from "react"
import { useTranslation } from "react-i18next"
import { useDecideGate } from "../hooks/api/pipeline"
import { errorMessage } from "../lib/errors"
import type { AdminReleaseGate } from "../lib/pipeline-types"
import { DrawerForm } from "./drawer-form"
import { FormField } from "./form-field"

export type GateDecisionMode = "passed" | "failed" | "waived"

/**
 * Passes or fails a gate (members of its department) or waives it (owners).
 * Failing and waiving need a reason.
 */
export const GateDecisionDrawer = ({
  orderId,
  gate,
  mode,
  open,
  onOpenChange,
}: {
  orderId: string
  gate: AdminReleaseGate
  mode: GateDecisionMode
  open: boolean
  onOpenChange: (open: boolean) => void
}) => {
  const { t } = useTranslation()
  const [reason, setReason] = useState("")
  const [error, setError] = useState<string>()
  const { mutateAsync, isPending } = useDecideGate(orderId)
  const reasonRequired = mode !== "passed"
  const gateName = t(`mall.pipeline.kinds.${gate.kind}`)

  useEffect(() => {
    if (open) {
      setReason("")
      setError(undefined)
    }
  }, [open])

  const handleSubmit = async () => {
    const text = reason.trim()
    if (reasonRequired && !text) {
      setError(t("mall.pipeline.decide.errors.reason"))
      return
    }
    try {
      await mutateAsync(
        mode === "waived"
          ? { kind: gate.kind, status: "waived", reason: text }
          : { kind: gate.kind, status: mode, reason: text || undefined }
      )
      toast.success(t(`mall.pipeline.decide.toast.${mode}`, { gate: gateName }))
      onOpenChange(false)
    } catch (e) {
      toast.error(t("mall.pipeline.decide.toast.error"), {
        description: errorMessage(e),
      })
    }
  }

  return (
    <DrawerForm
      open={open}
      onOpenChange={onOpenChange}
      title={t(`mall.pipeline.decide.title.${mode}`, { gate: gateName })}
      description={t(`mall.pipeline.decide.description.${mode}`)}
      submitLabel={t(`mall.pipeline.decide.submit.${mode}`)}
      submitVariant={mode === "failed" ? "danger" : "primary"}
      isSubmitting={isPending}
      onSubmit={handleSubmit}
      testId="mall-gate-decision-drawer"
    >
      <FormField
        id="mall-gate-reason"
        label={t("mall.pipeline.decide.reason")}
        optional={reasonRequired ? undefined : t("mall.common.optional")}
        error={error}
      >
        <Textarea
          id="mall-gate-reason"
          rows={4}
          value={reason}
          aria-invalid={!!error || undefined}
          onChange={(event) => setReason(event.target.value)}
          data-testid="mall-gate-reason"
        />
      </FormField>
    </DrawerForm>
  )
}
