import { PlusMini } from "@medusajs/icons"
import { Button, Input, Select, Text } from "@medusajs/ui"
import { useEffect, useState } from "react"
import { useTranslation } from "react-i18next"
import { useVariantSearch, VariantOption } from "../../../../hooks/api/routing"

/** "Shirt · M (SHIRT-M)" */
export const variantLabel = (variant: VariantOption) =>
  [
    variant.product_title,
    variant.title && variant.title !== variant.product_title
      ? ` · ${variant.title}`
      : "",
    variant.sku ? ` (${variant.sku})` : "",
  ].join("")

/** Finds a variant by product name or SKU and adds it with a quantity. */
export const VariantPicker = ({
  onAdd,
}: {
  onAdd: (variant: VariantOption, quantity: number) => void
}) => {
  const { t } = useTranslation()
  const [search, setSearch] = useState("")
  const [q, setQ] = useState("")
  const [selected, setSelected] = useState<string>("")
  const [quantity, setQuantity] = useState("1")
  const { variants, isFetching } = useVariantSearch(q)

  useEffect(() => {
    const timer = setTimeout(() => setQ(search.trim()), 300)
    return () => clearTimeout(timer)
  }, [search])

  const variant = variants.find((v) => v.id === selected)
  const amount = Number(quantity)
  const valid = !!variant && Number.isInteger(amount) && amount > 0

  return (
    <div className="flex flex-col gap-y-2" data-testid="mall-simulator-picker">
      <Input
        type="search"
        size="small"
        value={search}
        placeholder={t("mall.routing.simulator.searchPlaceholder")}
        aria-label={t("mall.routing.simulator.search")}
        onChange={(event) => setSearch(event.target.value)}
        data-testid="mall-simulator-search"
      />
      <div className="grid grid-cols-[minmax(0,1fr)_5rem_auto] items-center gap-x-2">
        <Select size="small" value={selected} onValueChange={setSelected}>
          <Select.Trigger
            aria-label={t("mall.routing.simulator.variant")}
            data-testid="mall-simulator-variant"
          >
            <Select.Value
              placeholder={
                isFetching
                  ? t("mall.routing.simulator.searching")
                  : variants.length
                    ? t("mall.routing.simulator.pickVariant", {
                        count: variants.length,
                      })
                    : t("mall.routing.simulator.noVariants")
              }
            />
          </Select.Trigger>
          <Select.Content>
            {variants.map((option) => (
              <Select.Item key={option.id} value={option.id}>
                {variantLabel(option)}
              </Select.Item>
            ))}
          </Select.Content>
        </Select>
        <Input
          size="small"
          type="number"
          min={1}
          step={1}
          value={quantity}
          aria-label={t("mall.routing.fields.quantity")}
          onChange={(event) => setQuantity(event.target.value)}
          data-testid="mall-simulator-quantity"
        />
        <Button
          type="button"
          size="small"
          variant="secondary"
          disabled={!valid}
          onClick={() => {
            if (variant && valid) {
              onAdd(variant, amount)
              setSelected("")
              setQuantity("1")
            }
          }}
          data-testid="mall-simulator-add"
        >
          <PlusMini />
          {t("mall.routing.simulator.add")}
        </Button>
      </div>
      {!isFetching && q && !variants.length && (
        <Text size="xsmall" className="text-ui-fg-muted">
          {t("mall.routing.simulator.noMatch", { q })}
        </Text>
      )}
    </div>
  )
}
