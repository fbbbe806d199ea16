import type { Context } from "@medusajs/framework/types"
import {
  InjectManager,
  InjectTransactionManager,
  MedusaContext,
  MedusaError,
  MedusaService,
} from "@medusajs/framework/utils"
import { DefaultGeocoder } from "../../strategies/geocoder"
import { DefaultRoutingStrategy } from "../../strategies/routing"
import type {
  GeoCentroid as GeoCentroidData,
  GeocodeResult,
  GeocoderStrategy,
  RoutingDecision as RoutingDecisionData,
  RoutingDestination,
  RoutingRule,
  RoutingStatus,
  RoutingStrategy,
  WarehouseProfile as WarehouseProfileData,
  WarehouseProfileInput,
} from "../../types/routing"
import {
  parsePluginOptions,
  type ResolvedPluginOptions,
} from "../../utils/plugin-options"
import {
  normalizeRoutingRules,
  RoutingRulesSchema,
} from "../../utils/routing-rules"
import {
  GeoCentroid,
  RoutingAllocation,
  RoutingDecision,
  RoutingSetting,
  WarehouseProfile,
} from "./models"
import {
  checkGeoCentroid,
  toGeoCentroid,
  toProfileColumns,
  toWarehouseProfile,
} from "./utils/normalize"
import {
  countOrdersBetween,
  deleteDecision,
  insertDecision,
  knexOf,
  searchCentroids,
  toRoutingDecision,
  upsertCentroids,
  type NewRoutingDecision,
  type StoredCentroid,
} from "./utils/routing-store"

/** Settings documents saved by admins, by key. */
const RULES_KEY = "rules"

const DAY_MS = 24 * 60 * 60 * 1000

type ProfileRow = Parameters<typeof toWarehouseProfile>[0]
type DecisionRow = Parameters<typeof toRoutingDecision>[0]
type CentroidRow = Parameters<typeof toGeoCentroid>[0]

