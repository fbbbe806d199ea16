import { z } from "@medusajs/framework/zod"

export const StoreGetCodEligibilityParams = z.strictObject({
  cart_id: z
    .string({ error: "cart_id is required: pass the id of the cart to check" })
    .trim()
    .min(1, "cart_id is required: pass the id of the cart to check"),
})

export type StoreGetCodEligibilityParamsType = z.infer<
  typeof StoreGetCodEligibilityParams
>
