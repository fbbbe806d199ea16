import { z } from "@medusajs/framework/zod"
import { COST_BEARERS, GATE_KINDS } from "../../../../types/pipeline"
import { PipelineSettingsSchema } from "../../../../utils/plugin-options"
import { additionalData, oneOf } from "../utils/validators"

const gateList = z
  .array(
    oneOf(
      GATE_KINDS,
      (value) => `"${value}" is not a gate; gates are ${GATE_KINDS.join(", ")}`
    )
  )
  .transform((kinds) => [...new Set(kinds)])

/**
 * A partial update of the pipeline rules; what is left out keeps its value.
 * The merged rules are checked again against `PipelineSettingsSchema`
 * before they are saved.
 */
export const AdminUpdatePipelineSettings = z
  .strictObject({
    required_gates: z
      .strictObject({
        prepaid: gateList.optional(),
        cod: gateList.optional(),
      })
      .optional(),
    sla_hours: PipelineSettingsSchema.shape.sla_hours.partial().optional(),
    refused_delivery_bearer: oneOf(
      COST_BEARERS,
      (value) =>
        `"${value}" is not a cost bearer; bearers are ${COST_BEARERS.join(", ")}`
    ).optional(),
    additional_data: additionalData,
  })
  .refine(
    (body) =>
      body.required_gates !== undefined ||
      body.sla_hours !== undefined ||
      body.refused_delivery_bearer !== undefined,
    "Nothing to update: send required_gates, sla_hours or refused_delivery_bearer"
  )

export type AdminUpdatePipelineSettingsType = z.infer<
  typeof AdminUpdatePipelineSettings
>
