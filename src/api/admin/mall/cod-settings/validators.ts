import { z } from "@medusajs/framework/zod"
import { CodSettingsSchema } from "../../../../utils/plugin-options"

export const AdminUpdateCodSettings = CodSettingsSchema.partial().extend({
  additional_data: z.record(z.string(), z.unknown()).optional(),
})

export type AdminUpdateCodSettingsType = z.infer<typeof AdminUpdateCodSettings>
