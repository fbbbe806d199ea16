import { ArrowRightMini } from "@medusajs/icons"
import { Input, RadioGroup, Text, toast } from "@medusajs/ui"
import { useEffect, useState } from "react"
import { useTranslation } from "react-i18next"
import { useTransferChannelStock } from "../../hooks/api/channel-inventory"
import {
  AdminChannelPosition,
  Channel,
  CHANNELS,
} from "../../lib/channel-inventory-types"
import { errorMessage } from "../../lib/errors"
import { DrawerForm } from "../drawer-form"
import { FormField } from "../form-field"
import { positionName } from "./position-name"
import { LegendSwatch } from "./pool-bar"

type FormState = { from: Channel; quantity: string; reason: string }
type FormErrors = Partial<Record<"quantity" | "reason", string>>

/** The most that can leave a pool: online orders' reservations stay online. */
const movable = (position: AdminChannelPosition, from: Channel) =>
  from === "offline"
    ? position.offline_pool
    : Math.max(position.online_pool - position.reserved_online, 0)

const BeforeAfter = ({
  label,
  part,
  before,
  after,
  testId,
}: {
  label: string
  part: "online" | "offline"
  before: number
  after: number | null
  testId: string
}) => (
  <div
    className="flex items-center justify-between gap-x-4"
    data-testid={testId}
  >
    <div className="flex items-center gap-x-2">
      <LegendSwatch part={part} />
      <Text size="small">{label}</Text>
    </div>
    <div className="flex items-center gap-x-1 tabular-nums">
      <Text size="small" className="text-ui-fg-subtle">
        {before}
      </Text>
      <ArrowRightMini className="text-ui-fg-muted" />
      <Text size="small" weight="plus" data-testid={`${testId}-after`}>
        {after ?? "—"}
      </Text>
    </div>
  </div>
)