export default class MallRoutingModuleService extends MedusaService({
  GeoCentroid,
  RoutingAllocation,
  RoutingDecision,
  RoutingSetting,
  WarehouseProfile,
}) {
  protected readonly options_: ResolvedPluginOptions
  protected readonly strategy_: RoutingStrategy
  protected readonly geocoder_: GeocoderStrategy

  constructor(container: Record<string, unknown>, options: unknown) {
    // eslint-disable-next-line prefer-rest-params
    super(...arguments)
    this.options_ = parsePluginOptions(options)
    this.strategy_ =
      this.options_.routing.strategy ?? new DefaultRoutingStrategy()
    this.geocoder_ = this.options_.routing.geocoder ?? new DefaultGeocoder()
  }

  getRoutingStrategy(): RoutingStrategy {
    return this.strategy_
  }

  getGeocoder(): GeocoderStrategy {
    return this.geocoder_
  }

  /** The rules in force: the admin's saved list, else the plugin options. */
  @InjectManager()
  async retrieveEffectiveRoutingRules(
    @MedusaContext() sharedContext: Context = {}
  ): Promise<{ rules: RoutingRule[]; source: "settings" | "plugin_options" }> {
    const [row] = await this.listRoutingSettings(
      { key: RULES_KEY },
      { take: 1 },
      sharedContext
    )
    if (!row) {
      return { rules: this.options_.routing.rules, source: "plugin_options" }
    }
    // A list saved by an older version may lack rules added since.
    const saved = (row.value as { rules?: unknown } | null)?.rules
    return { rules: normalizeRoutingRules(saved), source: "settings" }
  }

  /** Saves the complete rule list (missing rules appended disabled). */
  @InjectTransactionManager()
  async saveRoutingRules(
    rules: RoutingRule[],
    updated_by: string | null,
    @MedusaContext() sharedContext: Context = {}
  ): Promise<RoutingRule[]> {
    const parsed = RoutingRulesSchema.safeParse(rules)
    if (!parsed.success) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        parsed.error.issues.map((issue) => issue.message).join("; ")
      )
    }
    const [row] = await this.listRoutingSettings(
      { key: RULES_KEY },
      { take: 1 },
      sharedContext
    )
    const data = {
      value: { rules: parsed.data } as unknown as Record<string, unknown>,
      updated_by,
    }
    if (row) {
      await this.updateRoutingSettings({ id: row.id, ...data }, sharedContext)
    } else {
      await this.createRoutingSettings(
        { key: RULES_KEY, ...data },
        sharedContext
      )
    }
    return parsed.data
  }

  /** Forgets the admin's rules, so the plugin options are in force again. */
  @InjectTransactionManager()
  async resetRoutingRules(
    @MedusaContext() sharedContext: Context = {}
  ): Promise<void> {
    const rows = await this.listRoutingSettings(
      { key: RULES_KEY },
      { select: ["id"] },
      sharedContext
    )
    if (rows.length) {
      await this.deleteRoutingSettings(
        rows.map((r) => r.id),
        sharedContext
      )
    }
  }

  /** Profiles of the given stock locations (all profiles without a filter). */
  @InjectManager()
  async listWarehouseProfilesByLocation(
    location_ids?: string[],
    @MedusaContext() sharedContext: Context = {}
  ): Promise<WarehouseProfileData[]> {
    if (location_ids && !location_ids.length) {
      return []
    }
    const rows = await this.listWarehouseProfiles(
      location_ids ? { stock_location_id: location_ids } : {},
      { order: { priority: "ASC", created_at: "ASC" } },
      sharedContext
    )
    return (rows as unknown as ProfileRow[]).map(toWarehouseProfile)
  }

  @InjectTransactionManager()
  async createWarehouseProfile(
    input: WarehouseProfileInput,
    @MedusaContext() sharedContext: Context = {}
  ): Promise<WarehouseProfileData> {
    const columns = toProfileColumns(input)
    await this.assertLocationFree(
      columns.stock_location_id,
      null,
      sharedContext
    )
    const row = await this.createWarehouseProfiles(
      columns,
      sharedContext
    ).catch((error) => this.rethrowDuplicate(error, columns.stock_location_id))
    return toWarehouseProfile(row as unknown as ProfileRow)
  }

  /** Changes the given fields; a partial `service_area` keeps the lists it omits. */
  @InjectTransactionManager()
  async updateWarehouseProfile(
    id: string,
    input: Partial<WarehouseProfileInput>,
    @MedusaContext() sharedContext: Context = {}
  ): Promise<WarehouseProfileData> {
    const [existing] = await this.listWarehouseProfiles(
      { id },
      { take: 1 },
      sharedContext
    )
    if (!existing) {
      throw new MedusaError(
        MedusaError.Types.NOT_FOUND,
        `Warehouse profile ${id} was not found`
      )
    }
    const current = toWarehouseProfile(existing as unknown as ProfileRow)
    const columns = toProfileColumns(input, current)
    if (columns.stock_location_id !== current.stock_location_id) {
      await this.assertLocationFree(
        columns.stock_location_id,
        id,
        sharedContext
      )
    }
    const row = await this.updateWarehouseProfiles(
      { id, ...columns },
      sharedContext
    ).catch((error) => this.rethrowDuplicate(error, columns.stock_location_id))
    return toWarehouseProfile(row as unknown as ProfileRow)
  }

  /** Places a destination with the configured geocoder and the country's centroids. */
  async geocode(destination: RoutingDestination): Promise<GeocodeResult> {
    const country = destination.country_code?.trim().toLowerCase()
    const centroids = country ? await this.listGeoCentroidRows(country) : []
    return await this.geocoder_.geocode(destination, centroids)
  }

  @InjectManager()
  async listGeoCentroidRows(
    country_code?: string,
    @MedusaContext() sharedContext: Context = {}
  ): Promise<(GeoCentroidData & { id: string })[]> {
    const rows = await this.listGeoCentroids(
      country_code ? { country_code: country_code.trim().toLowerCase() } : {},
      { order: { natural_key: "ASC" } },
      sharedContext
    )
    return (rows as unknown as CentroidRow[]).map(toGeoCentroid)
  }

  /** A page of centroids for the admin table; `q` searches names, postal prefixes and aliases. */
  @InjectManager()
  async listAndCountGeoCentroidRows(
    filters: { country_code?: string; q?: string } = {},
    pagination: { skip?: number; take?: number } = {},
    @MedusaContext() sharedContext: Context = {}
  ): Promise<[(GeoCentroidData & { id: string })[], number]> {
    const [rows, count] = await searchCentroids(
      knexOf(sharedContext),
      {
        country_code: filters.country_code?.trim().toLowerCase() || undefined,
        q: filters.q?.trim() || undefined,
      },
      { skip: pagination.skip ?? 0, take: pagination.take ?? 50 }
    )
    return [rows.map(toGeoCentroid), count]
  }

  /**
   * Upserts centroids by natural key (country, province, city, postal
   * prefix), all or nothing: `imported` counts new rows, `updated` existing
   * ones. Rows are checked first and every bad one is reported; a later row
   * with the same key as an earlier one wins.
   */
  @InjectTransactionManager()
  async importGeoCentroids(
    rows: GeoCentroidData[],
    @MedusaContext() sharedContext: Context = {}
  ): Promise<{ imported: number; updated: number }> {
    const byKey = new Map<string, StoredCentroid>()
    const errors: string[] = []
    rows.forEach((row, index) => {
      const checked = checkGeoCentroid(row)
      if (checked.error !== undefined) {
        errors.push(`row ${index + 1}: ${checked.error}`)
      } else {
        byKey.delete(checked.centroid.natural_key)
        byKey.set(checked.centroid.natural_key, checked.centroid)
      }
    })
    if (errors.length) {
      const shown = errors.slice(0, 10).join("; ")
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        errors.length > 10
          ? `${shown}; and ${errors.length - 10} more bad rows`
          : shown
      )
    }
    return await upsertCentroids(knexOf(sharedContext), [...byKey.values()])
  }

  /** Distinct orders routed to each location on the UTC day of `now`. */
  @InjectManager()
  async countOrdersToday(
    location_ids: string[],
    now: Date,
    @MedusaContext() sharedContext: Context = {}
  ): Promise<Record<string, number>> {
    const from = new Date(
      Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate())
    )
    return await countOrdersBetween(
      knexOf(sharedContext),
      [...new Set(location_ids)],
      from,
      new Date(from.getTime() + DAY_MS)
    )
  }

  /**
   * Adds the order's next decision version and makes it current, with its
   * allocation rows. A concurrent decision for the same order fails with
   * CONFLICT instead of leaving two current ones.
   */
  @InjectTransactionManager()
  async recordRoutingDecision(
    input: NewRoutingDecision,
    @MedusaContext() sharedContext: Context = {}
  ): Promise<RoutingDecisionData> {
    return await insertDecision(knexOf(sharedContext), input)
  }

  /** Undoes `recordRoutingDecision` (a compensation); the version before becomes current. */
  @InjectTransactionManager()
  async revertRoutingDecision(
    id: string,
    @MedusaContext() sharedContext: Context = {}
  ): Promise<void> {
    await deleteDecision(knexOf(sharedContext), id)
  }

  @InjectManager()
  async retrieveCurrentRoutingDecision(
    order_id: string,
    @MedusaContext() sharedContext: Context = {}
  ): Promise<RoutingDecisionData | null> {
    const [row] = await this.listRoutingDecisions(
      { order_id, is_current: true },
      { take: 1 },
      sharedContext
    )
    return row ? toRoutingDecision(row as unknown as DecisionRow) : null
  }

  /** Every version of the order's decision, newest first. */
  @InjectManager()
  async listRoutingDecisionHistory(
    order_id: string,
    @MedusaContext() sharedContext: Context = {}
  ): Promise<RoutingDecisionData[]> {
    const rows = await this.listRoutingDecisions(
      { order_id },
      { order: { version: "DESC" } },
      sharedContext
    )
    return (rows as unknown as DecisionRow[]).map(toRoutingDecision)
  }

  /** Current decisions, oldest first (the "needs routing" queue works from the top). */
  @InjectManager()
  async listCurrentRoutingDecisions(
    filters: { status?: RoutingStatus[]; order_ids?: string[] },
    pagination: { skip?: number; take?: number } = {},
    @MedusaContext() sharedContext: Context = {}
  ): Promise<[RoutingDecisionData[], number]> {
    if (filters.order_ids && !filters.order_ids.length) {
      return [[], 0]
    }
    const [rows, count] = await this.listAndCountRoutingDecisions(
      {
        is_current: true,
        ...(filters.status?.length ? { status: filters.status } : {}),
        ...(filters.order_ids ? { order_id: filters.order_ids } : {}),
      },
      {
        skip: pagination.skip ?? 0,
        take: pagination.take ?? 20,
        order: { created_at: "ASC", id: "ASC" },
      },
      sharedContext
    )
    return [(rows as unknown as DecisionRow[]).map(toRoutingDecision), count]
  }

  protected async assertLocationFree(
    stock_location_id: string,
    except_id: string | null,
    sharedContext: Context
  ): Promise<void> {
    const [other] = await this.listWarehouseProfiles(
      { stock_location_id },
      { take: 1, select: ["id"] },
      sharedContext
    )
    if (other && other.id !== except_id) {
      throw new MedusaError(
        MedusaError.Types.DUPLICATE_ERROR,
        `Stock location ${stock_location_id} already has a warehouse profile (${other.id}); edit that one instead`
      )
    }
  }

  // A concurrent create slips past the check above; the unique index stops it.
  protected rethrowDuplicate(error: unknown, stock_location_id: string): never {
    if (
      error instanceof MedusaError &&
      error.type === MedusaError.Types.DUPLICATE_ERROR
    ) {
      throw new MedusaError(
        MedusaError.Types.DUPLICATE_ERROR,
        `Stock location ${stock_location_id} already has a warehouse profile; edit that one instead`
      )
    }
    throw error
  }
}
