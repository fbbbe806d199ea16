import type {
  CreateProductWorkflowInputDTO,
  FulfillmentWorkflow,
  MedusaContainer,
} from "@medusajs/framework/types"
import {
  ContainerRegistrationKeys,
  MedusaError,
  Modules,
  ProductStatus,
} from "@medusajs/framework/utils"
import {
  createApiKeysWorkflow,
  createCustomersWorkflow,
  createInventoryLevelsWorkflow,
  createLinksWorkflow,
  createLocationFulfillmentSetWorkflow,
  createProductCategoriesWorkflow,
  createProductsWorkflow,
  createProductTagsWorkflow,
  createRegionsWorkflow,
  createSalesChannelsWorkflow,
  createServiceZonesWorkflow,
  createShippingOptionsWorkflow,
  createShippingOptionTypesWorkflow,
  createShippingProfilesWorkflow,
  createStockLocationsWorkflow,
  createTaxRegionsWorkflow,
  createUserAccountWorkflow,
  linkSalesChannelsToApiKeyWorkflow,
  linkSalesChannelsToStockLocationWorkflow,
  updateRegionsWorkflow,
  updateStoresWorkflow,
} from "@medusajs/medusa/core-flows"
import type MallRoutingModuleService from "../../modules/routing/service"
import {
  centroidNaturalKey,
  checkGeoCentroid,
} from "../../modules/routing/utils/normalize"
import { MALL_ROUTING_MODULE } from "../../types/modules"
import {
  CUSTOMERS,
  DEFAULT_ADMIN,
  FULFILLMENT_PROVIDER_ID,
  LOCATION_KEYS,
  type LocationKey,
  PAYMENT_PROVIDERS,
  PRODUCT_CATEGORIES,
  PRODUCT_TAGS,
  PRODUCTS,
  PUBLISHABLE_KEY_TITLE,
  REGIONS,
  SALES_CHANNELS,
  SEED_MARKER_KEY,
  SEED_VERSION,
  SERVICE_ZONES,
  SHIPPING_OPTIONS,
  SHIPPING_OPTION_TYPES,
  SHIPPING_PROFILE_NAME,
  STOCK_LOCATIONS,
  STORE_CURRENCIES,
  STORE_NAME,
  TAX_PROVIDER_ID,
  TAX_REGIONS,
  type ZoneKey,
  fulfillmentSetName,
} from "./huaxia-data"
import { CN_CENTROIDS, WAREHOUSE_PROFILES } from "./routing-data"
import { CHANNEL_ALLOCATIONS } from "./channel-inventory-data"
import type MallChannelInventoryModuleService from "../../modules/channel-inventory/service"
import { MALL_CHANNEL_INVENTORY_MODULE } from "../../types/modules"
import { updateChannelAllocationsWorkflow } from "../../workflows/channel-inventory/workflows/update-channel-allocations"
import { importContactsWorkflow } from "../../workflows/crm/workflows/import-contacts"
import { matchCustomerWorkflow } from "../../workflows/crm/workflows/match-customer"
import { CRM_CONTACTS } from "./crm-data"

export type { LocationKey } from "./huaxia-data"

export type SeedEnterpriseOptions = {
  adminEmail?: string
  adminPassword?: string
  withAdmin?: boolean
  /** Split a few branch positions between the channels (the demo's channel inventory). Default true. */
  withChannelAllocations?: boolean
  /** Import the offline customer book into the CRM and match the demo shoppers against it. Default true. */
  withCrm?: boolean
}

export type SeededEnterprise = {
  store_id: string
  regions: {
    china: { id: string; currency_code: string }
    international: { id: string; currency_code: string }
  }
  sales_channels: { online: string; offline: string }
  stock_locations: Record<LocationKey, string>
  /** Routing profile id of each stock location. */
  warehouse_profiles: Record<LocationKey, string>
  shipping_profile_id: string
  /** Storefront delivery options of the Shanghai HQ, one per region. */
  shipping_options: { china: string; international: string }
  /** Storefront return options of the Shanghai HQ, one per region. */
  return_shipping_options: { china: string; international: string }
  /** Mainland China options per location (branch ones are admin-only). */
  location_shipping_options: Record<
    LocationKey,
    { delivery: string; return: string }
  >
  products: Array<{
    id: string
    handle: string
    title: string
    tags: string[]
    variants: Array<{
      id: string
      sku: string
      title: string
      inventory_item_id: string
    }>
  }>
  publishable_key: string
  customers: Array<{
    id: string
    email: string
    first_name: string
    last_name: string
    phone: string
  }>
  /** `password` is null when the admin already existed with another password. */
  admin: { email: string; password: string | null } | null
  /** What this run created ("kind:name"); empty when everything existed. */
  created: string[]
}

type Ctx = {
  container: MedusaContainer
  created: string[]
}

