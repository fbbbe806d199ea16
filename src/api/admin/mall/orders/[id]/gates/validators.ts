import { z } from "@medusajs/framework/zod"
import { additionalData, oneOf, requiredText } from "../../../utils/validators"

export const AdminDecideGate = z
  .strictObject({
    status: oneOf(
      ["passed", "failed"] as const,
      (value) =>
        `status must be "passed" or "failed", not "${value}"; to waive a gate, use its /waive route`
    ),
    reason: z
      .string()
      .trim()
      .max(2000, "reason is longer than 2000 characters")
      .optional(),
    additional_data: additionalData,
  })
  .refine((body) => body.status !== "failed" || !!body.reason, {
    message: "reason is required to fail a gate: say what is wrong",
    path: ["reason"],
  })

export type AdminDecideGateType = z.infer<typeof AdminDecideGate>

export const AdminWaiveGate = z.strictObject({
  reason: requiredText("reason", "say why the gate is waived"),
  additional_data: additionalData,
})

export type AdminWaiveGateType = z.infer<typeof AdminWaiveGate>
