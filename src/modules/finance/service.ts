import type { Context } from "@medusajs/framework/types"
import {
  InjectManager,
  InjectTransactionManager,
  MedusaContext,
  MedusaService,
} from "@medusajs/framework/utils"
import { DefaultCodEligibilityStrategy } from "../../strategies/cod-eligibility"
import type {
  CodEligibilityCart,
  CodEligibilityContext,
  CodEligibilityResult,
  CodEligibilityStrategy,
  CodSettings,
} from "../../types/cod"
import type {
  Department,
  DepartmentRole,
  PipelineSettings,
} from "../../types/pipeline"
import {
  parsePluginOptions,
  type ResolvedPluginOptions,
} from "../../utils/plugin-options"
import type {
  ClassifiedStatementLine,
  MatchableReceivable,
  RemittanceSummary,
} from "../../types/cod-collection"
import type { AgingRow } from "../../utils/receivable-aging"
import {
  aggregateAging,
  applyConfirmation,
  deleteRemittanceWithLines,
  findMatchableReceivables,
  insertRemittanceWithLines,
  knexOf,
  listConfirmationLines,
  revertConfirmation,
  summarizeRemittances,
  type ConfirmationChanges,
  type ConfirmationLine,
  type ConfirmationSnapshot,
  type NewRemittance,
} from "./utils/cod-collection-store"
import {
  AuditEntry,
  CodReceivable,
  CodRefusal,
  CodSetting,
  DepartmentMember,
  LogisticsCost,
  PaymentConfirmation,
  ReleaseGate,
  Remittance,
  RemittanceLine,
  Setting,
} from "./models"

const DEFAULT_SCOPE = "default"

type CodSettingRow = CodSettings & { id: string; scope: string }