// The entity name is a plain string here, so query.graph cannot type rows.
type Row = Record<string, any>

async function graph(
  ctx: Ctx,
  entity: string,
  fields: string[],
  filters: Record<string, unknown> = {}
): Promise<Row[]> {
  const query = ctx.container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity, fields, filters })
  return data as Row[]
}

function byKey<T extends Row>(rows: T[], key: string): Map<string, T> {
  return new Map(rows.map((row) => [row[key] as string, row]))
}

function mustGet<T>(map: Map<string, T>, key: string, kind: string): T {
  const value = map.get(key)
  if (!value) {
    throw new MedusaError(
      MedusaError.Types.NOT_FOUND,
      `Huaxia seed: ${kind} "${key}" was not found after it was created`
    )
  }
  return value
}

/**
 * Seeds the Huaxia Appliances demo enterprise. Every record is found by a
 * natural key (name, handle, email, SKU...) before it is created, so a second
 * run creates nothing and a run interrupted halfway is completed by the next.
 */
export async function seedEnterprise(
  container: MedusaContainer,
  options: SeedEnterpriseOptions = {}
): Promise<SeededEnterprise> {
  const ctx: Ctx = { container, created: [] }

  await assertPaymentProviders(ctx)
  const salesChannels = await ensureSalesChannels(ctx)
  const locations = await ensureStockLocations(ctx)
  await ensureLocationLinks(ctx, locations, Object.values(salesChannels))
  const warehouseProfiles = await ensureRoutingProfiles(ctx, locations)
  await ensureGeoCentroids(ctx)
  const regions = await ensureRegions(ctx)
  await ensureTaxRegions(ctx)
  const shippingProfileId = await ensureShippingProfile(ctx)
  const shipping = await ensureFulfillment(
    ctx,
    locations,
    regions,
    shippingProfileId
  )
  const products = await ensureProducts(
    ctx,
    Object.values(salesChannels),
    shippingProfileId
  )
  await ensureInventoryLevels(ctx, products, locations)
  if (options.withChannelAllocations !== false) {
    await ensureChannelAllocations(ctx, locations)
  }
  const publishableKey = await ensurePublishableKey(ctx, salesChannels.online)
  if (options.withCrm !== false) {
    await ensureCrmContacts(ctx)
  }
  const customers = await ensureCustomers(ctx)
  if (options.withCrm !== false) {
    // The seed may run where no subscriber listens: match the shoppers here.
    for (const customer of Object.values(customers)) {
      await matchCustomerWorkflow(ctx.container).run({
        input: { customer_id: customer.id },
      })
    }
  }
  const admin =
    options.withAdmin === false
      ? null
      : await ensureAdmin(
          ctx,
          options.adminEmail ?? DEFAULT_ADMIN.email,
          options.adminPassword ?? DEFAULT_ADMIN.password
        )
  const storeId = await ensureStore(ctx, {
    online: salesChannels.online,
    china: regions.china.id,
    hq: locations.shanghai,
  })

  return {
    store_id: storeId,
    regions,
    sales_channels: salesChannels,
    stock_locations: locations,
    warehouse_profiles: warehouseProfiles,
    shipping_profile_id: shippingProfileId,
    ...shipping,
    products: products.map(toSeededProduct),
    publishable_key: publishableKey,
    customers,
    admin,
    created: ctx.created,
  }
}

// Query returns variants and tags in no set order; tests index into them, so
// they follow the order of the seed data.
function toSeededProduct(product: Row): SeededEnterprise["products"][number] {
  const seed = PRODUCTS.find((candidate) => candidate.handle === product.handle)
  const rank = (list: string[], value: string) => {
    const index = list.indexOf(value)
    return index === -1 ? list.length : index
  }
  const skus = seed?.variants.map((variant) => variant.sku) ?? []
  const tags: string[] = (product.tags ?? []).map((tag: Row) => tag.value)
  return {
    id: product.id,
    handle: product.handle,
    title: product.title,
    tags: tags.sort(
      (a, b) => rank(seed?.tags ?? [], a) - rank(seed?.tags ?? [], b)
    ),
    variants: (product.variants ?? [])
      .map((variant: Row) => ({
        id: variant.id as string,
        sku: variant.sku as string,
        title: variant.title as string,
        inventory_item_id: variant.inventory_items?.[0]
          ?.inventory_item_id as string,
      }))
      .sort(
        (a: { sku: string }, b: { sku: string }) =>
          rank(skus, a.sku) - rank(skus, b.sku)
      ),
  }
}

