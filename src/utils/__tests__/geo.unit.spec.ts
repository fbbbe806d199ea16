import type {
  RoutingDestination,
  WarehouseServiceArea,
} from "../../types/routing"
import {
  areaKey,
  haversineKm,
  inServiceArea,
  normalizeArea,
  normalizePostal,
} from "../geo"

const SHANGHAI = { latitude: 31.2304, longitude: 121.4737 }
const BEIJING = { latitude: 39.9042, longitude: 116.4074 }
const GUANGZHOU = { latitude: 23.1291, longitude: 113.2644 }

describe("haversineKm", () => {
  it("measures great-circle distances between Chinese cities", () => {
    expect(haversineKm(SHANGHAI, BEIJING)).toBeCloseTo(1067.3, 0)
    expect(haversineKm(GUANGZHOU, SHANGHAI)).toBeCloseTo(1211.8, 0)
    expect(haversineKm(BEIJING, SHANGHAI)).toEqual(
      haversineKm(SHANGHAI, BEIJING)
    )
    expect(haversineKm(BEIJING, BEIJING)).toEqual(0)
  })

  it("stays finite for antipodal points", () => {
    const d = haversineKm(
      { latitude: 0, longitude: 0 },
      { latitude: 0, longitude: 180 }
    )
    expect(d).toBeCloseTo(Math.PI * 6371.0088, 3)
  })
})

describe("normalizers", () => {
  it("folds case, spaces and full-width letters", () => {
    expect(normalizeArea("  Guangdong  ")).toEqual("guangdong")
    expect(normalizeArea("ＧＵＡＮＧＤＯＮＧ")).toEqual("guangdong")
    expect(normalizeArea("Inner   Mongolia")).toEqual("inner mongolia")
    expect(normalizeArea("广东省")).toEqual("广东省")
  })

  it("strips spaces from postal codes and uppercases them", () => {
    expect(normalizePostal(" 510 620 ")).toEqual("510620")
    expect(normalizePostal("５１０６２０")).toEqual("510620")
    expect(normalizePostal("sw1a 1aa")).toEqual("SW1A1AA")
  })

  it.each([
    ["广东省", "广东"],
    ["广东", "广东"],
    ["广州市", "广州"],
    ["广西壮族自治区", "广西"],
    ["新疆维吾尔自治区", "新疆"],
    ["内蒙古自治区", "内蒙古"],
    ["香港特别行政区", "香港"],
    ["Guangdong Province", "guangdong"],
    ["Guangzhou City", "guangzhou"],
    ["Guangxi Zhuang Autonomous Region", "guangxi"],
    ["Hong Kong SAR", "hong kong"],
    ["ＧＵＡＮＧＤＯＮＧ", "guangdong"],
    ["省", "省"],
    ["City", "city"],
  ])("compares %s as %s", (input, key) => {
    expect(areaKey(input)).toEqual(key)
  })
})

describe("inServiceArea", () => {
  const area = (
    overrides: Partial<WarehouseServiceArea> = {}
  ): WarehouseServiceArea => ({
    countries: [],
    provinces: [],
    cities: [],
    postal_prefixes: [],
    ...overrides,
  })
  const buyer = (
    overrides: Partial<RoutingDestination> = {}
  ): RoutingDestination => ({
    country_code: "CN",
    province: "广东省",
    city: "广州市",
    postal_code: "510 620",
    ...overrides,
  })

  it("serves everywhere when every list is empty", () => {
    expect(inServiceArea(area(), buyer())).toBe(true)
    expect(
      inServiceArea(area(), {
        country_code: null,
        province: null,
        city: null,
        postal_code: null,
      })
    ).toBe(true)
  })

  it("matches countries by code", () => {
    expect(inServiceArea(area({ countries: ["cn"] }), buyer())).toBe(true)
    expect(inServiceArea(area({ countries: ["hk"] }), buyer())).toBe(false)
    expect(
      inServiceArea(area({ countries: ["cn"] }), buyer({ country_code: null }))
    ).toBe(false)
  })

  it("matches provinces with or without their suffix", () => {
    const south = area({
      provinces: ["广东", "Guangxi Zhuang Autonomous Region"],
    })
    expect(inServiceArea(south, buyer())).toBe(true)
    expect(inServiceArea(south, buyer({ province: "广东" }))).toBe(true)
    expect(inServiceArea(south, buyer({ province: "Guangxi" }))).toBe(true)
    expect(inServiceArea(south, buyer({ province: "湖南省" }))).toBe(false)
    expect(inServiceArea(south, buyer({ province: null }))).toBe(false)
    expect(
      inServiceArea(
        area({ provinces: ["guangdong"] }),
        buyer({ province: "Guangdong Province" })
      )
    ).toBe(true)
  })

  it("matches cities", () => {
    const city = area({ cities: ["广州", "Shenzhen"] })
    expect(inServiceArea(city, buyer())).toBe(true)
    expect(inServiceArea(city, buyer({ city: "SHENZHEN" }))).toBe(true)
    expect(inServiceArea(city, buyer({ city: "东莞市" }))).toBe(false)
  })

  it("matches postal codes by prefix", () => {
    const postal = area({ postal_prefixes: ["510", "51 1"] })
    expect(inServiceArea(postal, buyer())).toBe(true)
    expect(inServiceArea(postal, buyer({ postal_code: "511400" }))).toBe(true)
    expect(inServiceArea(postal, buyer({ postal_code: "５１０６２０" }))).toBe(
      true
    )
    expect(inServiceArea(postal, buyer({ postal_code: "518000" }))).toBe(false)
    expect(inServiceArea(postal, buyer({ postal_code: null }))).toBe(false)
  })

  it("requires every non-empty list to match", () => {
    const gz = area({
      countries: ["cn"],
      provinces: ["广东"],
      cities: ["广州"],
    })
    expect(inServiceArea(gz, buyer())).toBe(true)
    expect(inServiceArea(gz, buyer({ city: "深圳" }))).toBe(false)
    expect(inServiceArea(gz, buyer({ country_code: "hk" }))).toBe(false)
  })
})
