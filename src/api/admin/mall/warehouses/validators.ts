import { z } from "@medusajs/framework/zod"
import { WAREHOUSE_KINDS } from "../../../../types/routing"
import {
  additionalData,
  boundedNumber,
  oneOf,
  requiredText,
} from "../utils/validators"

const areaList = (field: string) =>
  z
    .array(
      z
        .string()
        .trim()
        .refine((s) => s.length > 0, `${field} must not hold empty entries`)
        .refine(
          (s) => s.length <= 100,
          `${field} entries are at most 100 characters`
        )
    )
    .max(1000, `${field} holds at most 1000 entries`)

const country = z.string().refine((c) => /^[a-zA-Z]{2}$/.test(c), {
  error: (issue) =>
    `service_area.countries: "${String(issue.input)}" is not a 2-letter ISO 3166-1 country code (e.g. "cn")`,
})

const serviceArea = z.strictObject({
  countries: z.array(country).max(300).default([]),
  provinces: areaList("service_area.provinces").default([]),
  cities: areaList("service_area.cities").default([]),
  postal_prefixes: areaList("service_area.postal_prefixes").default([]),
})

const fields = {
  kind: oneOf(
    WAREHOUSE_KINDS,
    (v) => `kind must be one of ${WAREHOUSE_KINDS.join(", ")}, not "${v}"`
  ),
  latitude: boundedNumber("latitude", -90, 90).nullable(),
  longitude: boundedNumber("longitude", -180, 180).nullable(),
  priority: boundedNumber("priority", 0, 1_000_000, { int: true }),
  daily_capacity: boundedNumber("daily_capacity", 1, 1_000_000, {
    int: true,
    message:
      "daily_capacity must be from 1 to 1000000 orders, or null for no limit",
  }).nullable(),
  ships_online: z.boolean("ships_online must be true or false"),
  accepts_returns: z.boolean("accepts_returns must be true or false"),
  is_active: z.boolean("is_active must be true or false"),
}

const coordinatesTogether = (body: {
  latitude?: number | null
  longitude?: number | null
}) =>
  body.latitude === undefined ||
  body.longitude === undefined ||
  (body.latitude === null) === (body.longitude === null)

const COORDINATES_MESSAGE =
  "latitude and longitude go together: give both, or set both to null"

export const AdminCreateWarehouse = z
  .strictObject({
    stock_location_id: requiredText(
      "stock_location_id",
      "name the stock location this profile is for"
    ),
    kind: fields.kind.default("regional_branch"),
    service_area: serviceArea.default({
      countries: [],
      provinces: [],
      cities: [],
      postal_prefixes: [],
    }),
    latitude: fields.latitude.default(null),
    longitude: fields.longitude.default(null),
    priority: fields.priority.default(100),
    daily_capacity: fields.daily_capacity.default(null),
    // A branch has no duty to ship online orders: it opts in.
    ships_online: fields.ships_online.default(false),
    accepts_returns: fields.accepts_returns.default(true),
    is_active: fields.is_active.default(true),
    additional_data: additionalData,
  })
  .refine(coordinatesTogether, { message: COORDINATES_MESSAGE })

export type AdminCreateWarehouseType = z.infer<typeof AdminCreateWarehouse>

export const AdminUpdateWarehouse = z
  .strictObject({
    kind: fields.kind.optional(),
    service_area: serviceArea.partial().optional(),
    latitude: fields.latitude.optional(),
    longitude: fields.longitude.optional(),
    priority: fields.priority.optional(),
    daily_capacity: fields.daily_capacity.optional(),
    ships_online: fields.ships_online.optional(),
    accepts_returns: fields.accepts_returns.optional(),
    is_active: fields.is_active.optional(),
    additional_data: additionalData,
  })
  .refine(coordinatesTogether, { message: COORDINATES_MESSAGE })

export type AdminUpdateWarehouseType = z.infer<typeof AdminUpdateWarehouse>