async function assertPaymentProviders(ctx: Ctx) {
  const payment = ctx.container.resolve(Modules.PAYMENT)
  const found = await payment.listPaymentProviders({ id: PAYMENT_PROVIDERS })
  const missing = PAYMENT_PROVIDERS.filter(
    (id) => !found.some((provider) => provider.id === id)
  )
  if (missing.length) {
    // Without COD the demo cannot show the pipeline it exists for.
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      `Huaxia seed: payment providers ${missing.join(", ")} are not registered. Register the COD provider under the payment module in medusa-config.ts with id "cod".`
    )
  }
}

async function ensureSalesChannels(
  ctx: Ctx
): Promise<SeededEnterprise["sales_channels"]> {
  const names = [SALES_CHANNELS.online.name, SALES_CHANNELS.offline.name]
  const find = async () =>
    byKey(
      await graph(ctx, "sales_channel", ["id", "name"], { name: names }),
      "name"
    )
  let existing = await find()
  const missing = Object.values(SALES_CHANNELS).filter(
    (channel) => !existing.has(channel.name)
  )
  if (missing.length) {
    await createSalesChannelsWorkflow(ctx.container).run({
      input: {
        salesChannelsData: missing.map((channel) => ({
          name: channel.name,
          description: channel.description,
          metadata: { ...channel.metadata },
        })),
      },
    })
    missing.forEach((c) => ctx.created.push(`sales_channel:${c.name}`))
    existing = await find()
  }
  return {
    online: mustGet(existing, SALES_CHANNELS.online.name, "sales channel").id,
    offline: mustGet(existing, SALES_CHANNELS.offline.name, "sales channel").id,
  }
}

async function findLocations(ctx: Ctx) {
  const rows = await graph(
    ctx,
    "stock_location",
    [
      "id",
      "name",
      "sales_channels.id",
      "fulfillment_providers.id",
      "fulfillment_sets.id",
      "fulfillment_sets.name",
    ],
    { name: LOCATION_KEYS.map((key) => STOCK_LOCATIONS[key].name) }
  )
  return byKey(rows, "name")
}

async function ensureStockLocations(
  ctx: Ctx
): Promise<Record<LocationKey, string>> {
  let existing = await findLocations(ctx)
  const missing = LOCATION_KEYS.filter(
    (key) => !existing.has(STOCK_LOCATIONS[key].name)
  )
  if (missing.length) {
    await createStockLocationsWorkflow(ctx.container).run({
      input: {
        locations: missing.map((key) => ({
          name: STOCK_LOCATIONS[key].name,
          address: { ...STOCK_LOCATIONS[key].address },
          metadata: { ...STOCK_LOCATIONS[key].metadata },
        })),
      },
    })
    missing.forEach((key) =>
      ctx.created.push(`stock_location:${STOCK_LOCATIONS[key].name}`)
    )
    existing = await findLocations(ctx)
  }
  return Object.fromEntries(
    LOCATION_KEYS.map((key) => [
      key,
      mustGet(existing, STOCK_LOCATIONS[key].name, "stock location").id,
    ])
  ) as Record<LocationKey, string>
}

async function ensureLocationLinks(
  ctx: Ctx,
  locations: Record<LocationKey, string>,
  salesChannelIds: string[]
) {
  const existing = byKey(Array.from((await findLocations(ctx)).values()), "id")
  const providerLinks: Record<string, Record<string, string>>[] = []

  for (const key of LOCATION_KEYS) {
    const location = mustGet(existing, locations[key], "stock location")
    const linked = new Set(
      (location.sales_channels ?? []).map((channel: Row) => channel.id)
    )
    const add = salesChannelIds.filter((id) => !linked.has(id))
    if (add.length) {
      await linkSalesChannelsToStockLocationWorkflow(ctx.container).run({
        input: { id: location.id, add },
      })
      ctx.created.push(`sales_channel_location:${location.name}`)
    }

    const providers = (location.fulfillment_providers ?? []).map(
      (provider: Row) => provider.id
    )
    if (!providers.includes(FULFILLMENT_PROVIDER_ID)) {
      providerLinks.push({
        [Modules.STOCK_LOCATION]: { stock_location_id: location.id },
        [Modules.FULFILLMENT]: {
          fulfillment_provider_id: FULFILLMENT_PROVIDER_ID,
        },
      })
      ctx.created.push(`location_fulfillment_provider:${location.name}`)
    }
  }

  if (providerLinks.length) {
    await createLinksWorkflow(ctx.container).run({ input: providerLinks })
  }
}

