import { emitEventStep } from "@medusajs/medusa/core-flows"
import {
  createHook,
  createWorkflow,
  transform,
  WorkflowResponse,
  type Hook,
  type ReturnWorkflow,
} from "@medusajs/framework/workflows-sdk"
import type { CodSettings } from "../../../types/cod"
import { MallEvents } from "../../../types/modules"
import {
  retrieveCodSettingsStep,
  type EffectiveCodSettings,
} from "../steps/retrieve-cod-settings"
import { saveCodSettingsStep } from "../steps/save-cod-settings"

export const updateCodSettingsWorkflowId = "mall-update-cod-settings"

export interface UpdateCodSettingsWorkflowInput {
  /** The rules to change; rules left out keep their current value. */
  update: Partial<CodSettings>
  /** The admin user making the change. */
  actor_id?: string | null
  /** Extra data for hook handlers. */
  additional_data?: Record<string, unknown>
}

export type UpdateCodSettingsWorkflowHooks = [
  Hook<
    "validate",
    { input: UpdateCodSettingsWorkflowInput; current: EffectiveCodSettings },
    unknown
  >,
  Hook<
    "codSettingsUpdated",
    {
      cod_settings: CodSettings
      additional_data: Record<string, unknown> | undefined
    },
    unknown
  >,
]

/**
 * Changes the store's COD eligibility rules. Used by
 * `POST /admin/mall/cod-settings`. Rules not given keep their current value,
 * so the first save copies the plugin-option defaults into the settings.
 *
 * @example
 * await updateCodSettingsWorkflow(container).run({
 *   input: { update: { max_order_total: { cny: 3000 } }, actor_id: "user_1" },
 * })
 *
 * @summary
 * Change the COD eligibility rules.
 *
 * @property hooks.validate - Runs before anything is saved; throw a `MedusaError` to refuse the change.
 * @property hooks.codSettingsUpdated - Runs after the rules are saved.
 */
export const updateCodSettingsWorkflow: ReturnWorkflow<
  UpdateCodSettingsWorkflowInput,
  CodSettings,
  UpdateCodSettingsWorkflowHooks
> = createWorkflow(
  updateCodSettingsWorkflowId,
  (input: UpdateCodSettingsWorkflowInput) => {
    const current = retrieveCodSettingsStep()
    const validate = createHook("validate", { input, current })

    const toSave = transform({ input, current }, ({ input, current }) => {
      const { source: _source, ...settings } = current
      return {
        settings: { ...settings, ...input.update },
        updated_by: input.actor_id ?? null,
      }
    })
    const saved = saveCodSettingsStep(toSave)

    const codSettingsUpdated = createHook("codSettingsUpdated", {
      cod_settings: saved,
      additional_data: input.additional_data,
    })
    emitEventStep({
      eventName: MallEvents.COD_SETTINGS_UPDATED,
      data: transform({ input }, ({ input }) => ({
        actor_id: input.actor_id ?? null,
        fields: Object.keys(input.update),
      })),
    })
    return new WorkflowResponse(saved, {
      hooks: [validate, codSettingsUpdated],
    })
  }
)
