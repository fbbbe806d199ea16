import { Trash } from "@medusajs/icons"
import {
  Button,
  Heading,
  IconButton,
  Input,
  Select,
  Text,
  toast,
} from "@medusajs/ui"
import { useEffect, useState } from "react"
import { useTranslation } from "react-i18next"
import { FormField } from "../../../../components/form-field"
import {
  useSalesChannelOptions,
  useWarehouses,
  VariantOption,
} from "../../../../hooks/api/routing"
import type { AdminSimulateRouting } from "../../../../lib/routing-types"
import { variantLabel, VariantPicker } from "./variant-picker"

export type SimulationItem = { variant: VariantOption; quantity: number }

type Address = {
  country_code: string
  province: string
  city: string
  postal_code: string
}

/** The channel choice that lets every stock location ship. */
const ALL_LOCATIONS = "__all__"

const ADDRESS_FIELDS = [
  "country_code",
  "province",
  "city",
  "postal_code",
] as const

/** The imaginary order: where it goes, from which channel, with what. */
export const SimulationForm = ({
  isPending,
  onSubmit,
}: {
  isPending: boolean
  onSubmit: (body: AdminSimulateRouting, items: SimulationItem[]) => void
}) => {
  const { t } = useTranslation()
  const [address, setAddress] = useState<Address>({
    country_code: "cn",
    province: "",
    city: "",
    postal_code: "",
  })
  const [channel, setChannel] = useState("")
  const [currency, setCurrency] = useState("")
  const [items, setItems] = useState<SimulationItem[]>([])
  const [errors, setErrors] = useState<Partial<Record<string, string>>>({})
  const { sales_channels } = useSalesChannelOptions()
  const { warehouses } = useWarehouses()

  // Start with the channel most stock locations serve: the online shop's,
  // usually, rather than whichever channel is listed first.
  useEffect(() => {
    if (channel || !sales_channels?.length || !warehouses) {
      return
    }
    const served = (id: string) =>
      warehouses.filter((w) => w.sales_channel_ids.includes(id)).length
    const best = [...sales_channels].sort((a, b) => served(b.id) - served(a.id))
    setChannel(best[0].id)
  }, [channel, sales_channels, warehouses])

  const add = (variant: VariantOption, quantity: number) => {
    const existing = items.find((item) => item.variant.id === variant.id)
    setItems(
      existing
        ? items.map((item) =>
            item === existing
              ? { ...item, quantity: item.quantity + quantity }
              : item
          )
        : [...items, { variant, quantity }]
    )
  }

  const handleSubmit = () => {
    const next: Partial<Record<string, string>> = {}
    const country = address.country_code.trim().toLowerCase()
    if (!/^[a-z]{2}$/.test(country)) {
      next.country_code = t("mall.routing.simulator.errors.country")
    }
    if (!channel) {
      next.sales_channel = t("mall.routing.simulator.errors.channel")
    }
    const currencyCode = currency.trim().toLowerCase()
    if (currencyCode && !/^[a-z]{3}$/.test(currencyCode)) {
      next.currency_code = t("mall.cod.settings.errors.currencyCode")
    }
    if (!items.length) {
      next.items = t("mall.routing.simulator.errors.items")
    }
    setErrors(next)
    if (Object.keys(next).length) {
      toast.error(t("mall.routing.simulator.toast.invalid"), {
        description: Object.values(next).join(" "),
      })
      return
    }
    const optional = (value: string) => value.trim() || undefined
    onSubmit(
      {
        shipping_address: {
          country_code: country,
          province: optional(address.province),
          city: optional(address.city),
          postal_code: optional(address.postal_code),
        },
        items: items.map((item) => ({
          variant_id: item.variant.id,
          quantity: item.quantity,
        })),
        sales_channel_id: channel === ALL_LOCATIONS ? undefined : channel,
        currency_code: currencyCode || undefined,
      },
      items
    )
  }

  return (
    <form
      className="flex flex-col divide-y"
      noValidate
      onSubmit={(event) => {
        event.preventDefault()
        handleSubmit()
      }}
      data-testid="mall-simulator-form"
    >
      <section className="flex flex-col gap-y-4 px-6 py-4">
        <Heading level="h3">{t("mall.routing.simulator.address")}</Heading>
        <div className="grid grid-cols-2 gap-4">
          {ADDRESS_FIELDS.map((key) => (
            <FormField
              key={key}
              id={`mall-simulator-${key}`}
              label={t(`mall.routing.simulator.fields.${key}`)}
              error={errors[key]}
              optional={
                key === "country_code" ? undefined : t("mall.common.optional")
              }
            >
              <Input
                id={`mall-simulator-${key}`}
                size="small"
                value={address[key]}
                maxLength={key === "country_code" ? 2 : undefined}
                aria-invalid={!!errors[key] || undefined}
                onChange={(event) =>
                  setAddress({ ...address, [key]: event.target.value })
                }
                data-testid={`mall-simulator-${key}`}
              />
            </FormField>
          ))}
        </div>
        <div className="grid grid-cols-2 gap-4">
          <FormField
            id="mall-simulator-channel"
            label={t("mall.routing.simulator.fields.sales_channel")}
            error={errors.sales_channel}
          >
            <Select size="small" value={channel} onValueChange={setChannel}>
              <Select.Trigger
                id="mall-simulator-channel"
                data-testid="mall-simulator-channel"
              >
                <Select.Value
                  placeholder={t("mall.routing.simulator.pickChannel")}
                />
              </Select.Trigger>
              <Select.Content>
                {(sales_channels ?? []).map((option) => (
                  <Select.Item key={option.id} value={option.id}>
                    {option.name}
                  </Select.Item>
                ))}
                <Select.Item value={ALL_LOCATIONS}>
                  {t("mall.routing.simulator.allLocations")}
                </Select.Item>
              </Select.Content>
            </Select>
          </FormField>
          <FormField
            id="mall-simulator-currency"
            label={t("mall.routing.simulator.fields.currency_code")}
            error={errors.currency_code}
            optional={t("mall.common.optional")}
          >
            <Input
              id="mall-simulator-currency"
              size="small"
              value={currency}
              maxLength={3}
              placeholder={t(
                "mall.cod.settings.currencyRows.currencyPlaceholder"
              )}
              aria-invalid={!!errors.currency_code || undefined}
              onChange={(event) => setCurrency(event.target.value)}
              data-testid="mall-simulator-currency"
            />
          </FormField>
        </div>
        <Text size="xsmall" className="text-ui-fg-muted -mt-2">
          {t("mall.routing.simulator.channelHint")}
        </Text>
      </section>
      <section className="flex flex-col gap-y-4 px-6 py-4">
        <div className="flex flex-col gap-y-1">
          <Heading level="h3">{t("mall.routing.simulator.items")}</Heading>
          <Text size="small" className="text-ui-fg-subtle">
            {t("mall.routing.simulator.itemsHint")}
          </Text>
        </div>
        <VariantPicker onAdd={add} />
        {items.length > 0 ? (
          <ul
            className="flex flex-col divide-y rounded-lg border"
            data-testid="mall-simulator-items"
          >
            {items.map((item) => (
              <li
                key={item.variant.id}
                className="grid grid-cols-[minmax(0,1fr)_5rem_auto] items-center gap-x-2 px-3 py-2"
                data-testid="mall-simulator-item"
              >
                <Text
                  size="small"
                  className="truncate"
                  title={variantLabel(item.variant)}
                >
                  {variantLabel(item.variant)}
                </Text>
                <Input
                  size="small"
                  type="number"
                  min={1}
                  step={1}
                  value={String(item.quantity)}
                  aria-label={t("mall.routing.fields.quantity")}
                  onChange={(event) => {
                    const quantity = Math.max(
                      1,
                      Math.floor(Number(event.target.value) || 1)
                    )
                    setItems(
                      items.map((other) =>
                        other === item ? { ...item, quantity } : other
                      )
                    )
                  }}
                />
                <IconButton
                  type="button"
                  size="small"
                  variant="transparent"
                  aria-label={t("mall.routing.simulator.remove", {
                    item: variantLabel(item.variant),
                  })}
                  onClick={() =>
                    setItems(items.filter((other) => other !== item))
                  }
                >
                  <Trash />
                </IconButton>
              </li>
            ))}
          </ul>
        ) : (
          <Text
            size="small"
            className={errors.items ? "text-ui-fg-error" : "text-ui-fg-muted"}
          >
            {errors.items ?? t("mall.routing.simulator.noItems")}
          </Text>
        )}
      </section>
      <div className="flex justify-end px-6 py-4">
        <Button
          type="submit"
          size="small"
          isLoading={isPending}
          data-testid="mall-simulator-submit"
        >
          {t("mall.routing.simulator.submit")}
        </Button>
      </div>
    </form>
  )
}
