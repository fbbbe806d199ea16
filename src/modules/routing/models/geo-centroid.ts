import { model } from "@medusajs/framework/utils"

/**
 * One point of the table the default geocoder places buyers with: a postal
 * prefix, a city, a province, or (none of them) a whole country.
 */
export const GeoCentroid = model
  .define(
    { name: "geo_centroid", tableName: "mall_geo_centroid" },
    {
      id: model.id({ prefix: "geoc" }).primaryKey(),
      /**
       * `country|province|city|postal_prefix`, normalised: an import upserts
       * by it, and a unique index cannot coalesce nullable columns portably.
       */
      natural_key: model
        .text()
        .unique("IDX_mall_geo_centroid_natural_key_unique"),
      country_code: model.text(),
      province: model.text().nullable(),
      city: model.text().nullable(),
      postal_prefix: model.text().nullable(),
      aliases: model.array(),
      latitude: model.float(),
      longitude: model.float(),
      label: model.text(),
    }
  )
  .indexes([{ name: "IDX_mall_geo_centroid_country", on: ["country_code"] }])
