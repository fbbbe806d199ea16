import type { GeoCentroid, RoutingDestination } from "../../types/routing"
import { DefaultGeocoder } from "../geocoder"

const row = (
  overrides: Partial<GeoCentroid> & Pick<GeoCentroid, "label">
): GeoCentroid => ({
  country_code: "cn",
  province: null,
  city: null,
  postal_prefix: null,
  aliases: [],
  latitude: 0,
  longitude: 0,
  ...overrides,
})

const CENTROIDS: GeoCentroid[] = [
  row({ label: "China", latitude: 35.86, longitude: 104.2 }),
  row({
    label: "Guangdong",
    province: "Guangdong",
    aliases: ["广东", "广东省", "cn-gd"],
    latitude: 23.34,
    longitude: 113.42,
  }),
  row({
    label: "Guangzhou",
    province: "Guangdong",
    city: "Guangzhou",
    aliases: ["广州"],
    latitude: 23.13,
    longitude: 113.26,
  }),
  row({
    label: "Beijing",
    province: "Beijing",
    aliases: ["北京", "cn-bj"],
    latitude: 39.9,
    longitude: 116.41,
  }),
  // A namesake district in another province.
  row({
    label: "Chaoyang (Liaoning)",
    province: "Liaoning",
    city: "Chaoyang",
    aliases: ["朝阳"],
    latitude: 41.57,
    longitude: 120.45,
  }),
  row({
    label: "Chaoyang (Beijing)",
    province: "Beijing",
    city: "Chaoyang",
    aliases: ["朝阳"],
    latitude: 39.92,
    longitude: 116.44,
  }),
  row({
    label: "Guangdong postal",
    postal_prefix: "51",
    latitude: 23.3,
    longitude: 113.4,
  }),
  row({
    label: "Guangzhou",
    postal_prefix: "510",
    latitude: 23.03,
    longitude: 113.32,
  }),
  row({
    label: "postal 518",
    postal_prefix: "518",
    latitude: 22.54,
    longitude: 114.06,
  }),
  row({
    label: "Hong Kong",
    country_code: "hk",
    postal_prefix: "510",
    latitude: 22.3,
    longitude: 114.17,
  }),
]

const geocoder = new DefaultGeocoder()
const place = (destination: Partial<RoutingDestination>) =>
  geocoder.geocode(
    {
      country_code: "cn",
      province: null,
      city: null,
      postal_code: null,
      ...destination,
    },
    CENTROIDS
  )

describe("DefaultGeocoder", () => {
  it("uses the longest postal prefix of the buyer's country", () => {
    expect(place({ postal_code: "510 620", city: "深圳" })).toEqual({
      point: { latitude: 23.03, longitude: 113.32 },
      source: "postal_prefix",
      label: "510 (Guangzhou)",
    })
    expect(place({ postal_code: "512000" })).toMatchObject({
      source: "postal_prefix",
      label: "51 (Guangdong postal)",
    })
    expect(place({ postal_code: "５１８０００" })).toMatchObject({
      label: "postal 518",
    })
    expect(place({ country_code: "HK", postal_code: "510620" })).toMatchObject({
      label: "510 (Hong Kong)",
    })
  })

  it("falls back to the city, by name or alias", () => {
    expect(place({ city: "广州市", postal_code: "999999" })).toEqual({
      point: { latitude: 23.13, longitude: 113.26 },
      source: "city",
      label: "Guangzhou",
    })
    expect(place({ city: "Guangzhou City" }).label).toEqual("Guangzhou")
  })

  it("prefers the namesake city in the buyer's province", () => {
    expect(place({ city: "朝阳", province: "北京市" }).label).toEqual(
      "Chaoyang (Beijing)"
    )
    expect(place({ city: "朝阳", province: "Beijing" }).label).toEqual(
      "Chaoyang (Beijing)"
    )
    expect(place({ city: "朝阳" }).label).toEqual("Chaoyang (Liaoning)")
  })

  it("falls back to the province, by name or alias", () => {
    for (const province of ["广东省", "广东", "Guangdong Province", "CN-GD"]) {
      expect(place({ province, city: "佛山" })).toMatchObject({
        source: "province",
        label: "Guangdong",
      })
    }
  })

  it("falls back to the country row", () => {
    expect(place({ province: "湖南" })).toEqual({
      point: { latitude: 35.86, longitude: 104.2 },
      source: "country",
      label: "China",
    })
  })

  it("returns no point when nothing matches", () => {
    const none = { point: null, source: null, label: null }
    expect(place({ country_code: "sg", postal_code: "018956" })).toEqual(none)
    expect(
      geocoder.geocode(
        { country_code: "cn", province: "广东", city: null, postal_code: null },
        []
      )
    ).toEqual(none)
    // Without a country a postal prefix means nothing; names still do.
    expect(place({ country_code: null, postal_code: "510620" })).toEqual(none)
    expect(place({ country_code: null, city: "广州" }).source).toEqual("city")
  })
})
