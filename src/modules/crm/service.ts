import type { Context } from "@medusajs/framework/types"
import {
  InjectManager,
  InjectTransactionManager,
  MedusaContext,
  MedusaService,
} from "@medusajs/framework/utils"
import { createCrmConnector } from "../../strategies/crm-connector"
import { DefaultCrmMatcher } from "../../strategies/crm-matcher"
import { DefaultOrderReviewStrategy } from "../../strategies/order-review"
import type {
  BlockingKey,
  CrmConnectorStrategy,
  CrmMatcherStrategy,
  MatchThresholds,
} from "../../types/crm"
import type {
  OrderReviewRules,
  OrderReviewStrategy,
} from "../../types/order-review"
import type {
  ClaimSyncJobsInput,
  CrmContactRow,
  CustomerLink,
  LinkCustomerInput,
  MatchCandidate,
  MergeContactsInput,
  MergeContactsResult,
  NewContactWithKeys,
  NewMatchCandidate,
  NewOrderReview,
  NewSyncJob,
  OrderReview,
  StoredContact,
  SyncJob,
  SyncJobFailure,
  SyncJobSuccess,
} from "../../types/crm-module"
import {
  parsePluginOptions,
  type RejectedOrderAction,
  type ResolvedPluginOptions,
} from "../../utils/plugin-options"
import { knexOf } from "../routing/utils/routing-store"
import {
  CrmContact,
  CrmContactKey,
  CrmCustomerLink,
  CrmMatchCandidate,
  CrmOrderReview,
  CrmSyncJob,
} from "./models"
import {
  insertContactsWithKeys,
  replaceKeys,
  selectContactsByKeys,
  searchContactRows,
  updateContactRows,
  type ContactFieldsUpdate,
  type ContactRewrite,
} from "./utils/contact-store"
import {
  insertOrderReviewIfAbsent,
  toCustomerLink,
  upsertCandidates,
  upsertCustomerLink,
} from "./utils/link-store"
import {
  searchMatchCandidateIds,
  type MatchCandidateSearch,
} from "./utils/match-candidate-search"
import { mergeContactRows } from "./utils/merge-store"
import {
  claimJobs,
  completeJob,
  failJob,
  insertSyncJobIfAbsent,
  requeueJob,
} from "./utils/sync-job-store"

const DEFAULT_LOOKUP_LIMIT = 50

type LinkRow = Parameters<typeof toCustomerLink>[0]

/**
 * The CRM module: contacts (golden records of customers) with their
 * blocking keys, customer links, match candidates, order reviews and the
 * outbound sync queue. Matching itself is the matcher strategy's job; this
 * service stores what it decides and answers its lookups fast.
 */
