import {
  Alert,
  Button,
  Heading,
  Hint,
  Input,
  Label,
  Switch,
  Text,
  toast,
} from "@medusajs/ui"
import { FormEvent, ReactNode, useMemo, useState } from "react"
import { useTranslation } from "react-i18next"
import { CurrencyAmountRows } from "../../../../components/currency-amount-rows"
import { TagInput } from "../../../../components/tag-input"
import { useUpdateCodSettings } from "../../../../hooks/api/cod"
import { AdminCodSettings } from "../../../../lib/types"
import {
  CodSettingsFormErrors,
  CodSettingsFormState,
  comparableState,
  toFormState,
  toRequestBody,
} from "./form-state"

const Section = ({
  title,
  hint,
  children,
  testId,
}: {
  title: string
  hint?: string
  children: ReactNode
  testId?: string
}) => (
  <section className="flex flex-col gap-y-4 px-6 py-4" data-testid={testId}>
    <div className="flex flex-col gap-y-1">
      <Heading level="h3">{title}</Heading>
      {hint && (
        <Text size="small" className="text-ui-fg-subtle">
          {hint}
        </Text>
      )}
    </div>
    {children}
  </section>
)

const Field = ({
  id,
  label,
  hint,
  error,
  children,
}: {
  id: string
  label: string
  hint?: string
  error?: string
  children: ReactNode
}) => (
  <div className="flex flex-col gap-y-2">
    <Label htmlFor={id} size="small" weight="plus">
      {label}
    </Label>
    {children}
    {hint && (
      <Hint id={`${id}-hint`} className="text-ui-fg-muted">
        {hint}
      </Hint>
    )}
    {error && (
      <Hint id={`${id}-error`} variant="error">
        {error}
      </Hint>
    )}
  </div>
)

const lower = (value: string) => value.toLowerCase()

type CodSettingsFormProps = {
  settings: AdminCodSettings
}

/**
 * Edits every COD rule. Mounted with a key derived from the saved settings, so
 * a successful save (which refreshes them) starts the form afresh.
 */
