import { Alert, Input, Text, Textarea, toast } from "@medusajs/ui"
import { useEffect, useState } from "react"
import { useTranslation } from "react-i18next"
import {
  usePipelineSettings,
  useRefuseCodDelivery,
} from "../hooks/api/pipeline"
import { parseAmount } from "../lib/amount-input"
import { errorMessage } from "../lib/errors"
import type { CostBearer } from "../lib/pipeline-types"
import { BearerSelect } from "./bearer-select"
import { DrawerForm } from "./drawer-form"
import { FormField } from "./form-field"

type RefusedDeliveryDrawerProps = {
  orderId: string
  displayId: number | null
  currencyCode: string
  open: boolean
  onOpenChange: (open: boolean) => void
}

/**
 * The buyer refused a COD parcel: cancels the COD authorization, opens a
 * return to origin, and records the return trip's cost and who bears it.
 */
export const RefusedDeliveryDrawer = ({
  orderId,
  displayId,
  currencyCode,
  open,
  onOpenChange,
}: RefusedDeliveryDrawerProps) => {
  const { t } = useTranslation()
  const { pipeline_settings: settings } = usePipelineSettings({
    enabled: open,
  })
  const defaultBearer = settings?.refused_delivery_bearer
  const [reason, setReason] = useState("")
  const [cost, setCost] = useState("0")
  const [bearer, setBearer] = useState<CostBearer>()
  const [errors, setErrors] = useState<{ reason?: string; cost?: string }>({})
  const { mutateAsync, isPending } = useRefuseCodDelivery(orderId)

  useEffect(() => {
    if (open) {
      setReason("")
      setCost("0")
      setBearer(undefined)
      setErrors({})
    }
  }, [open])

  const handleSubmit = async () => {
    const amount = parseAmount(cost, { allowZero: true })
    const nextErrors: typeof errors = {}
    if (!reason.trim()) {
      nextErrors.reason = t("mall.refused.errors.reason")
    }
    if (amount === null) {
      nextErrors.cost = t("mall.refused.errors.cost")
    }
    setErrors(nextErrors)
    if (amount === null || Object.keys(nextErrors).length) {
      return
    }
    const chosen = bearer ?? defaultBearer
    try {
      await mutateAsync({
        reason: reason.trim(),
        logistics_cost: amount,
        ...(chosen ? { bearer: chosen } : {}),
      })
      toast.success(
        t("mall.refused.toast.recorded", { order: displayId ?? orderId })
      )
      onOpenChange(false)
    } catch (e) {
      toast.error(t("mall.refused.toast.failed"), {
        description: errorMessage(e),
      })
    }
  }

  return (
    <DrawerForm
      open={open}
      onOpenChange={onOpenChange}
      title={t("mall.refused.title")}
      description={t("mall.refused.description")}
      submitLabel={t("mall.refused.submit")}
      submitVariant="danger"
      isSubmitting={isPending}
      onSubmit={handleSubmit}
      testId="mall-refused-delivery-drawer"
    >
      <Alert variant="warning">
        <Text size="small">{t("mall.refused.consequences")}</Text>
      </Alert>
      <FormField
        id="mall-refused-reason"
        label={t("mall.refused.reason")}
        error={errors.reason}
      >
        <Textarea
          id="mall-refused-reason"
          rows={3}
          value={reason}
          placeholder={t("mall.refused.reasonPlaceholder")}
          aria-invalid={!!errors.reason || undefined}
          onChange={(event) => setReason(event.target.value)}
          data-testid="mall-refused-reason"
        />
      </FormField>
      <FormField
        id="mall-refused-cost"
        label={t("mall.refused.cost", {
          currency: currencyCode.toUpperCase(),
        })}
        hint={t("mall.refused.costHint")}
        error={errors.cost}
      >
        <Input
          id="mall-refused-cost"
          size="small"
          inputMode="decimal"
          value={cost}
          aria-invalid={!!errors.cost || undefined}
          onChange={(event) => setCost(event.target.value)}
          data-testid="mall-refused-cost"
        />
      </FormField>
      <FormField
        id="mall-refused-bearer"
        label={t("mall.refused.bearer")}
        hint={
          defaultBearer
            ? t("mall.refused.bearerHint", {
                bearer: t(`mall.bearers.${defaultBearer}`),
              })
            : undefined
        }
      >
        <BearerSelect
          id="mall-refused-bearer"
          value={bearer ?? defaultBearer}
          onChange={setBearer}
          testId="mall-refused-bearer"
        />
      </FormField>
    </DrawerForm>
  )
}