// A position an admin has allocated since is kept as it is: only missing ones are split.
async function ensureChannelAllocations(
  ctx: Ctx,
  locations: Record<LocationKey, string>
) {
  const inventory = ctx.container.resolve(Modules.INVENTORY)
  const channel = ctx.container.resolve<MallChannelInventoryModuleService>(
    MALL_CHANNEL_INVENTORY_MODULE
  )
  const items = await inventory.listInventoryItems(
    { sku: [...new Set(CHANNEL_ALLOCATIONS.map((a) => a.sku))] },
    { select: ["id", "sku"], take: null }
  )
  const itemBySku = new Map(items.map((i) => [i.sku as string, i.id]))
  const existing = new Set(
    (
      await channel.listAllocationRows({
        inventory_item_ids: items.map((i) => i.id),
      })
    ).map((a) => `${a.inventory_item_id}|${a.location_id}`)
  )
  for (const seed of CHANNEL_ALLOCATIONS) {
    const inventory_item_id = itemBySku.get(seed.sku)
    const location_id = locations[seed.location]
    if (
      !inventory_item_id ||
      existing.has(`${inventory_item_id}|${location_id}`)
    ) {
      continue
    }
    await updateChannelAllocationsWorkflow(ctx.container).run({
      input: {
        positions: [{ inventory_item_id, location_id }],
        settings: seed.settings,
        offline_pool: seed.offline_pool,
        reason: "demo seed",
      },
    })
    ctx.created.push(
      `channel_allocation:${seed.sku}@${STOCK_LOCATIONS[seed.location].name}`
    )
  }
}

// A profile an admin has edited since is kept as it is: only missing ones are created.
async function ensureRoutingProfiles(
  ctx: Ctx,
  locations: Record<LocationKey, string>
): Promise<Record<LocationKey, string>> {
  const routing =
    ctx.container.resolve<MallRoutingModuleService>(MALL_ROUTING_MODULE)
  const existing = new Map(
    (
      await routing.listWarehouseProfilesByLocation(Object.values(locations))
    ).map((profile) => [profile.stock_location_id, profile.id])
  )
  for (const key of LOCATION_KEYS) {
    if (existing.has(locations[key])) {
      continue
    }
    const profile = await routing.createWarehouseProfile({
      stock_location_id: locations[key],
      ...WAREHOUSE_PROFILES[key],
    })
    existing.set(locations[key], profile.id)
    ctx.created.push(`warehouse_profile:${STOCK_LOCATIONS[key].name}`)
  }
  return Object.fromEntries(
    LOCATION_KEYS.map((key) => [
      key,
      mustGet(existing, locations[key], "warehouse profile"),
    ])
  ) as Record<LocationKey, string>
}

// Rows are found by natural key; an imported or edited row is not overwritten.
async function ensureGeoCentroids(ctx: Ctx) {
  const routing =
    ctx.container.resolve<MallRoutingModuleService>(MALL_ROUTING_MODULE)
  const present = new Set(
    (await routing.listGeoCentroidRows("cn")).map(centroidNaturalKey)
  )
  const missing = CN_CENTROIDS.filter((row) => {
    const checked = checkGeoCentroid(row)
    return !checked.centroid || !present.has(checked.centroid.natural_key)
  })
  if (!missing.length) {
    return
  }
  const { imported } = await routing.importGeoCentroids(missing)
  ctx.created.push(`geo_centroids:${imported}`)
}

async function ensureRegions(ctx: Ctx): Promise<SeededEnterprise["regions"]> {
  const find = async () =>
    byKey(
      await graph(
        ctx,
        "region",
        ["id", "name", "currency_code", "payment_providers.id"],
        { name: [REGIONS.china.name, REGIONS.international.name] }
      ),
      "name"
    )
  let existing = await find()
  const missing = Object.values(REGIONS).filter(
    (region) => !existing.has(region.name)
  )
  if (missing.length) {
    await createRegionsWorkflow(ctx.container).run({
      input: {
        regions: missing.map((region) => ({
          name: region.name,
          currency_code: region.currency_code,
          countries: [...region.countries],
          is_tax_inclusive: region.is_tax_inclusive,
          payment_providers: PAYMENT_PROVIDERS,
        })),
      },
    })
    missing.forEach((r) => ctx.created.push(`region:${r.name}`))
    existing = await find()
  }

  // A region seeded before COD was registered would otherwise never offer it.
  for (const region of existing.values()) {
    const current: string[] = (region.payment_providers ?? []).map(
      (provider: Row) => provider.id
    )
    if (PAYMENT_PROVIDERS.some((id) => !current.includes(id))) {
      await updateRegionsWorkflow(ctx.container).run({
        input: {
          selector: { id: region.id },
          update: {
            payment_providers: [...new Set([...current, ...PAYMENT_PROVIDERS])],
          },
        },
      })
      ctx.created.push(`region_payment_providers:${region.name}`)
    }
  }

  const china = mustGet(existing, REGIONS.china.name, "region")
  const international = mustGet(existing, REGIONS.international.name, "region")
  return {
    china: { id: china.id, currency_code: china.currency_code },
    international: {
      id: international.id,
      currency_code: international.currency_code,
    },
  }
}

