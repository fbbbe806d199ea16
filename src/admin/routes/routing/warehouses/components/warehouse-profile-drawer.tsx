import { Input, Label, Select, Switch, Text, toast } from "@medusajs/ui"
import { useEffect, useState } from "react"
import { useTranslation } from "react-i18next"
import { DrawerForm } from "../../../../components/drawer-form"
import { FormField } from "../../../../components/form-field"
import { TagInput } from "../../../../components/tag-input"
import {
  useCreateWarehouseProfile,
  useUpdateWarehouseProfile,
} from "../../../../hooks/api/routing"
import { errorMessage } from "../../../../lib/errors"
import {
  AdminUpdateWarehouseProfile,
  AdminWarehouse,
  WAREHOUSE_KINDS,
  WarehouseKind,
} from "../../../../lib/routing-types"

type AreaList = "countries" | "provinces" | "cities" | "postal_prefixes"
type Flag = "ships_online" | "accepts_returns" | "is_active"

/** What the drawer edits; numbers stay text until they are sent. */
type FormState = {
  kind: WarehouseKind
  countries: string[]
  provinces: string[]
  cities: string[]
  postal_prefixes: string[]
  latitude: string
  longitude: string
  priority: string
  daily_capacity: string
  ships_online: boolean
  accepts_returns: boolean
  is_active: boolean
}

type FormErrors = Partial<Record<keyof FormState, string>>

const text = (value: number | null | undefined) =>
  value === null || value === undefined ? "" : String(value)

const toFormState = (warehouse: AdminWarehouse): FormState => {
  const profile = warehouse.profile
  const country = warehouse.stock_location.address?.country_code
  return {
    kind: profile?.kind ?? "regional_branch",
    countries: profile
      ? [...profile.service_area.countries]
      : country
        ? [country.toLowerCase()]
        : [],
    provinces: [...(profile?.service_area.provinces ?? [])],
    cities: [...(profile?.service_area.cities ?? [])],
    postal_prefixes: [...(profile?.service_area.postal_prefixes ?? [])],
    latitude: text(profile?.latitude),
    longitude: text(profile?.longitude),
    priority: text(profile?.priority ?? 100),
    daily_capacity: text(profile?.daily_capacity),
    ships_online: profile?.ships_online ?? false,
    accepts_returns: profile?.accepts_returns ?? true,
    is_active: profile?.is_active ?? true,
  }
}

const AREA_LISTS: {
  key: AreaList
  normalize: (value: string) => string
}[] = [
  { key: "countries", normalize: (v) => v.trim().toLowerCase() },
  { key: "provinces", normalize: (v) => v.trim().toLowerCase() },
  { key: "cities", normalize: (v) => v.trim().toLowerCase() },
  {
    key: "postal_prefixes",
    normalize: (v) => v.replace(/\s/g, "").toUpperCase(),
  },
]

const FLAGS: Flag[] = ["ships_online", "accepts_returns", "is_active"]

const parseNumber = (value: string) => {
  const normalized = value.trim().replace(",", ".")
  if (!normalized) {
    return null
  }
  const number = Number(normalized)
  return Number.isFinite(number) ? number : Number.NaN
}

/**
 * Creates or edits the routing profile of a stock location: what kind of
 * warehouse it is, where it delivers, where it is, how many orders it takes
 * a day, and whether it ships online orders at all.
 */
