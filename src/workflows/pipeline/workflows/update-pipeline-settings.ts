import { emitEventStep } from "@medusajs/medusa/core-flows"
import {
  createHook,
  createWorkflow,
  transform,
  WorkflowResponse,
  type Hook,
  type ReturnWorkflow,
} from "@medusajs/framework/workflows-sdk"
import { MallEvents } from "../../../types/modules"
import type {
  GateKind,
  PaymentMethodKind,
  PipelineSettings,
} from "../../../types/pipeline"
import { recordAuditEntriesStep } from "../steps/record-audit-entries"
import {
  retrievePipelineSettingsStep,
  type EffectivePipelineSettings,
} from "../steps/retrieve-pipeline-settings"
import { savePipelineSettingsStep } from "../steps/save-pipeline-settings"

export const updatePipelineSettingsWorkflowId = "mall-update-pipeline-settings"

/** A partial update: what is left out keeps its current value. */
export interface PipelineSettingsUpdate {
  required_gates?: Partial<Record<PaymentMethodKind, GateKind[]>>
  sla_hours?: Partial<Record<GateKind, number>>
  refused_delivery_bearer?: PipelineSettings["refused_delivery_bearer"]
}

export interface UpdatePipelineSettingsWorkflowInput {
  update: PipelineSettingsUpdate
  /** The admin user making the change. */
  actor_id?: string | null
  /** Extra data for hook handlers. */
  additional_data?: Record<string, unknown>
}

export type UpdatePipelineSettingsWorkflowHooks = [
  Hook<
    "validate",
    {
      input: UpdatePipelineSettingsWorkflowInput
      current: EffectivePipelineSettings
    },
    unknown
  >,
  Hook<
    "pipelineSettingsUpdated",
    {
      pipeline_settings: PipelineSettings
      additional_data: Record<string, unknown> | undefined
    },
    unknown
  >,
]

/** The settings after a partial update. */
export function mergePipelineSettings(
  current: PipelineSettings,
  update: PipelineSettingsUpdate
): PipelineSettings {
  return {
    required_gates: { ...current.required_gates, ...update.required_gates },
    sla_hours: { ...current.sla_hours, ...update.sla_hours },
    refused_delivery_bearer:
      update.refused_delivery_bearer ?? current.refused_delivery_bearer,
  }
}

/**
 * Changes which gates each payment method requires, the departments' SLAs
 * and who bears a refused parcel by default. Used by
 * `POST /admin/mall/pipeline-settings`. Orders already placed keep the gates
 * they were opened with.
 *
 * @example
 * await updatePipelineSettingsWorkflow(container).run({
 *   input: { update: { required_gates: { cod: ["payment"] } }, actor_id: "user_1" },
 * })
 *
 * @summary
 * Change the order pipeline rules.
 *
 * @property hooks.validate - Runs before anything is saved; throw a `MedusaError` to refuse.
 * @property hooks.pipelineSettingsUpdated - Runs after the rules are saved.
 */
export const updatePipelineSettingsWorkflow: ReturnWorkflow<
  UpdatePipelineSettingsWorkflowInput,
  PipelineSettings,
  UpdatePipelineSettingsWorkflowHooks
> = createWorkflow(
  updatePipelineSettingsWorkflowId,
  (input: UpdatePipelineSettingsWorkflowInput) => {
    const current = retrievePipelineSettingsStep()
    const validate = createHook("validate", { input, current })

    const toSave = transform({ input, current }, ({ input, current }) => ({
      settings: mergePipelineSettings(current, input.update),
      updated_by: input.actor_id ?? null,
    }))
    const saved = savePipelineSettingsStep(toSave)

    recordAuditEntriesStep(
      transform({ input, current, saved }, ({ input, current, saved }) => {
        const { source: _source, ...before } = current
        return [
          {
            entity_type: "setting",
            entity_id: "pipeline",
            action: "pipeline_settings.updated",
            actor_id: input.actor_id ?? null,
            data: { before, after: saved },
          },
        ]
      })
    )

    const pipelineSettingsUpdated = createHook("pipelineSettingsUpdated", {
      pipeline_settings: saved,
      additional_data: input.additional_data,
    })
    emitEventStep({
      eventName: MallEvents.PIPELINE_SETTINGS_UPDATED,
      data: transform({ input }, ({ input }) => ({
        actor_id: input.actor_id ?? null,
        fields: Object.keys(input.update),
      })),
    })
    return new WorkflowResponse(saved, {
      hooks: [validate, pipelineSettingsUpdated],
    })
  }
)