export const CodSettingsForm = ({ settings }: CodSettingsFormProps) => {
  const { t } = useTranslation()
  const initial = useMemo(() => toFormState(settings), [settings])
  const [state, setState] = useState<CodSettingsFormState>(initial)
  const [errors, setErrors] = useState<CodSettingsFormErrors>({})
  const [serverError, setServerError] = useState<string | null>(null)

  const { mutateAsync, isPending } = useUpdateCodSettings()

  const isDirty = comparableState(state) !== comparableState(initial)

  const set = <K extends keyof CodSettingsFormState>(
    key: K,
    value: CodSettingsFormState[K]
  ) => setState((current) => ({ ...current, [key]: value }))

  const handleSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault()
    setServerError(null)

    const { body, errors: nextErrors } = toRequestBody(state, t)
    setErrors(nextErrors)

    if (!body) {
      toast.error(t("mall.cod.settings.toast.saveFailed"), {
        description: t("mall.cod.settings.errors.fixFields"),
      })
      return
    }

    try {
      await mutateAsync(body)
      toast.success(t("mall.cod.settings.toast.saved"))
    } catch (e) {
      const message = e instanceof Error ? e.message : String(e)
      setServerError(message)
      toast.error(t("mall.cod.settings.toast.saveFailed"), {
        description: message,
      })
    }
  }

  const handleDiscard = () => {
    setState(initial)
    setErrors({})
    setServerError(null)
  }

  return (
    <form
      onSubmit={handleSubmit}
      noValidate
      className="divide-y"
      data-testid="mall-cod-settings-form"
    >
      <section className="flex items-start justify-between gap-x-4 px-6 py-4">
        <div className="flex flex-col gap-y-1">
          <Label htmlFor="mall-cod-enabled" size="small" weight="plus">
            {t("mall.cod.settings.enabled.label")}
          </Label>
          <Text size="small" className="text-ui-fg-subtle">
            {t("mall.cod.settings.enabled.hint")}
          </Text>
        </div>
        <Switch
          id="mall-cod-enabled"
          checked={state.enabled}
          onCheckedChange={(checked) => set("enabled", checked)}
          data-testid="mall-cod-enabled"
        />
      </section>

      <Section
        title={t("mall.cod.settings.maxOrderTotal.title")}
        hint={t("mall.cod.settings.maxOrderTotal.hint")}
        testId="mall-cod-section-max-order-total"
      >
        <CurrencyAmountRows
          name="max-order-total"
          rows={state.max_order_total}
          errors={errors.max_order_total}
          onChange={(rows) => set("max_order_total", rows)}
        />
      </Section>

      <Section
        title={t("mall.cod.settings.fee.title")}
        hint={t("mall.cod.settings.fee.hint")}
        testId="mall-cod-section-fee"
      >
        <CurrencyAmountRows
          name="fee"
          rows={state.fee}
          errors={errors.fee}
          onChange={(rows) => set("fee", rows)}
        />
      </Section>

      <Section
        title={t("mall.cod.settings.regions.title")}
        hint={t("mall.cod.settings.regions.hint")}
        testId="mall-cod-section-regions"
      >
        <Field
          id="mall-cod-countries"
          label={t("mall.cod.settings.countries.label")}
          hint={t("mall.cod.settings.countries.hint")}
          error={errors.allowed_countries}
        >
          <TagInput
            id="mall-cod-countries"
            values={state.allowed_countries}
            normalize={lower}
            invalid={!!errors.allowed_countries}
            aria-describedby="mall-cod-countries-hint"
            onChange={(values) => set("allowed_countries", values)}
            data-testid="mall-cod-countries"
          />
        </Field>
        <Field
          id="mall-cod-provinces"
          label={t("mall.cod.settings.provinces.label")}
          hint={t("mall.cod.settings.provinces.hint")}
        >
          <TagInput
            id="mall-cod-provinces"
            values={state.allowed_provinces}
            aria-describedby="mall-cod-provinces-hint"
            onChange={(values) => set("allowed_provinces", values)}
            data-testid="mall-cod-provinces"
          />
        </Field>
        <Field
          id="mall-cod-postal-prefixes"
          label={t("mall.cod.settings.postalPrefixes.label")}
          hint={t("mall.cod.settings.postalPrefixes.hint")}
        >
          <TagInput
            id="mall-cod-postal-prefixes"
            values={state.allowed_postal_prefixes}
            aria-describedby="mall-cod-postal-prefixes-hint"
            onChange={(values) => set("allowed_postal_prefixes", values)}
            data-testid="mall-cod-postal-prefixes"
          />
        </Field>
      </Section>

      <Section
        title={t("mall.cod.settings.exclusions.title")}
        hint={t("mall.cod.settings.exclusions.hint")}
        testId="mall-cod-section-exclusions"
      >
        <Field
          id="mall-cod-excluded-tags"
          label={t("mall.cod.settings.excludedTags.label")}
          hint={t("mall.cod.settings.excludedTags.hint")}
        >
          <TagInput
            id="mall-cod-excluded-tags"
            values={state.excluded_product_tags}
            aria-describedby="mall-cod-excluded-tags-hint"
            onChange={(values) => set("excluded_product_tags", values)}
            data-testid="mall-cod-excluded-tags"
          />
        </Field>
        <Field
          id="mall-cod-excluded-ids"
          label={t("mall.cod.settings.excludedIds.label")}
          hint={t("mall.cod.settings.excludedIds.hint")}
        >
          <TagInput
            id="mall-cod-excluded-ids"
            values={state.excluded_product_ids}
            aria-describedby="mall-cod-excluded-ids-hint"
            onChange={(values) => set("excluded_product_ids", values)}
            data-testid="mall-cod-excluded-ids"
          />
        </Field>
      </Section>

      <Section
        title={t("mall.cod.settings.refusals.title")}
        testId="mall-cod-section-refusals"
      >
        <Field
          id="mall-cod-max-refused"
          label={t("mall.cod.settings.refusals.label")}
          hint={t("mall.cod.settings.refusals.hint")}
          error={errors.max_refused_deliveries}
        >
          <Input
            id="mall-cod-max-refused"
            className="max-w-[12rem]"
            size="small"
            type="number"
            min={1}
            step={1}
            inputMode="numeric"
            placeholder={t("mall.cod.settings.refusals.placeholder")}
            value={state.max_refused_deliveries}
            aria-invalid={!!errors.max_refused_deliveries || undefined}
            aria-describedby="mall-cod-max-refused-hint"
            onChange={(event) =>
              set("max_refused_deliveries", event.target.value)
            }
            data-testid="mall-cod-max-refused"
          />
        </Field>
      </Section>

      {serverError && (
        <div className="px-6 py-4">
          <Alert variant="error" data-testid="mall-cod-settings-error">
            <Text size="small" weight="plus">
              {t("mall.cod.settings.errors.title")}
            </Text>
            <Text size="small">{serverError}</Text>
          </Alert>
        </div>
      )}

      <div className="flex items-center justify-end gap-x-2 px-6 py-4">
        <Button
          type="button"
          size="small"
          variant="secondary"
          disabled={!isDirty || isPending}
          onClick={handleDiscard}
          data-testid="mall-cod-settings-discard"
        >
          {t("mall.cod.settings.actions.discard")}
        </Button>
        <Button
          type="submit"
          size="small"
          isLoading={isPending}
          disabled={!isDirty}
          data-testid="mall-cod-settings-save"
        >
          {t("mall.cod.settings.actions.save")}
        </Button>
      </div>
    </form>
  )
}
