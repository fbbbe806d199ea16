import type { Context } from "@medusajs/framework/types"
import {
  InjectManager,
  InjectTransactionManager,
  MedusaContext,
  MedusaService,
} from "@medusajs/framework/utils"
import type { ChannelAllocationSettings } from "../../types/channel-inventory"
import {
  ChannelDefaultsSchema,
  parsePluginOptions,
  type ChannelSuggestionOptions,
  type ResolvedPluginOptions,
} from "../../utils/plugin-options"
import { knexOf } from "../routing/utils/routing-store"
import { ChannelAllocation, ChannelMovement, ChannelSetting } from "./models"
import {
  deleteAllocationsAt,
  deleteMovementsById,
  insertMovements,
  selectAllocations,
  selectKnownExternalIds,
  selectMovements,
  selectAllocatedPositions,
  selectSalesSince,
  selectSplitPositions,
  upsertAllocations,
  type AllocationWrite,
  type MovementFilters,
  type NewChannelMovement,
  type PositionSales,
  type StoredAllocation,
  type StoredChannelMovement,
} from "./utils/channel-store"

const DEFAULTS_KEY = "defaults"

export type {
  AllocationWrite,
  MovementFilters,
  NewChannelMovement,
  PositionSales,
  StoredAllocation,
  StoredChannelMovement,
}

/**
 * The channel inventory module: how each position is shared between the
 * online and offline channels, and the append-only ledger of what changed
 * the pools. It never touches Medusa's inventory: the workflows do, under
 * the inventory items' lock, and write here what they did.
 */
export default class MallChannelInventoryModuleService extends MedusaService({
  ChannelAllocation,
  ChannelMovement,
  ChannelSetting,
}) {
  protected readonly options_: ResolvedPluginOptions

  constructor(container: Record<string, unknown>, options: unknown) {
    // eslint-disable-next-line prefer-rest-params
    super(...arguments)
    this.options_ = parsePluginOptions(options)
  }

  /** How a position without its own allocation is shared: the admin's defaults, else the plugin options. */
  @InjectManager()
  async retrieveChannelDefaults(
    @MedusaContext() sharedContext: Context = {}
  ): Promise<ChannelAllocationSettings> {
    const [row] = await this.listChannelSettings(
      { key: DEFAULTS_KEY },
      { take: 1 },
      sharedContext
    )
    const saved = ChannelDefaultsSchema.partial().safeParse(row?.value ?? {})
    return {
      ...this.options_.channel_inventory.defaults,
      ...(saved.success ? saved.data : {}),
    }
  }

  /** Saves the admin's defaults (complete), used by positions without a row. */
  @InjectTransactionManager()
  async saveChannelDefaults(
    defaults: ChannelAllocationSettings,
    updated_by: string | null,
    @MedusaContext() sharedContext: Context = {}
  ): Promise<ChannelAllocationSettings> {
    const value = ChannelDefaultsSchema.parse(defaults)
    const [row] = await this.listChannelSettings(
      { key: DEFAULTS_KEY },
      { take: 1 },
      sharedContext
    )
    const data = {
      value: value as unknown as Record<string, unknown>,
      updated_by,
    }
    if (row) {
      await this.updateChannelSettings({ id: row.id, ...data }, sharedContext)
    } else {
      await this.createChannelSettings(
        { key: DEFAULTS_KEY, ...data },
        sharedContext
      )
    }
    return value
  }

  @InjectManager()
  async listAllocationRows(
    filters: { inventory_item_ids?: string[]; location_ids?: string[] },
    @MedusaContext() sharedContext: Context = {}
  ): Promise<StoredAllocation[]> {
    return await selectAllocations(knexOf(sharedContext), filters)
  }

  /** Inserts or replaces positions' rows, by (inventory item, location). */
  @InjectTransactionManager()
  async writeAllocationRows(
    rows: AllocationWrite[],
    @MedusaContext() sharedContext: Context = {}
  ): Promise<void> {
    await upsertAllocations(knexOf(sharedContext), rows)
  }

  /** Removes positions' rows (a compensation of a first write). */
  @InjectTransactionManager()
  async removeAllocationRows(
    positions: { inventory_item_id: string; location_id: string }[],
    @MedusaContext() sharedContext: Context = {}
  ): Promise<void> {
    await deleteAllocationsAt(knexOf(sharedContext), positions)
  }

  /** The external ids among `ids` already applied. */
  @InjectManager()
  async listKnownExternalIds(
    ids: string[],
    @MedusaContext() sharedContext: Context = {}
  ): Promise<Set<string>> {
    return await selectKnownExternalIds(knexOf(sharedContext), ids)
  }

  /** Appends ledger entries; returns their ids. */
  @InjectTransactionManager()
  async appendMovements(
    movements: NewChannelMovement[],
    @MedusaContext() sharedContext: Context = {}
  ): Promise<string[]> {
    return await insertMovements(knexOf(sharedContext), movements)
  }

  /** Removes ledger entries a failed workflow wrote (compensation only). */
  @InjectTransactionManager()
  async revertMovements(
    ids: string[],
    @MedusaContext() sharedContext: Context = {}
  ): Promise<void> {
    await deleteMovementsById(knexOf(sharedContext), ids)
  }

  @InjectManager()
  async listLedger(
    filters: MovementFilters,
    page: { skip?: number; take?: number } = {},
    @MedusaContext() sharedContext: Context = {}
  ): Promise<[StoredChannelMovement[], number]> {
    return await selectMovements(knexOf(sharedContext), filters, {
      skip: page.skip ?? 0,
      take: page.take ?? 50,
    })
  }

  /** The window and cover of allocation suggestions, from the plugin options. */
  retrieveSuggestionOptions(): ChannelSuggestionOptions {
    return { ...this.options_.channel_inventory.suggestions }
  }

  /** A page of the positions that have their own split allocation. */
  @InjectManager()
  async listSplitPositions(
    filters: { inventory_item_ids?: string[]; location_id?: string },
    page: { skip: number; take: number },
    @MedusaContext() sharedContext: Context = {}
  ): Promise<[{ inventory_item_id: string; location_id: string }[], number]> {
    return await selectSplitPositions(knexOf(sharedContext), filters, page)
  }

  /** A page of the positions with an allocation row of their own, either mode. */
  @InjectManager()
  async listAllocatedPositions(
    filters: { inventory_item_ids?: string[]; location_id?: string },
    page: { skip: number; take: number },
    @MedusaContext() sharedContext: Context = {}
  ): Promise<{ inventory_item_id: string; location_id: string }[]> {
    return await selectAllocatedPositions(knexOf(sharedContext), filters, page)
  }

  /** Units sold per channel since a moment, per position: one aggregate query. */
  @InjectManager()
  async sumSalesSince(
    positions: { inventory_item_id: string; location_id: string }[],
    since: Date,
    @MedusaContext() sharedContext: Context = {}
  ): Promise<PositionSales[]> {
    return await selectSalesSince(knexOf(sharedContext), positions, since)
  }
}
