import { z } from "@medusajs/framework/zod"
import { RoutingRulesSchema } from "../../../../utils/routing-rules"
import {
  additionalData,
  boundedNumber,
  nullableText,
  paginationParams,
  requiredText,
} from "../utils/validators"

const countryCode = z.string().refine((c) => /^[a-zA-Z]{2}$/.test(c), {
  error: (issue) =>
    `country_code: "${String(issue.input)}" is not a 2-letter ISO 3166-1 country code (e.g. "cn")`,
})

export const AdminSimulateRouting = z.strictObject({
  shipping_address: z.strictObject({
    country_code: countryCode,
    province: nullableText("shipping_address.province"),
    city: nullableText("shipping_address.city"),
    postal_code: nullableText("shipping_address.postal_code"),
  }),
  items: z
    .array(
      z.strictObject({
        variant_id: requiredText(
          "items[].variant_id",
          "name a product variant"
        ),
        quantity: boundedNumber("items[].quantity", 1, 100_000, {
          int: true,
          message: "items[].quantity must be at least 1 and at most 100000",
        }),
      })
    )
    .min(1, "items must list at least one variant to route")
    .max(200, "items holds at most 200 lines"),
  /** The channel whose stock locations may ship; all locations when omitted. */
  sales_channel_id: z.string().trim().min(1).nullish(),
  /** For line values (minimum split value); the default region's when omitted. */
  currency_code: z
    .string()
    .refine(
      (c) => /^[a-zA-Z]{3}$/.test(c),
      "currency_code must be a 3-letter ISO 4217 code"
    )
    .transform((c) => c.toLowerCase())
    .optional(),
})

export type AdminSimulateRoutingType = z.infer<typeof AdminSimulateRouting>

export const AdminUpdateRoutingRules = z.strictObject({
  rules: RoutingRulesSchema,
  additional_data: additionalData,
})

export type AdminUpdateRoutingRulesType = z.infer<
  typeof AdminUpdateRoutingRules
>

export const AdminGetRoutingQueueParams = z.strictObject({
  ...paginationParams,
})

export type AdminGetRoutingQueueParamsType = z.infer<
  typeof AdminGetRoutingQueueParams
>

export const AdminGetGeoCentroidsParams = z.strictObject({
  country_code: countryCode.transform((c) => c.toLowerCase()).optional(),
  /** Matches a province, city, postal prefix or label. */
  q: z.string().trim().max(100).optional(),
  ...paginationParams,
})

export type AdminGetGeoCentroidsParamsType = z.infer<
  typeof AdminGetGeoCentroidsParams
>

/** Rows are checked one by one by the route, so one bad row loses no good one. */
export const AdminImportGeoCentroids = z.strictObject({
  centroids: z
    .array(
      z.record(z.string(), z.unknown()),
      "centroids must be a list of rows"
    )
    .min(1, "centroids must hold at least one row")
    .max(50_000, "centroids holds at most 50000 rows per import"),
})

export type AdminImportGeoCentroidsType = z.infer<
  typeof AdminImportGeoCentroids
>