export default class MallCrmModuleService extends MedusaService({
  CrmContact,
  CrmContactKey,
  CrmCustomerLink,
  CrmMatchCandidate,
  CrmOrderReview,
  CrmSyncJob,
}) {
  protected readonly options_: ResolvedPluginOptions
  protected readonly matcher_: CrmMatcherStrategy
  protected readonly reviewStrategy_: OrderReviewStrategy
  protected connector_: CrmConnectorStrategy | null | undefined

  constructor(container: Record<string, unknown>, options: unknown) {
    // eslint-disable-next-line prefer-rest-params
    super(...arguments)
    this.options_ = parsePluginOptions(options)
    const crm = this.options_.crm
    this.matcher_ =
      crm.matcher ??
      new DefaultCrmMatcher({ default_country: crm.default_country })
    this.reviewStrategy_ =
      crm.order_review.strategy ?? new DefaultOrderReviewStrategy()
  }

  /** The matcher in force: the plugin option `crm.matcher`, else the default. */
  getMatcher(): CrmMatcherStrategy {
    return this.matcher_
  }

  getMatchThresholds(): MatchThresholds {
    return { ...this.options_.crm.thresholds }
  }

  getDefaultCountry(): string {
    return this.options_.crm.default_country
  }

  /** The order review rules, what a rejection does, and the strategy that applies them. */
  getOrderReviewOptions(): {
    rules: OrderReviewRules
    on_reject: RejectedOrderAction
    strategy: OrderReviewStrategy
  } {
    const review = this.options_.crm.order_review
    return {
      rules: { ...review.rules },
      on_reject: review.on_reject,
      strategy: this.reviewStrategy_,
    }
  }

  /**
   * The connector approved orders go to, or null when none is configured
   * (then no sync jobs are made). Built on first use.
   */
  getConnector(): CrmConnectorStrategy | null {
    if (this.connector_ === undefined) {
      const options = this.options_.crm.connector
      this.connector_ = options ? createCrmConnector(options) : null
    }
    return this.connector_
  }

  getSyncOptions(): { max_attempts: number; base_delay_ms: number } {
    return { ...this.options_.crm.sync }
  }

  /**
   * The live contacts sharing at least one blocking key (one indexed
   * query): what the matcher scores a new record against.
   */
  @InjectManager()
  async findContactsByKeys(
    keys: BlockingKey[],
    options: { limit?: number } = {},
    @MedusaContext() sharedContext: Context = {}
  ): Promise<StoredContact[]> {
    return await selectContactsByKeys(
      knexOf(sharedContext),
      keys,
      options.limit ?? DEFAULT_LOOKUP_LIMIT
    )
  }

  /** Bulk insert of contacts and their keys, all or nothing; ids in the order given. */
  @InjectTransactionManager()
  async createContactsWithKeys(
    rows: NewContactWithKeys[],
    @MedusaContext() sharedContext: Context = {}
  ): Promise<{ id: string }[]> {
    return await insertContactsWithKeys(knexOf(sharedContext), rows)
  }

  /**
   * Contacts for the admin list: a query that reads as a phone or an email
   * finds the contact by its keys, whatever the spelling; other text
   * matches names, company and external id.
   */
  @InjectManager()
  async searchContacts(
    filters: {
      q?: string
      source?: string
      kind?: string
      include_merged?: boolean
    },
    page: { skip: number; take: number },
    @MedusaContext() sharedContext: Context = {}
  ): Promise<[CrmContactRow[], number]> {
    const { q, ...rest } = filters
    return await searchContactRows(
      knexOf(sharedContext),
      { ...rest, keys: this.contactKeysOf(q), text: q },
      page
    )
  }

  /**
   * The review queue: candidates matching the filters, and `q` in either
   * record (as `searchContacts` reads it), in the order asked.
   */
  @InjectManager()
  async searchMatchCandidates(
    filters: Omit<MatchCandidateSearch, "keys" | "text"> & { q?: string },
    page: { skip: number; take: number },
    @MedusaContext() sharedContext: Context = {}
  ): Promise<[MatchCandidate[], number]> {
    const { q, ...rest } = filters
    const [ids, count] = await searchMatchCandidateIds(
      knexOf(sharedContext),
      { ...rest, keys: this.contactKeysOf(q), text: q },
      page
    )
    const rows = ids.length
      ? ((await this.listCrmMatchCandidates(
          { id: ids },
          { take: null },
          sharedContext
        )) as unknown as MatchCandidate[])
      : []
    const byId = new Map(rows.map((row) => [row.id, row]))
    return [ids.flatMap((id) => byId.get(id) ?? []), count]
  }

  /** A query that reads as a phone or an e-mail, as the keys it would have. */
  private contactKeysOf(q: string | undefined): BlockingKey[] | undefined {
    if (!q || !(/@/.test(q) || /^[+\d][\d\s()-]{5,}$/.test(q))) {
      return undefined
    }
    const email = /@/.test(q)
    const normalized = this.matcher_.normalize({
      kind: "person",
      phones: email ? [] : [q],
      emails: email ? [q] : [],
      addresses: [],
    })
    return this.matcher_
      .blockingKeys(normalized)
      .filter((k) => k.kind === "phone" || k.kind === "email")
  }

  /** Rewrites a live contact's fields, normalised form and keys in one transaction. */
  @InjectTransactionManager()
  async updateContactWithKeys(
    contact_id: string,
    fields: ContactFieldsUpdate,
    keys: BlockingKey[],
    @MedusaContext() sharedContext: Context = {}
  ): Promise<void> {
    await updateContactRows(knexOf(sharedContext), [
      { id: contact_id, fields, keys },
    ])
  }

  /** Rewrites many live contacts' fields, normalised forms and keys in one transaction. */
  @InjectTransactionManager()
  async updateContactsWithKeys(
    rewrites: ContactRewrite[],
    @MedusaContext() sharedContext: Context = {}
  ): Promise<void> {
    await updateContactRows(knexOf(sharedContext), rewrites)
  }

  /** Replaces a contact's keys after its fields (and normalised form) changed. */
  @InjectTransactionManager()
  async replaceContactKeys(
    contact_id: string,
    keys: BlockingKey[],
    @MedusaContext() sharedContext: Context = {}
  ): Promise<void> {
    await replaceKeys(knexOf(sharedContext), contact_id, keys)
  }

  /**
   * Links a customer to a contact, or moves its link (a customer has one
   * contact). Running it twice changes nothing; a merged contact is
   * followed to its survivor.
   */
  @InjectTransactionManager()
  async linkCustomer(
    input: LinkCustomerInput,
    @MedusaContext() sharedContext: Context = {}
  ): Promise<CustomerLink> {
    return await upsertCustomerLink(knexOf(sharedContext), input)
  }

  /** The customer's link, or null when it is linked to no contact. */
  @InjectManager()
  async retrieveCustomerLink(
    customer_id: string,
    @MedusaContext() sharedContext: Context = {}
  ): Promise<CustomerLink | null> {
    const [row] = await this.listCrmCustomerLinks(
      { customer_id },
      { take: 1 },
      sharedContext
    )
    return row ? toCustomerLink(row as unknown as LinkRow) : null
  }

  /** Every customer linked to the contact, oldest link first. */
  @InjectManager()
  async listCustomerLinksByContact(
    contact_id: string,
    @MedusaContext() sharedContext: Context = {}
  ): Promise<CustomerLink[]> {
    const rows = await this.listCrmCustomerLinks(
      { contact_id },
      { order: { created_at: "ASC", id: "ASC" } },
      sharedContext
    )
    return (rows as unknown as LinkRow[]).map(toCustomerLink)
  }

  /**
   * Inserts candidates that do not exist yet for their subject and contact,
   * and returns the stored row of each (existing ones keep their status).
   */
  @InjectTransactionManager()
  async upsertMatchCandidates(
    rows: NewMatchCandidate[],
    @MedusaContext() sharedContext: Context = {}
  ): Promise<MatchCandidate[]> {
    return await upsertCandidates(knexOf(sharedContext), rows)
  }

  /**
   * Folds one contact into another in one transaction: links, keys and
   * pending candidates move to the survivor, its lists gain the merged
   * contact's values, and the merged contact stays, pointing at it. The
   * caller recomputes the survivor's normalised form and keys afterwards.
   */
  @InjectTransactionManager()
  async mergeContacts(
    input: MergeContactsInput,
    @MedusaContext() sharedContext: Context = {}
  ): Promise<MergeContactsResult> {
    return await mergeContactRows(
      knexOf(sharedContext),
      input.survivor_id,
      input.merged_id
    )
  }

  /** Opens the order's review unless it has one (a redelivered order.placed). */
  @InjectTransactionManager()
  async createOrderReviewIfAbsent(
    input: NewOrderReview,
    @MedusaContext() sharedContext: Context = {}
  ): Promise<{ review: OrderReview; created: boolean }> {
    return await insertOrderReviewIfAbsent(knexOf(sharedContext), input)
  }

  /** Queues a delivery unless its idempotency key is queued already; returns the key's job. */
  @InjectTransactionManager()
  async createSyncJobIfAbsent(
    input: NewSyncJob,
    @MedusaContext() sharedContext: Context = {}
  ): Promise<SyncJob> {
    return await insertSyncJobIfAbsent(knexOf(sharedContext), input)
  }

  /**
   * Claims due jobs for this instance (marks them in progress and counts
   * the attempt); instances polling together never get the same job.
   */
  @InjectTransactionManager()
  async claimDueSyncJobs(
    input: ClaimSyncJobsInput,
    @MedusaContext() sharedContext: Context = {}
  ): Promise<SyncJob[]> {
    return await claimJobs(knexOf(sharedContext), input)
  }

  @InjectTransactionManager()
  async completeSyncJob(
    id: string,
    result: SyncJobSuccess = {},
    @MedusaContext() sharedContext: Context = {}
  ): Promise<SyncJob> {
    return await completeJob(knexOf(sharedContext), id, result)
  }

  /** Records a failed attempt; `retry_at: null` gives up for good. */
  @InjectTransactionManager()
  async failSyncJob(
    id: string,
    failure: SyncJobFailure,
    @MedusaContext() sharedContext: Context = {}
  ): Promise<SyncJob> {
    return await failJob(knexOf(sharedContext), id, failure)
  }

  /** Sends a failed job again at `now` (an admin's retry). */
  @InjectTransactionManager()
  async retrySyncJob(
    id: string,
    now: Date = new Date(),
    @MedusaContext() sharedContext: Context = {}
  ): Promise<SyncJob> {
    return await requeueJob(knexOf(sharedContext), id, now)
  }
}