export const WarehouseProfileDrawer = ({
  warehouse,
  onOpenChange,
}: {
  /** The location being edited; the drawer is closed without one. */
  warehouse: AdminWarehouse | null
  onOpenChange: (open: boolean) => void
}) => {
  const { t } = useTranslation()
  // The last location opened, kept while the drawer closes.
  const [current, setCurrent] = useState<AdminWarehouse | null>(null)
  const [state, setState] = useState<FormState | null>(null)
  const [errors, setErrors] = useState<FormErrors>({})
  const create = useCreateWarehouseProfile()
  const update = useUpdateWarehouseProfile(current?.profile?.id ?? "")
  const isPending = create.isPending || update.isPending

  useEffect(() => {
    if (warehouse) {
      setCurrent(warehouse)
      setState(toFormState(warehouse))
      setErrors({})
    }
  }, [warehouse])

  const set = <K extends keyof FormState>(key: K, value: FormState[K]) =>
    setState((current) => (current ? { ...current, [key]: value } : current))

  const validate = (form: FormState) => {
    const next: FormErrors = {}
    const bad = form.countries.filter((c) => !/^[a-z]{2}$/.test(c))
    if (bad.length) {
      next.countries = t("mall.routing.profile.errors.countries", {
        values: bad.join(", "),
      })
    }
    const latitude = parseNumber(form.latitude)
    const longitude = parseNumber(form.longitude)
    if (latitude !== null && !(latitude >= -90 && latitude <= 90)) {
      next.latitude = t("mall.routing.profile.errors.latitude")
    }
    if (longitude !== null && !(longitude >= -180 && longitude <= 180)) {
      next.longitude = t("mall.routing.profile.errors.longitude")
    }
    if ((latitude === null) !== (longitude === null)) {
      next[latitude === null ? "latitude" : "longitude"] = t(
        "mall.routing.profile.errors.bothCoordinates"
      )
    }
    const priority = parseNumber(form.priority)
    if (priority === null || !Number.isInteger(priority) || priority < 0) {
      next.priority = t("mall.routing.profile.errors.priority")
    }
    const capacity = parseNumber(form.daily_capacity)
    if (capacity !== null && (!Number.isInteger(capacity) || capacity < 1)) {
      next.daily_capacity = t("mall.routing.profile.errors.capacity")
    }
    setErrors(next)
    if (Object.keys(next).length) {
      return null
    }
    const body: Required<AdminUpdateWarehouseProfile> = {
      kind: form.kind,
      service_area: {
        countries: form.countries,
        provinces: form.provinces,
        cities: form.cities,
        postal_prefixes: form.postal_prefixes,
      },
      latitude,
      longitude,
      priority: priority as number,
      daily_capacity: capacity,
      ships_online: form.ships_online,
      accepts_returns: form.accepts_returns,
      is_active: form.is_active,
    }
    return body
  }

  const handleSubmit = async () => {
    if (!current || !state) {
      return
    }
    const body = validate(state)
    if (!body) {
      return
    }
    try {
      if (current.profile) {
        await update.mutateAsync(body)
      } else {
        await create.mutateAsync({
          ...body,
          stock_location_id: current.stock_location.id,
        })
      }
      toast.success(
        t("mall.routing.profile.toast.saved", {
          name: current.stock_location.name,
        })
      )
      onOpenChange(false)
    } catch (e) {
      toast.error(t("mall.routing.profile.toast.failed"), {
        description: errorMessage(e),
      })
    }
  }

  const numberField = (
    key: "latitude" | "longitude" | "priority" | "daily_capacity",
    options: { hint?: string; optional?: boolean; step?: string } = {}
  ) => (
    <FormField
      id={`mall-warehouse-${key}`}
      label={t(`mall.routing.profile.fields.${key}`)}
      hint={options.hint}
      error={errors[key]}
      optional={options.optional ? t("mall.common.optional") : undefined}
    >
      <Input
        id={`mall-warehouse-${key}`}
        size="small"
        type="number"
        step={options.step ?? "1"}
        inputMode="decimal"
        value={state?.[key] ?? ""}
        aria-invalid={!!errors[key] || undefined}
        onChange={(event) => set(key, event.target.value)}
        data-testid={`mall-warehouse-${key}`}
      />
    </FormField>
  )

  return (
    <DrawerForm
      open={!!warehouse}
      onOpenChange={onOpenChange}
      title={
        current?.profile
          ? t("mall.routing.profile.editTitle", {
              name: current.stock_location.name,
            })
          : t("mall.routing.profile.createTitle", {
              name: current?.stock_location.name ?? "",
            })
      }
      description={t("mall.routing.profile.description")}
      submitLabel={t("mall.common.save")}
      isSubmitting={isPending}
      onSubmit={handleSubmit}
      testId="mall-warehouse-drawer"
    >
      {state && (
        <>
          <FormField
            id="mall-warehouse-kind"
            label={t("mall.routing.fields.kind")}
          >
            <Select
              size="small"
              value={state.kind}
              onValueChange={(value) => set("kind", value as WarehouseKind)}
            >
              <Select.Trigger
                id="mall-warehouse-kind"
                data-testid="mall-warehouse-kind"
              >
                <Select.Value />
              </Select.Trigger>
              <Select.Content>
                {WAREHOUSE_KINDS.map((kind) => (
                  <Select.Item key={kind} value={kind}>
                    {t(`mall.routing.kinds.${kind}`)}
                  </Select.Item>
                ))}
              </Select.Content>
            </Select>
          </FormField>

          <section className="flex flex-col gap-y-4">
            <div className="flex flex-col gap-y-1">
              <Text size="small" weight="plus">
                {t("mall.routing.fields.serviceArea")}
              </Text>
              <Text size="small" className="text-ui-fg-subtle">
                {t("mall.routing.profile.areaHint")}
              </Text>
            </div>
            {AREA_LISTS.map(({ key, normalize }) => (
              <FormField
                key={key}
                id={`mall-warehouse-${key}`}
                label={t(`mall.routing.area.lists.${key}`)}
                hint={t(`mall.routing.profile.hints.${key}`)}
                error={errors[key]}
              >
                <TagInput
                  id={`mall-warehouse-${key}`}
                  values={state[key]}
                  normalize={normalize}
                  invalid={!!errors[key]}
                  onChange={(values) => set(key, values)}
                  data-testid={`mall-warehouse-${key}`}
                />
              </FormField>
            ))}
          </section>

          <div className="grid grid-cols-2 gap-4">
            {numberField("latitude", { optional: true, step: "any" })}
            {numberField("longitude", { optional: true, step: "any" })}
          </div>
          <Text size="small" className="text-ui-fg-muted -mt-4">
            {t("mall.routing.profile.hints.coordinates")}
          </Text>

          <div className="grid grid-cols-2 gap-4">
            {numberField("priority", {
              hint: t("mall.routing.profile.hints.priority"),
            })}
            {numberField("daily_capacity", {
              hint: t("mall.routing.profile.hints.daily_capacity"),
              optional: true,
            })}
          </div>

          <div className="flex flex-col gap-y-4">
            {FLAGS.map((flag) => (
              <div
                key={flag}
                className="flex items-start justify-between gap-x-4"
              >
                <div className="flex flex-col gap-y-1">
                  <Label
                    htmlFor={`mall-warehouse-${flag}`}
                    size="small"
                    weight="plus"
                  >
                    {t(`mall.routing.profile.fields.${flag}`)}
                  </Label>
                  <Text size="small" className="text-ui-fg-subtle">
                    {t(`mall.routing.profile.hints.${flag}`)}
                  </Text>
                </div>
                <Switch
                  id={`mall-warehouse-${flag}`}
                  checked={state[flag]}
                  onCheckedChange={(checked) => set(flag, checked)}
                  data-testid={`mall-warehouse-${flag}`}
                />
              </div>
            ))}
          </div>
        </>
      )}
    </DrawerForm>
  )
}
