import { Button, Heading, Input, Text, toast } from "@medusajs/ui"
import { ReactNode, useState } from "react"
import { useTranslation } from "react-i18next"
import { BearerSelect } from "../../../../components/bearer-select"
import { FormField } from "../../../../components/form-field"
import { useUpdatePipelineSettings } from "../../../../hooks/api/pipeline"
import { errorMessage } from "../../../../lib/errors"
import {
  AdminPipelineSettings,
  CostBearer,
  GATE_KINDS,
  GateKind,
} from "../../../../lib/pipeline-types"
import { RequiredGates, RequiredGatesMatrix } from "./required-gates-matrix"

const Section = ({
  title,
  hint,
  children,
}: {
  title: string
  hint: string
  children: ReactNode
}) => (
  <section className="flex flex-col gap-y-4 px-6 py-4">
    <div className="flex flex-col gap-y-1">
      <Heading level="h3">{title}</Heading>
      <Text size="small" className="text-ui-fg-subtle">
        {hint}
      </Text>
    </div>
    {children}
  </section>
)

type SlaText = Record<GateKind, string>

const toSlaText = (settings: AdminPipelineSettings): SlaText =>
  Object.fromEntries(
    GATE_KINDS.map((kind) => [kind, String(settings.sla_hours[kind] ?? "")])
  ) as SlaText

/** Edits the pipeline rules; remounted (by key) after each save. */
export const PipelineSettingsForm = ({
  settings,
}: {
  settings: AdminPipelineSettings
}) => {
  const { t } = useTranslation()
  const [required, setRequired] = useState<RequiredGates>(
    settings.required_gates
  )
  const [sla, setSla] = useState<SlaText>(toSlaText(settings))
  const [bearer, setBearer] = useState<CostBearer>(
    settings.refused_delivery_bearer
  )
  const [errors, setErrors] = useState<Partial<Record<GateKind, string>>>({})
  const { mutateAsync, isPending } = useUpdatePipelineSettings()

  const initial = JSON.stringify([
    settings.required_gates,
    toSlaText(settings),
    settings.refused_delivery_bearer,
  ])
  const isDirty = JSON.stringify([required, sla, bearer]) !== initial

  const handleSave = async () => {
    const nextErrors: Partial<Record<GateKind, string>> = {}
    const hours = {} as Record<GateKind, number>
    for (const kind of GATE_KINDS) {
      const value = Number(sla[kind])
      if (!sla[kind].trim() || !Number.isFinite(value) || value <= 0) {
        nextErrors[kind] = t("mall.pipelineSettings.errors.sla")
      } else {
        hours[kind] = value
      }
    }
    setErrors(nextErrors)
    if (Object.keys(nextErrors).length) {
      return
    }
    try {
      await mutateAsync({
        required_gates: required,
        sla_hours: hours,
        refused_delivery_bearer: bearer,
      })
      toast.success(t("mall.pipelineSettings.toast.saved"))
    } catch (e) {
      toast.error(t("mall.pipelineSettings.toast.failed"), {
        description: errorMessage(e),
      })
    }
  }

  return (
    <div className="divide-y" data-testid="mall-pipeline-settings-form">
      <Section
        title={t("mall.pipelineSettings.required.title")}
        hint={t("mall.pipelineSettings.required.hint")}
      >
        <RequiredGatesMatrix value={required} onChange={setRequired} />
      </Section>
      <Section
        title={t("mall.pipelineSettings.sla.title")}
        hint={t("mall.pipelineSettings.sla.hint")}
      >
        <div className="grid grid-cols-1 gap-4 md:grid-cols-3">
          {GATE_KINDS.map((kind) => (
            <FormField
              key={kind}
              id={`mall-pipeline-sla-${kind}`}
              label={t(`mall.pipeline.kinds.${kind}`)}
              error={errors[kind]}
            >
              <div className="flex items-center gap-x-2">
                <Input
                  id={`mall-pipeline-sla-${kind}`}
                  size="small"
                  type="number"
                  min={0}
                  step="any"
                  value={sla[kind]}
                  aria-invalid={!!errors[kind] || undefined}
                  onChange={(event) =>
                    setSla({ ...sla, [kind]: event.target.value })
                  }
                  data-testid={`mall-pipeline-sla-${kind}`}
                />
                <Text size="small" className="text-ui-fg-subtle">
                  {t("mall.pipelineSettings.sla.hours")}
                </Text>
              </div>
            </FormField>
          ))}
        </div>
      </Section>
      <Section
        title={t("mall.pipelineSettings.bearer.title")}
        hint={t("mall.pipelineSettings.bearer.hint")}
      >
        <div className="max-w-xs">
          <BearerSelect
            id="mall-pipeline-bearer"
            value={bearer}
            onChange={setBearer}
            testId="mall-pipeline-bearer"
          />
        </div>
      </Section>
      <div className="flex items-center justify-end gap-x-2 px-6 py-4">
        <Button
          size="small"
          variant="secondary"
          disabled={!isDirty || isPending}
          onClick={() => {
            setRequired(settings.required_gates)
            setSla(toSlaText(settings))
            setBearer(settings.refused_delivery_bearer)
            setErrors({})
          }}
        >
          {t("mall.common.discard")}
        </Button>
        <Button
          size="small"
          isLoading={isPending}
          disabled={!isDirty}
          onClick={handleSave}
          data-testid="mall-pipeline-settings-save"
        >
          {t("mall.common.save")}
        </Button>
      </div>
    </div>
  )
}