/** Moves units between a split position's online and offline pools. */
export const TransferDrawer = ({
  position,
  onOpenChange,
}: {
  /** The position to transfer in; the drawer is closed without one. */
  position: AdminChannelPosition | null
  onOpenChange: (open: boolean) => void
}) => {
  const { t } = useTranslation()
  const [current, setCurrent] = useState<AdminChannelPosition | null>(null)
  const [state, setState] = useState<FormState>({
    from: "online",
    quantity: "",
    reason: "",
  })
  const [errors, setErrors] = useState<FormErrors>({})
  // One key per opening of the drawer: a resubmit after a lost answer
  // cannot move the units twice.
  const [idempotencyKey, setIdempotencyKey] = useState(newKey)
  const { mutateAsync, isPending } = useTransferChannelStock()

  useEffect(() => {
    if (position) {
      setIdempotencyKey(newKey())
      setCurrent(position)
      setState({ from: "online", quantity: "", reason: "" })
      setErrors({})
    }
  }, [position])

  const set = <K extends keyof FormState>(key: K, value: FormState[K]) =>
    setState((s) => ({ ...s, [key]: value }))

  const quantityText = state.quantity.trim()
  const quantity = quantityText ? Number(quantityText) : Number.NaN
  const valid = Number.isInteger(quantity) && quantity >= 1
  const max = current ? movable(current, state.from) : 0
  const delta = valid && quantity <= max ? quantity : null
  const sign = state.from === "online" ? -1 : 1

  const handleSubmit = async () => {
    if (!current) {
      return
    }
    const next: FormErrors = {}
    if (!valid) {
      next.quantity = t("mall.channelInventory.transfer.errors.quantity")
    } else if (quantity > max) {
      next.quantity = t("mall.channelInventory.transfer.errors.tooMany", {
        count: max,
      })
    }
    if (!state.reason.trim()) {
      next.reason = t("mall.channelInventory.transfer.errors.reason")
    }
    setErrors(next)
    if (Object.keys(next).length) {
      return
    }
    try {
      const { transfer } = await mutateAsync({
        inventory_item_id: current.inventory_item_id,
        location_id: current.location_id,
        from: state.from,
        quantity,
        reason: state.reason.trim(),
        idempotency_key: idempotencyKey,
      })
      toast.success(t("mall.channelInventory.transfer.toast.done"), {
        description: t("mall.channelInventory.transfer.toast.detail", {
          count: transfer.quantity,
          from: t(`mall.channelInventory.channels.${transfer.from}`),
          to: t(`mall.channelInventory.channels.${transfer.to}`),
          online: transfer.after.online_pool,
          offline: transfer.after.offline_pool,
        }),
      })
      onOpenChange(false)
    } catch (e) {
      toast.error(t("mall.channelInventory.transfer.toast.failed"), {
        description: errorMessage(e),
      })
    }
  }

  return (
    <DrawerForm
      open={!!position}
      onOpenChange={onOpenChange}
      title={t("mall.channelInventory.transfer.title", {
        name: current ? positionName(current) : "",
      })}
      description={t("mall.channelInventory.transfer.description", {
        location: current?.location_name ?? current?.location_id ?? "",
      })}
      submitLabel={t("mall.channelInventory.transfer.submit")}
      isSubmitting={isPending}
      onSubmit={handleSubmit}
      testId="mall-channel-transfer-drawer"
    >
      {current && (
        <>
          <FormField
            id="mall-channel-transfer-from"
            label={t("mall.channelInventory.transfer.from")}
          >
            <RadioGroup
              id="mall-channel-transfer-from"
              value={state.from}
              onValueChange={(value) => set("from", value as Channel)}
              className="grid grid-cols-1 gap-2 sm:grid-cols-2"
            >
              {CHANNELS.map((from) => (
                <RadioGroup.ChoiceBox
                  key={from}
                  value={from}
                  label={t(`mall.channelInventory.transfer.directions.${from}`)}
                  description={t(
                    "mall.channelInventory.transfer.directionHint",
                    { count: movable(current, from) }
                  )}
                  data-testid={`mall-channel-transfer-from-${from}`}
                />
              ))}
            </RadioGroup>
          </FormField>
          <FormField
            id="mall-channel-transfer-quantity"
            label={t("mall.channelInventory.fields.quantity")}
            error={errors.quantity}
          >
            <Input
              id="mall-channel-transfer-quantity"
              size="small"
              type="number"
              min={1}
              max={max}
              step="1"
              inputMode="numeric"
              value={state.quantity}
              aria-invalid={!!errors.quantity || undefined}
              onChange={(event) => set("quantity", event.target.value)}
              data-testid="mall-channel-transfer-quantity"
            />
          </FormField>
          <div
            className="bg-ui-bg-subtle flex flex-col gap-y-2 rounded-lg px-4 py-3"
            data-testid="mall-channel-transfer-preview"
          >
            <Text size="small" weight="plus">
              {t("mall.channelInventory.transfer.preview")}
            </Text>
            <BeforeAfter
              label={t("mall.channelInventory.fields.online_pool")}
              part="online"
              before={current.online_pool}
              after={delta === null ? null : current.online_pool + sign * delta}
              testId="mall-channel-transfer-online"
            />
            <BeforeAfter
              label={t("mall.channelInventory.fields.offline_pool")}
              part="offline"
              before={current.offline_pool}
              after={
                delta === null ? null : current.offline_pool - sign * delta
              }
              testId="mall-channel-transfer-offline"
            />
            <Text size="xsmall" className="text-ui-fg-muted">
              {t("mall.channelInventory.transfer.stockedUnchanged", {
                stocked: current.stocked,
              })}
            </Text>
          </div>
          <FormField
            id="mall-channel-transfer-reason"
            label={t("mall.channelInventory.fields.reason")}
            hint={t("mall.channelInventory.transfer.reasonHint")}
            error={errors.reason}
          >
            <Input
              id="mall-channel-transfer-reason"
              size="small"
              value={state.reason}
              maxLength={200}
              aria-invalid={!!errors.reason || undefined}
              onChange={(event) => set("reason", event.target.value)}
              data-testid="mall-channel-transfer-reason"
            />
          </FormField>
        </>
      )}
    </DrawerForm>
  )
}

// randomUUID exists only in secure contexts; an admin on plain http still needs a key.
const newKey = () =>
  typeof crypto.randomUUID === "function"
    ? crypto.randomUUID()
    : `${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`