async function ensureTaxRegions(ctx: Ctx) {
  const existing = await graph(
    ctx,
    "tax_region",
    ["id", "country_code", "parent_id"],
    { country_code: TAX_REGIONS.map((region) => region.country_code) }
  )
  const present = new Set(
    existing
      .filter((region) => !region.parent_id)
      .map((region) => region.country_code)
  )
  const missing = TAX_REGIONS.filter(
    (region) => !present.has(region.country_code)
  )
  if (!missing.length) {
    return
  }
  await createTaxRegionsWorkflow(ctx.container).run({
    input: missing.map((region) => ({
      country_code: region.country_code,
      provider_id: TAX_PROVIDER_ID,
      ...(region.default_tax_rate
        ? { default_tax_rate: { ...region.default_tax_rate } }
        : {}),
    })),
  })
  missing.forEach((r) => ctx.created.push(`tax_region:${r.country_code}`))
}

async function ensureShippingProfile(ctx: Ctx): Promise<string> {
  const [profile] = await graph(ctx, "shipping_profile", ["id"], {
    type: "default",
  })
  if (profile) {
    return profile.id
  }
  const { result } = await createShippingProfilesWorkflow(ctx.container).run({
    input: { data: [{ name: SHIPPING_PROFILE_NAME, type: "default" }] },
  })
  ctx.created.push(`shipping_profile:${SHIPPING_PROFILE_NAME}`)
  return result[0].id
}

// Shared types, so that the admin groups options by kind instead of showing
// one inline type per option.
async function ensureShippingOptionTypes(
  ctx: Ctx
): Promise<Map<string, string>> {
  const codes = Object.values(SHIPPING_OPTION_TYPES).map((type) => type.code)
  const find = async () =>
    new Map(
      (
        await graph(ctx, "shipping_option_type", ["id", "code"], {
          code: codes,
        })
      ).map((type) => [type.code as string, type.id as string])
    )
  const existing = await find()
  const missing = Object.values(SHIPPING_OPTION_TYPES).filter(
    (type) => !existing.has(type.code)
  )
  if (!missing.length) {
    return existing
  }
  await createShippingOptionTypesWorkflow(ctx.container).run({
    input: { shipping_option_types: missing.map((type) => ({ ...type })) },
  })
  missing.forEach((t) => ctx.created.push(`shipping_option_type:${t.code}`))
  return find()
}

async function findFulfillmentSet(ctx: Ctx, name: string) {
  const [set] = await graph(
    ctx,
    "fulfillment_set",
    [
      "id",
      "name",
      "service_zones.id",
      "service_zones.name",
      "service_zones.shipping_options.id",
      "service_zones.shipping_options.name",
    ],
    { name }
  )
  return set
}

async function ensureFulfillment(
  ctx: Ctx,
  locations: Record<LocationKey, string>,
  regions: SeededEnterprise["regions"],
  shippingProfileId: string
): Promise<
  Pick<
    SeededEnterprise,
    "shipping_options" | "return_shipping_options" | "location_shipping_options"
  >