export default class MallFinanceModuleService extends MedusaService({
  AuditEntry,
  CodReceivable,
  CodRefusal,
  CodSetting,
  DepartmentMember,
  LogisticsCost,
  PaymentConfirmation,
  ReleaseGate,
  Remittance,
  RemittanceLine,
  Setting,
}) {
  protected readonly options_: ResolvedPluginOptions
  protected readonly eligibility_: CodEligibilityStrategy

  constructor(container: Record<string, unknown>, options: unknown) {
    // eslint-disable-next-line prefer-rest-params
    super(...arguments)
    this.options_ = parsePluginOptions(options)
    this.eligibility_ =
      this.options_.cod.eligibility_strategy ??
      new DefaultCodEligibilityStrategy()
  }

  /** The COD rules in force: the admin's saved rules, else the plugin options. */
  @InjectManager()
  async retrieveEffectiveCodSettings(
    @MedusaContext() sharedContext: Context = {}
  ): Promise<CodSettings & { source: "settings" | "plugin_options" }> {
    const [row] = (await this.listCodSettings(
      { scope: DEFAULT_SCOPE },
      { take: 1 },
      sharedContext
    )) as unknown as CodSettingRow[]
    if (!row) {
      return { ...this.options_.cod.defaults, source: "plugin_options" }
    }
    return { ...toSettings(row), source: "settings" }
  }

  /** Saves the complete rule set, creating the row on first save. */
  @InjectTransactionManager()
  async saveCodSettings(
    settings: CodSettings,
    updatedBy: string | null,
    @MedusaContext() sharedContext: Context = {}
  ): Promise<CodSettings> {
    const [row] = await this.listCodSettings(
      { scope: DEFAULT_SCOPE },
      { take: 1 },
      sharedContext
    )
    const data = { ...settings, updated_by: updatedBy }
    const saved = row
      ? await this.updateCodSettings({ id: row.id, ...data }, sharedContext)
      : await this.createCodSettings(
          { scope: DEFAULT_SCOPE, ...data },
          sharedContext
        )
    return toSettings(saved as unknown as CodSettingRow)
  }

  /** Forgets the admin's rules, so the plugin options are in force again. */
  @InjectTransactionManager()
  async resetCodSettings(
    @MedusaContext() sharedContext: Context = {}
  ): Promise<void> {
    const rows = await this.listCodSettings(
      { scope: DEFAULT_SCOPE },
      {},
      sharedContext
    )
    if (rows.length) {
      await this.deleteCodSettings(
        rows.map((r) => r.id),
        sharedContext
      )
    }
  }

  /** The pipeline rules in force: saved by an admin, else the plugin options. */
  @InjectManager()
  async retrieveEffectivePipelineSettings(
    @MedusaContext() sharedContext: Context = {}
  ): Promise<PipelineSettings & { source: "settings" | "plugin_options" }> {
    const [row] = await this.listSettings(
      { key: PIPELINE_SETTINGS_KEY },
      { take: 1 },
      sharedContext
    )
    const defaults = this.options_.pipeline.defaults
    if (!row) {
      return { ...defaults, source: "plugin_options" }
    }
    return {
      ...defaults,
      ...(row.value as Partial<PipelineSettings>),
      source: "settings",
    }
  }

  @InjectTransactionManager()
  async savePipelineSettings(
    settings: PipelineSettings,
    updatedBy: string | null,
    @MedusaContext() sharedContext: Context = {}
  ): Promise<PipelineSettings> {
    const [row] = await this.listSettings(
      { key: PIPELINE_SETTINGS_KEY },
      { take: 1 },
      sharedContext
    )
    const data = {
      value: settings as unknown as Record<string, unknown>,
      updated_by: updatedBy,
    }
    if (row) {
      await this.updateSettings({ id: row.id, ...data }, sharedContext)
    } else {
      await this.createSettings(
        { key: PIPELINE_SETTINGS_KEY, ...data },
        sharedContext
      )
    }
    return settings
  }

  /** Forgets the admin's pipeline rules, so the plugin options are in force again. */
  @InjectTransactionManager()
  async resetPipelineSettings(
    @MedusaContext() sharedContext: Context = {}
  ): Promise<void> {
    const rows = await this.listSettings(
      { key: PIPELINE_SETTINGS_KEY },
      { select: ["id"] },
      sharedContext
    )
    if (rows.length) {
      await this.deleteSettings(
        rows.map((r) => r.id),
        sharedContext
      )
    }
  }

  /** Whether a user belongs to a department (as an owner, when `role` is "owner"). */
  @InjectManager()
  async isDepartmentMember(
    userId: string,
    department: Department,
    role?: DepartmentRole,
    @MedusaContext() sharedContext: Context = {}
  ): Promise<boolean> {
    const [, count] = await this.listAndCountDepartmentMembers(
      { user_id: userId, department, ...(role ? { role } : {}) },
      { select: ["id"] },
      sharedContext
    )
    return count > 0
  }

  /** Refused COD deliveries of a buyer, counted by customer and by email. */
  @InjectManager()
  async countCodRefusalsFor(
    buyer: { customer_id?: string | null; email?: string | null },
    @MedusaContext() sharedContext: Context = {}
  ): Promise<number> {
    const or: Record<string, string>[] = []
    if (buyer.customer_id) {
      or.push({ customer_id: buyer.customer_id })
    }
    if (buyer.email) {
      or.push({ email: buyer.email.toLowerCase() })
    }
    if (!or.length) {
      return 0
    }
    const [, count] = await this.listAndCountCodRefusals(
      { $or: or },
      { select: ["id"] },
      sharedContext
    )
    return count
  }

  async evaluateCodEligibility(
    context: CodEligibilityContext
  ): Promise<CodEligibilityResult> {
    return await this.eligibility_.evaluate(context)
  }

  /** Eligibility of a cart against the rules in force and the buyer's history. */
  async evaluateCartCodEligibility(
    cart: CodEligibilityCart
  ): Promise<CodEligibilityResult> {
    const [{ source: _source, ...settings }, refused_deliveries] =
      await Promise.all([
        this.retrieveEffectiveCodSettings(),
        this.countCodRefusalsFor({
          customer_id: cart.customer_id,
          email: cart.email,
        }),
      ])
    return await this.evaluateCodEligibility({
      cart,
      settings,
      refused_deliveries,
    })
  }

  /** Receivables that statement lines may pay, by tracking number or order display id. */
  @InjectManager()
  async listMatchableReceivables(
    keys: { tracking_numbers: string[]; display_ids: number[] },
    @MedusaContext() sharedContext: Context = {}
  ): Promise<MatchableReceivable[]> {
    return await findMatchableReceivables(knexOf(sharedContext), keys)
  }

  /** Writes a courier statement and its matched lines, in bulk; returns its id. */
  @InjectTransactionManager()
  async importRemittance(
    remittance: NewRemittance,
    lines: ClassifiedStatementLine[],
    @MedusaContext() sharedContext: Context = {}
  ): Promise<string> {
    return await insertRemittanceWithLines(
      knexOf(sharedContext),
      remittance,
      lines
    )
  }

  /** Removes an imported statement and its lines (undoes `importRemittance`). */
  @InjectTransactionManager()
  async deleteImportedRemittance(
    id: string,
    @MedusaContext() sharedContext: Context = {}
  ): Promise<void> {
    await deleteRemittanceWithLines(knexOf(sharedContext), id)
  }

  /** Line counts per outcome and amounts per currency, per statement. */
  @InjectManager()
  async summarizeRemittances(
    ids: string[],
    @MedusaContext() sharedContext: Context = {}
  ): Promise<Map<string, RemittanceSummary>> {
    return await summarizeRemittances(knexOf(sharedContext), ids)
  }

  @InjectManager()
  async listRemittanceConfirmationLines(
    remittanceId: string,
    @MedusaContext() sharedContext: Context = {}
  ): Promise<ConfirmationLine[]> {
    return await listConfirmationLines(knexOf(sharedContext), remittanceId)
  }

  /** Settles and disputes a statement's lines and receivables, atomically. */
  @InjectTransactionManager()
  async applyRemittanceConfirmation(
    changes: ConfirmationChanges,
    @MedusaContext() sharedContext: Context = {}
  ): Promise<ConfirmationSnapshot> {
    return await applyConfirmation(knexOf(sharedContext), changes)
  }

  @InjectTransactionManager()
  async revertRemittanceConfirmation(
    snapshot: ConfirmationSnapshot,
    @MedusaContext() sharedContext: Context = {}
  ): Promise<void> {
    await revertConfirmation(knexOf(sharedContext), snapshot)
  }

  /** Outstanding receivables grouped by carrier, currency, status and days since delivery. */
  @InjectManager()
  async aggregateReceivablesAging(
    filters: { carrier?: string },
    now: Date,
    @MedusaContext() sharedContext: Context = {}
  ): Promise<AgingRow[]> {
    return await aggregateAging(knexOf(sharedContext), filters, now)
  }
}

/** Settings documents saved by admins, by key. */
const PIPELINE_SETTINGS_KEY = "pipeline"

function toSettings(row: CodSettingRow): CodSettings {
  return {
    enabled: row.enabled,
    max_order_total: row.max_order_total ?? {},
    allowed_countries: row.allowed_countries ?? [],
    allowed_provinces: row.allowed_provinces ?? [],
    allowed_postal_prefixes: row.allowed_postal_prefixes ?? [],
    excluded_product_tags: row.excluded_product_tags ?? [],
    excluded_product_ids: row.excluded_product_ids ?? [],
    max_refused_deliveries: row.max_refused_deliveries ?? null,
    fee: row.fee ?? {},
  }
}
