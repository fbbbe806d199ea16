import { PlusMini, Trash } from "@medusajs/icons"
import {
  Button,
  Hint,
  IconButton,
  Input,
  RadioGroup,
  Select,
  Text,
  Textarea,
  toast,
} from "@medusajs/ui"
import { useEffect, useState } from "react"
import { useTranslation } from "react-i18next"
import { useRerouteOrder, useWarehouses } from "../../hooks/api/routing"
import { errorMessage } from "../../lib/errors"
import type {
  AdminManualAllocation,
  AdminRoutingDecision,
} from "../../lib/routing-types"
import { DrawerForm } from "../drawer-form"
import { FormField } from "../form-field"
import { newRowKey } from "../currency-amount-rows"

/** An order line as the override form needs it. */
export type RerouteLine = {
  id: string
  title: string
  sku: string | null
  quantity: number
}

type Mode = "automatic" | "manual"

type Row = { key: string; location_id: string; quantity: string }

type Rows = Record<string, Row[]>

/** The current allocations per line, else one empty row for the whole line. */
const initialRows = (
  lines: RerouteLine[],
  decision: AdminRoutingDecision | null
): Rows =>
  Object.fromEntries(
    lines.map((line) => {
      const current = (decision?.allocations ?? []).filter(
        (a) => a.line_item_id === line.id
      )
      return [
        line.id,
        current.length
          ? current.map((a) => ({
              key: newRowKey(),
              location_id: a.location_id,
              quantity: String(a.quantity),
            }))
          : [
              {
                key: newRowKey(),
                location_id: "",
                quantity: String(line.quantity),
              },
            ],
      ]
    })
  )

/**
 * Re-routes an order: a new automatic decision with the rules and stock of
 * now, or a manual override that says which warehouse ships how much of each
 * line (its reason is required and audited).
 */