> {
  const regionOfZone: Record<ZoneKey, string> = {
    china: regions.china.id,
    international: regions.international.id,
  }
  const typeIds = await ensureShippingOptionTypes(ctx)
  // Resolved after creation: "<location>/<zone>/<option name>" -> id.
  const optionIds = new Map<string, string>()

  for (const key of LOCATION_KEYS) {
    const setName = fulfillmentSetName(key)
    let set = await findFulfillmentSet(ctx, setName)
    if (!set) {
      await createLocationFulfillmentSetWorkflow(ctx.container).run({
        input: {
          location_id: locations[key],
          fulfillment_set_data: { name: setName, type: "shipping" },
        },
      })
      ctx.created.push(`fulfillment_set:${setName}`)
      set = await findFulfillmentSet(ctx, setName)
    }

    const zoneKeys = [
      ...new Set(SHIPPING_OPTIONS[key].map((option) => option.zone)),
    ]
    const zoneName = (zone: ZoneKey) =>
      `${STOCK_LOCATIONS[key].name} - ${SERVICE_ZONES[zone].name}`
    const presentZones = new Set(
      (set?.service_zones ?? []).map((zone: Row) => zone.name)
    )
    const missingZones = zoneKeys.filter(
      (zone) => !presentZones.has(zoneName(zone))
    )
    if (missingZones.length) {
      await createServiceZonesWorkflow(ctx.container).run({
        input: {
          data: missingZones.map((zone) => ({
            fulfillment_set_id: set!.id,
            name: zoneName(zone),
            geo_zones: SERVICE_ZONES[zone].countries.map((country_code) => ({
              type: "country" as const,
              country_code,
            })),
          })),
        },
      })
      missingZones.forEach((zone) =>
        ctx.created.push(`service_zone:${zoneName(zone)}`)
      )
      set = await findFulfillmentSet(ctx, setName)
    }

    const zones = byKey(set?.service_zones ?? [], "name")
    const toCreate: FulfillmentWorkflow.CreateShippingOptionsWorkflowInput[] =
      []
    for (const option of SHIPPING_OPTIONS[key]) {
      const zone = mustGet(zones, zoneName(option.zone), "service zone")
      const existing = (zone.shipping_options ?? []).find(
        (candidate: Row) => candidate.name === option.name
      )
      if (existing) {
        optionIds.set(`${key}/${option.zone}/${option.name}`, existing.id)
        continue
      }
      toCreate.push({
        name: option.name,
        price_type: "flat",
        provider_id: FULFILLMENT_PROVIDER_ID,
        service_zone_id: zone.id,
        shipping_profile_id: shippingProfileId,
        type_id: mustGet(typeIds, option.type, "shipping option type"),
        prices: [
          { ...option.price },
          { region_id: regionOfZone[option.zone], amount: option.price.amount },
        ],
        rules: [
          {
            attribute: "enabled_in_store",
            operator: "eq",
            value: String(option.enabled_in_store),
          },
          {
            attribute: "is_return",
            operator: "eq",
            value: String(option.is_return),
          },
        ],
      })
    }
    if (toCreate.length) {
      const { result } = await createShippingOptionsWorkflow(ctx.container).run(
        { input: toCreate }
      )
      for (const option of SHIPPING_OPTIONS[key]) {
        const made = result.find(
          (candidate) =>
            candidate.name === option.name &&
            candidate.service_zone_id === zones.get(zoneName(option.zone))?.id
        )
        if (made) {
          optionIds.set(`${key}/${option.zone}/${option.name}`, made.id)
          ctx.created.push(`shipping_option:${key}/${option.name}`)
        }
      }
    }
  }

  const optionId = (key: LocationKey, zone: ZoneKey, returns: boolean) => {
    const option = SHIPPING_OPTIONS[key].find(
      (candidate) => candidate.zone === zone && candidate.is_return === returns
    )!
    return mustGet(
      optionIds,
      `${key}/${zone}/${option.name}`,
      "shipping option"
    )
  }

  return {
    shipping_options: {
      china: optionId("shanghai", "china", false),
      international: optionId("shanghai", "international", false),
    },
    return_shipping_options: {
      china: optionId("shanghai", "china", true),
      international: optionId("shanghai", "international", true),
    },
    location_shipping_options: Object.fromEntries(
      LOCATION_KEYS.map((key) => [
        key,
        {
          delivery: optionId(key, "china", false),
          return: optionId(key, "china", true),
        },
      ])
    ) as SeededEnterprise["location_shipping_options"],
  }
}

async function ensureProductTags(ctx: Ctx): Promise<Map<string, Row>> {
  const find = async () =>
    byKey(
      await graph(ctx, "product_tag", ["id", "value"], {
        value: PRODUCT_TAGS,
      }),
      "value"
    )
  const existing = await find()
  const missing = PRODUCT_TAGS.filter((value) => !existing.has(value))
  if (!missing.length) {
    return existing
  }
  await createProductTagsWorkflow(ctx.container).run({
    input: { product_tags: missing.map((value) => ({ value })) },
  })
  missing.forEach((value) => ctx.created.push(`product_tag:${value}`))
  return find()
}

async function ensureProductCategories(ctx: Ctx): Promise<Map<string, Row>> {
  const handles = PRODUCT_CATEGORIES.map((category) => category.handle)
  const find = async () =>
    byKey(
      await graph(ctx, "product_category", ["id", "handle"], {
        handle: handles,
      }),
      "handle"
    )
  const existing = await find()
  const missing = PRODUCT_CATEGORIES.filter(
    (category) => !existing.has(category.handle)
  )
  if (!missing.length) {
    return existing
  }
  await createProductCategoriesWorkflow(ctx.container).run({
    input: {
      product_categories: missing.map((category) => ({
        name: category.name,
        handle: category.handle,
        is_active: true,
      })),
    },
  })
  missing.forEach((c) => ctx.created.push(`product_category:${c.handle}`))
  return find()
}

async function findProducts(ctx: Ctx) {
  const rows = await graph(
    ctx,
    "product",
    [
      "id",
      "handle",
      "title",
      "tags.value",
      "variants.id",
      "variants.sku",
      "variants.title",
      "variants.inventory_items.inventory_item_id",
    ],
    { handle: PRODUCTS.map((product) => product.handle) }
  )
  return byKey(rows, "handle")
}

