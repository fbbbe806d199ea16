import { Input, RadioGroup, Text, toast } from "@medusajs/ui"
import { useEffect, useState } from "react"
import { useTranslation } from "react-i18next"
import { useUpdateChannelAllocations } from "../../hooks/api/channel-inventory"
import {
  AdminChannelPosition,
  AdminUpdateChannelAllocations,
  CHANNEL_MODES,
  ChannelMode,
  LAST_UNIT_POLICIES,
  LastUnitPolicy,
} from "../../lib/channel-inventory-types"
import { errorMessage } from "../../lib/errors"
import { DrawerForm } from "../drawer-form"
import { FormField } from "../form-field"
import { positionName } from "./position-name"

/** What the drawer edits; numbers stay text until they are sent. */
type FormState = {
  mode: ChannelMode
  offline_pool: string
  online_safety_stock: string
  offline_safety_stock: string
  last_unit_policy: LastUnitPolicy
  reason: string
}

type NumberKey = "offline_pool" | "online_safety_stock" | "offline_safety_stock"
type FormErrors = Partial<Record<NumberKey, string>>

const toFormState = (position: AdminChannelPosition): FormState => ({
  mode: position.mode,
  offline_pool: String(position.offline_pool),
  online_safety_stock: String(position.online_safety_stock),
  offline_safety_stock: String(position.offline_safety_stock),
  last_unit_policy: position.last_unit_policy,
  reason: "",
})

const parseUnits = (value: string) => {
  const text = value.trim()
  const number = text ? Number(text) : Number.NaN
  return Number.isInteger(number) && number >= 0 && number <= 1_000_000
    ? number
    : null
}

/**
 * How one position is shared: shared or split, the offline pool, the safety
 * stock of each channel, and who gets the last units.
 */