export const RerouteDrawer = ({
  orderId,
  salesChannelId,
  lines,
  decision,
  open,
  onOpenChange,
}: {
  orderId: string
  salesChannelId: string | null
  lines: RerouteLine[]
  decision: AdminRoutingDecision | null
  open: boolean
  onOpenChange: (open: boolean) => void
}) => {
  const { t } = useTranslation()
  const [mode, setMode] = useState<Mode>("automatic")
  const [rows, setRows] = useState<Rows>({})
  const [reason, setReason] = useState("")
  const [errors, setErrors] = useState<Partial<Record<string, string>>>({})
  const { mutateAsync, isPending } = useRerouteOrder(orderId)
  const { warehouses } = useWarehouses({ enabled: open })
  // The locations of the order's sales channel; all of them without one.
  const locations = (warehouses ?? []).filter(
    (w) => !salesChannelId || w.sales_channel_ids.includes(salesChannelId)
  )

  useEffect(() => {
    if (open) {
      setMode("automatic")
      setRows(initialRows(lines, decision))
      setReason("")
      setErrors({})
    }
    // Reset only when the drawer opens, not when the order refetches.
  }, [open])

  const setLineRows = (lineId: string, next: Row[]) =>
    setRows((current) => ({ ...current, [lineId]: next }))

  const manualAllocations = () => {
    const next: Partial<Record<string, string>> = {}
    const allocations: AdminManualAllocation[] = []
    for (const line of lines) {
      let total = 0
      for (const row of rows[line.id] ?? []) {
        const quantity = Number(row.quantity || 0)
        if (!Number.isInteger(quantity) || quantity < 0) {
          next[line.id] = t("mall.routing.reroute.errors.quantity")
          continue
        }
        if (quantity === 0) {
          continue
        }
        if (!row.location_id) {
          next[line.id] = t("mall.routing.reroute.errors.location")
          continue
        }
        total += quantity
        allocations.push({
          line_item_id: line.id,
          location_id: row.location_id,
          quantity,
        })
      }
      if (!next[line.id] && total > line.quantity) {
        next[line.id] = t("mall.routing.reroute.errors.tooMany", {
          count: line.quantity,
        })
      }
    }
    if (!Object.keys(next).length && !allocations.length) {
      next.allocations = t("mall.routing.reroute.errors.nothing")
    }
    return { allocations, errors: next }
  }

  const handleSubmit = async () => {
    const text = reason.trim()
    let body:
      | { reason?: string }
      | { allocations: AdminManualAllocation[]; reason: string } = {
      reason: text || undefined,
    }
    if (mode === "manual") {
      const result = manualAllocations()
      if (!text) {
        result.errors.reason = t("mall.routing.reroute.errors.reason")
      }
      setErrors(result.errors)
      if (Object.keys(result.errors).length) {
        return
      }
      body = { allocations: result.allocations, reason: text }
    } else {
      setErrors({})
    }
    try {
      const { routing } = await mutateAsync(body)
      toast.success(t(`mall.routing.reroute.toast.${mode}`), {
        description: routing.decision?.summary,
      })
      onOpenChange(false)
    } catch (e) {
      toast.error(t("mall.routing.reroute.toast.failed"), {
        description: errorMessage(e),
      })
    }
  }

  return (
    <DrawerForm
      open={open}
      onOpenChange={onOpenChange}
      title={t("mall.routing.reroute.title")}
      description={t("mall.routing.reroute.description")}
      submitLabel={t(`mall.routing.reroute.submit.${mode}`)}
      isSubmitting={isPending}
      onSubmit={handleSubmit}
      testId="mall-reroute-drawer"
    >
      <RadioGroup
        value={mode}
        onValueChange={(value) => {
          setMode(value as Mode)
          setErrors({})
        }}
        className="grid grid-cols-1 gap-3"
      >
        <RadioGroup.ChoiceBox
          value="automatic"
          label={t("mall.routing.reroute.modes.automatic")}
          description={t("mall.routing.reroute.modes.automaticHint")}
          data-testid="mall-reroute-mode-automatic"
        />
        <RadioGroup.ChoiceBox
          value="manual"
          label={t("mall.routing.reroute.modes.manual")}
          description={t("mall.routing.reroute.modes.manualHint")}
          data-testid="mall-reroute-mode-manual"
        />
      </RadioGroup>

      {mode === "manual" && (
        <section
          className="flex flex-col gap-y-4"
          data-testid="mall-reroute-lines"
        >
          {lines.length === 0 && (
            <Text size="small" className="text-ui-fg-muted">
              {t("mall.routing.reroute.noLines")}
            </Text>
          )}
          {lines.map((line) => {
            const lineRows = rows[line.id] ?? []
            return (
              <div
                key={line.id}
                className="flex flex-col gap-y-2 rounded-lg border px-3 py-3"
                data-testid="mall-reroute-line"
              >
                <div className="flex items-baseline justify-between gap-x-2">
                  <Text size="small" weight="plus" className="truncate">
                    {line.title}
                    {line.sku && (
                      <span className="text-ui-fg-muted font-normal">
                        {" "}
                        · {line.sku}
                      </span>
                    )}
                  </Text>
                  <Text
                    size="xsmall"
                    className="text-ui-fg-subtle shrink-0 tabular-nums"
                  >
                    {t("mall.routing.reroute.ordered", {
                      count: line.quantity,
                    })}
                  </Text>
                </div>
                {lineRows.map((row, index) => (
                  <div
                    key={row.key}
                    className="grid grid-cols-[minmax(0,1fr)_5rem_auto] items-center gap-x-2"
                  >
                    <Select
                      size="small"
                      value={row.location_id}
                      onValueChange={(location_id) =>
                        setLineRows(
                          line.id,
                          lineRows.map((r) =>
                            r.key === row.key ? { ...r, location_id } : r
                          )
                        )
                      }
                    >
                      <Select.Trigger
                        aria-label={t("mall.routing.reroute.location", {
                          item: line.title,
                        })}
                        data-testid="mall-reroute-location"
                      >
                        <Select.Value
                          placeholder={t("mall.routing.reroute.pickLocation")}
                        />
                      </Select.Trigger>
                      <Select.Content>
                        {locations.map((w) => (
                          <Select.Item
                            key={w.stock_location.id}
                            value={w.stock_location.id}
                          >
                            {w.stock_location.name}
                          </Select.Item>
                        ))}
                      </Select.Content>
                    </Select>
                    <Input
                      size="small"
                      type="number"
                      min={0}
                      max={line.quantity}
                      step={1}
                      value={row.quantity}
                      aria-label={t("mall.routing.fields.quantity")}
                      onChange={(event) =>
                        setLineRows(
                          line.id,
                          lineRows.map((r) =>
                            r.key === row.key
                              ? { ...r, quantity: event.target.value }
                              : r
                          )
                        )
                      }
                      data-testid="mall-reroute-quantity"
                    />
                    <IconButton
                      type="button"
                      size="small"
                      variant="transparent"
                      disabled={lineRows.length === 1 && index === 0}
                      aria-label={t("mall.routing.reroute.removeRow")}
                      onClick={() =>
                        setLineRows(
                          line.id,
                          lineRows.filter((r) => r.key !== row.key)
                        )
                      }
                    >
                      <Trash />
                    </IconButton>
                  </div>
                ))}
                <div>
                  <Button
                    type="button"
                    size="small"
                    variant="transparent"
                    onClick={() =>
                      setLineRows(line.id, [
                        ...lineRows,
                        { key: newRowKey(), location_id: "", quantity: "" },
                      ])
                    }
                  >
                    <PlusMini />
                    {t("mall.routing.reroute.split")}
                  </Button>
                </div>
                {errors[line.id] && (
                  <Hint variant="error">{errors[line.id]}</Hint>
                )}
              </div>
            )
          })}
          {errors.allocations && (
            <Hint variant="error">{errors.allocations}</Hint>
          )}
        </section>
      )}

      <FormField
        id="mall-reroute-reason"
        label={t("mall.routing.reroute.reason")}
        optional={mode === "manual" ? undefined : t("mall.common.optional")}
        hint={t(`mall.routing.reroute.reasonHint.${mode}`)}
        error={errors.reason}
      >
        <Textarea
          id="mall-reroute-reason"
          rows={3}
          value={reason}
          aria-invalid={!!errors.reason || undefined}
          onChange={(event) => setReason(event.target.value)}
          data-testid="mall-reroute-reason"
        />
      </FormField>
    </DrawerForm>
  )
}