async function ensureProducts(
  ctx: Ctx,
  salesChannelIds: string[],
  shippingProfileId: string
): Promise<Row[]> {
  let existing = await findProducts(ctx)
  const missing = PRODUCTS.filter((product) => !existing.has(product.handle))

  if (missing.length) {
    const tags = await ensureProductTags(ctx)
    const categories = await ensureProductCategories(ctx)
    const input: CreateProductWorkflowInputDTO[] = missing.map((product) => ({
      title: product.title,
      handle: product.handle,
      subtitle: product.subtitle,
      description: product.description,
      status: ProductStatus.PUBLISHED,
      weight: product.weight,
      hs_code: product.hs_code,
      origin_country: "cn",
      shipping_profile_id: shippingProfileId,
      sales_channels: salesChannelIds.map((id) => ({ id })),
      tag_ids: product.tags.map((value) => mustGet(tags, value, "tag").id),
      category_ids: [mustGet(categories, product.category, "category").id],
      options: product.options.map((option) => ({
        title: option.title,
        values: option.values,
      })),
      variants: product.variants.map((variant) => ({
        title: variant.title,
        sku: variant.sku,
        options: variant.options,
        weight: variant.weight ?? product.weight,
        manage_inventory: true,
        allow_backorder: false,
        prices: [
          { currency_code: "cny", amount: variant.prices.cny },
          { currency_code: "usd", amount: variant.prices.usd },
        ],
      })),
    }))
    await createProductsWorkflow(ctx.container).run({
      input: { products: input },
    })
    missing.forEach((p) => ctx.created.push(`product:${p.handle}`))
    existing = await findProducts(ctx)
  }

  return PRODUCTS.map((product) => mustGet(existing, product.handle, "product"))
}

async function ensureInventoryLevels(
  ctx: Ctx,
  products: Row[],
  locations: Record<LocationKey, string>
) {
  const itemBySku = new Map<string, string>()
  for (const product of products) {
    for (const variant of product.variants ?? []) {
      const itemId = variant.inventory_items?.[0]?.inventory_item_id
      if (variant.sku && itemId) {
        itemBySku.set(variant.sku, itemId)
      }
    }
  }

  const levels = await graph(
    ctx,
    "inventory_level",
    ["id", "inventory_item_id", "location_id"],
    { inventory_item_id: [...itemBySku.values()] }
  )
  const present = new Set(
    levels.map((level) => `${level.inventory_item_id}/${level.location_id}`)
  )

  const toCreate: {
    inventory_item_id: string
    location_id: string
    stocked_quantity: number
  }[] = []
  for (const product of PRODUCTS) {
    for (const variant of product.variants) {
      const itemId = mustGet(itemBySku, variant.sku, "inventory item")
      for (const key of LOCATION_KEYS) {
        const quantity = variant.stock[key]
        if (
          quantity === undefined ||
          present.has(`${itemId}/${locations[key]}`)
        ) {
          continue
        }
        toCreate.push({
          inventory_item_id: itemId,
          location_id: locations[key],
          stocked_quantity: quantity,
        })
        ctx.created.push(`inventory_level:${variant.sku}@${key}`)
      }
    }
  }
  if (toCreate.length) {
    await createInventoryLevelsWorkflow(ctx.container).run({
      input: { inventory_levels: toCreate },
    })
  }
}

async function ensurePublishableKey(
  ctx: Ctx,
  onlineChannelId: string
): Promise<string> {
  const find = async () =>
    (
      await graph(ctx, "api_key", ["id", "token", "sales_channels.id"], {
        title: PUBLISHABLE_KEY_TITLE,
        type: "publishable",
        revoked_at: null,
      })
    )[0]
  let key = await find()
  if (!key) {
    await createApiKeysWorkflow(ctx.container).run({
      input: {
        api_keys: [
          { title: PUBLISHABLE_KEY_TITLE, type: "publishable", created_by: "" },
        ],
      },
    })
    ctx.created.push(`api_key:${PUBLISHABLE_KEY_TITLE}`)
    key = await find()
  }
  const linked = (key.sales_channels ?? []).some(
    (channel: Row) => channel.id === onlineChannelId
  )
  if (!linked) {
    await linkSalesChannelsToApiKeyWorkflow(ctx.container).run({
      input: { id: key.id, add: [onlineChannelId] },
    })
    ctx.created.push(`api_key_sales_channel:${PUBLISHABLE_KEY_TITLE}`)
  }
  return key.token
}

/** The offline customer book; importing it again matches every row by its external id. */
async function ensureCrmContacts(ctx: Ctx): Promise<void> {
  await importContactsWorkflow(ctx.container).run({
    input: {
      rows: CRM_CONTACTS.map((row, i) => ({ ...row, line: i + 1 })),
    },
  })
}