export const ChannelSettingsDrawer = ({
  position,
  onOpenChange,
}: {
  /** The position being edited; the drawer is closed without one. */
  position: AdminChannelPosition | null
  onOpenChange: (open: boolean) => void
}) => {
  const { t } = useTranslation()
  // The last position opened, kept while the drawer closes.
  const [current, setCurrent] = useState<AdminChannelPosition | null>(null)
  const [state, setState] = useState<FormState | null>(null)
  const [errors, setErrors] = useState<FormErrors>({})
  const { mutateAsync, isPending } = useUpdateChannelAllocations()

  useEffect(() => {
    if (position) {
      setCurrent(position)
      setState(toFormState(position))
      setErrors({})
    }
  }, [position])

  const set = <K extends keyof FormState>(key: K, value: FormState[K]) =>
    setState((s) => (s ? { ...s, [key]: value } : s))

  const validate = (form: FormState, before: AdminChannelPosition) => {
    const next: FormErrors = {}
    const numbers: Partial<Record<NumberKey, number>> = {}
    const keys: NumberKey[] = [
      "online_safety_stock",
      "offline_safety_stock",
      ...(form.mode === "split" ? (["offline_pool"] as const) : []),
    ]
    for (const key of keys) {
      const value = parseUnits(form[key])
      if (value === null) {
        next[key] = t("mall.channelInventory.settings.errors.units")
      } else {
        numbers[key] = value
      }
    }
    if (
      numbers.offline_pool !== undefined &&
      numbers.offline_pool > before.stocked
    ) {
      next.offline_pool = t("mall.channelInventory.settings.errors.pool", {
        stocked: before.stocked,
      })
    }
    setErrors(next)
    if (Object.keys(next).length) {
      return null
    }
    const body: AdminUpdateChannelAllocations = {
      inventory_item_id: before.inventory_item_id,
      location_id: before.location_id,
      mode: form.mode,
      online_safety_stock: numbers.online_safety_stock,
      offline_safety_stock: numbers.offline_safety_stock,
      last_unit_policy: form.last_unit_policy,
      reason: form.reason.trim() || undefined,
    }
    // The pool is only sent when it changes: the server moves units then.
    if (
      form.mode === "split" &&
      (before.mode !== "split" || numbers.offline_pool !== before.offline_pool)
    ) {
      body.offline_pool = numbers.offline_pool
    }
    return body
  }

  const handleSubmit = async () => {
    if (!current || !state) {
      return
    }
    const body = validate(state, current)
    if (!body) {
      return
    }
    try {
      await mutateAsync(body)
      toast.success(
        t("mall.channelInventory.settings.toast.saved", {
          name: positionName(current),
        })
      )
      onOpenChange(false)
    } catch (e) {
      toast.error(t("mall.channelInventory.settings.toast.failed"), {
        description: errorMessage(e),
      })
    }
  }

  const offlinePool =
    state?.mode === "split" ? parseUnits(state.offline_pool) : 0
  const stocked = current?.stocked ?? 0

  const numberField = (key: NumberKey, hint: string) => (
    <FormField
      id={`mall-channel-${key}`}
      label={t(`mall.channelInventory.fields.${key}`)}
      hint={hint}
      error={errors[key]}
    >
      <Input
        id={`mall-channel-${key}`}
        size="small"
        type="number"
        min={0}
        step="1"
        inputMode="numeric"
        value={state?.[key] ?? ""}
        aria-invalid={!!errors[key] || undefined}
        onChange={(event) => set(key, event.target.value)}
        data-testid={`mall-channel-${key}`}
      />
    </FormField>
  )

  return (
    <DrawerForm
      open={!!position}
      onOpenChange={onOpenChange}
      title={t("mall.channelInventory.settings.title", {
        name: current ? positionName(current) : "",
      })}
      description={t("mall.channelInventory.settings.description", {
        location: current?.location_name ?? current?.location_id ?? "",
      })}
      submitLabel={t("mall.common.save")}
      isSubmitting={isPending}
      onSubmit={handleSubmit}
      testId="mall-channel-settings-drawer"
    >
      {state && current && (
        <>
          <FormField
            id="mall-channel-mode"
            label={t("mall.channelInventory.fields.mode")}
          >
            <RadioGroup
              id="mall-channel-mode"
              value={state.mode}
              onValueChange={(value) => set("mode", value as ChannelMode)}
              className="grid grid-cols-1 gap-2 sm:grid-cols-2"
              data-testid="mall-channel-mode-choice"
            >
              {CHANNEL_MODES.map((mode) => (
                <RadioGroup.ChoiceBox
                  key={mode}
                  value={mode}
                  label={t(`mall.channelInventory.modes.${mode}`)}
                  description={t(`mall.channelInventory.modeHints.${mode}`)}
                  data-testid={`mall-channel-mode-${mode}`}
                />
              ))}
            </RadioGroup>
          </FormField>

          {state.mode === "split" &&
            numberField(
              "offline_pool",
              t("mall.channelInventory.settings.hints.offline_pool", {
                stocked,
              })
            )}

          <div
            className="bg-ui-bg-subtle flex flex-col gap-y-1 rounded-lg px-4 py-3"
            data-testid="mall-channel-settings-preview"
          >
            <Text size="small" weight="plus">
              {t("mall.channelInventory.settings.preview")}
            </Text>
            <Text size="small" className="text-ui-fg-subtle tabular-nums">
              {state.mode === "shared"
                ? t("mall.channelInventory.settings.previewShared", {
                    stocked,
                  })
                : offlinePool === null || offlinePool > stocked
                  ? "—"
                  : t("mall.channelInventory.settings.previewSplit", {
                      online: stocked - offlinePool,
                      offline: offlinePool,
                      stocked,
                    })}
            </Text>
          </div>

          <div className="grid grid-cols-2 gap-4">
            {numberField(
              "online_safety_stock",
              t("mall.channelInventory.settings.hints.online_safety_stock")
            )}
            {numberField(
              "offline_safety_stock",
              t("mall.channelInventory.settings.hints.offline_safety_stock")
            )}
          </div>

          <FormField
            id="mall-channel-policy"
            label={t("mall.channelInventory.fields.last_unit_policy")}
            hint={
              state.mode === "shared"
                ? t("mall.channelInventory.settings.hints.policyShared")
                : undefined
            }
          >
            <RadioGroup
              id="mall-channel-policy"
              value={state.last_unit_policy}
              onValueChange={(value) =>
                set("last_unit_policy", value as LastUnitPolicy)
              }
              className="flex flex-col gap-y-2"
              data-testid="mall-channel-policy"
            >
              {LAST_UNIT_POLICIES.map((policy) => (
                <RadioGroup.ChoiceBox
                  key={policy}
                  value={policy}
                  label={t(`mall.channelInventory.policies.${policy}.label`)}
                  description={t(
                    `mall.channelInventory.policies.${policy}.description`
                  )}
                  data-testid={`mall-channel-policy-${policy}`}
                />
              ))}
            </RadioGroup>
          </FormField>

          <FormField
            id="mall-channel-settings-reason"
            label={t("mall.channelInventory.fields.reason")}
            optional={t("mall.common.optional")}
            hint={t("mall.channelInventory.settings.hints.reason")}
          >
            <Input
              id="mall-channel-settings-reason"
              size="small"
              value={state.reason}
              maxLength={200}
              onChange={(event) => set("reason", event.target.value)}
              data-testid="mall-channel-settings-reason"
            />
          </FormField>
        </>
      )}
    </DrawerForm>
  )
}