async function ensureCustomers(
  ctx: Ctx
): Promise<SeededEnterprise["customers"]> {
  const fields = ["id", "email", "first_name", "last_name", "phone"]
  const emails = CUSTOMERS.map((customer) => customer.email)
  const find = async () =>
    byKey(await graph(ctx, "customer", fields, { email: emails }), "email")
  let existing = await find()
  const missing = CUSTOMERS.filter((customer) => !existing.has(customer.email))
  if (missing.length) {
    await createCustomersWorkflow(ctx.container).run({
      input: {
        customersData: missing.map((customer) => ({
          email: customer.email,
          first_name: customer.first_name,
          last_name: customer.last_name,
          phone: customer.phone,
          company_name: customer.company_name ?? null,
          addresses: [
            {
              address_name: "Home 家",
              first_name: customer.first_name,
              last_name: customer.last_name,
              phone: customer.phone,
              company: customer.company_name ?? null,
              country_code: "cn",
              ...customer.address,
              is_default_shipping: true,
              is_default_billing: true,
            },
          ],
        })),
      },
    })
    missing.forEach((c) => ctx.created.push(`customer:${c.email}`))
    existing = await find()
  }
  return CUSTOMERS.map((customer) => {
    const row = mustGet(existing, customer.email, "customer")
    return {
      id: row.id,
      email: row.email,
      first_name: row.first_name,
      last_name: row.last_name,
      phone: row.phone,
    }
  })
}

async function ensureAdmin(
  ctx: Ctx,
  email: string,
  password: string
): Promise<SeededEnterprise["admin"]> {
  const userModule = ctx.container.resolve(Modules.USER)
  const auth = ctx.container.resolve(Modules.AUTH)

  const [user] = await userModule.listUsers({ email })
  if (user) {
    const { success } = await auth.authenticate("emailpass", {
      body: { email, password },
    })
    if (!success) {
      // Never overwrite a password someone may have changed on purpose.
      ctx.container
        .resolve(ContainerRegistrationKeys.LOGGER)
        .warn(
          `Huaxia seed: admin ${email} already exists with another password; it was left unchanged.`
        )
    }
    return { email, password: success ? password : null }
  }

  // Same two steps as `medusa user`: an emailpass identity, then the user
  // account whose id lands in the identity's app_metadata.
  const [identity] = await auth.listProviderIdentities({
    entity_id: email,
    provider: "emailpass",
  })
  let authIdentityId: string
  if (identity) {
    const { success } = await auth.authenticate("emailpass", {
      body: { email, password },
    })
    if (!success || !identity.auth_identity_id) {
      throw new MedusaError(
        MedusaError.Types.CONFLICT,
        `Huaxia seed: an emailpass identity for ${email} exists with another password and no admin user; pass adminEmail to use another address.`
      )
    }
    authIdentityId = identity.auth_identity_id
  } else {
    const { authIdentity, error } = await auth.register("emailpass", {
      body: { email, password },
    })
    if (error || !authIdentity) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `Huaxia seed: could not register admin ${email}: ${error ?? "no identity returned"}`
      )
    }
    authIdentityId = authIdentity.id
  }

  await createUserAccountWorkflow(ctx.container).run({
    input: {
      authIdentityId,
      userData: { email, first_name: "Mall", last_name: "Admin" },
    },
  })
  ctx.created.push(`user:${email}`)
  return { email, password }
}

async function ensureStore(
  ctx: Ctx,
  defaults: { online: string; china: string; hq: string }
): Promise<string> {
  const [store] = await graph(ctx, "store", [
    "id",
    "name",
    "metadata",
    "default_sales_channel_id",
    "default_region_id",
    "default_location_id",
    "supported_currencies.currency_code",
    "supported_currencies.is_default",
  ])
  if (!store) {
    throw new MedusaError(
      MedusaError.Types.NOT_FOUND,
      "Huaxia seed: no store found; run the app once (or `medusa db:migrate`) so Medusa creates its default store"
    )
  }

  const currencies: Row[] = store.supported_currencies ?? []
  const currenciesMatch =
    currencies.length === STORE_CURRENCIES.length &&
    STORE_CURRENCIES.every((wanted) =>
      currencies.some(
        (current) =>
          current.currency_code === wanted.currency_code &&
          !!current.is_default === wanted.is_default
      )
    )
  const upToDate =
    currenciesMatch &&
    store.default_sales_channel_id === defaults.online &&
    store.default_region_id === defaults.china &&
    store.default_location_id === defaults.hq &&
    !!store.metadata?.[SEED_MARKER_KEY]

  if (!upToDate) {
    await updateStoresWorkflow(ctx.container).run({
      input: {
        selector: { id: store.id },
        update: {
          name: STORE_NAME,
          supported_currencies: STORE_CURRENCIES,
          default_sales_channel_id: defaults.online,
          default_region_id: defaults.china,
          default_location_id: defaults.hq,
          metadata: {
            ...(store.metadata ?? {}),
            [SEED_MARKER_KEY]: store.metadata?.[SEED_MARKER_KEY] ?? {
              version: SEED_VERSION,
              seeded_at: new Date().toISOString(),
            },
          },
        },
      },
    })
    ctx.created.push(`store_settings:${store.id}`)
  }
  return store.id
}
