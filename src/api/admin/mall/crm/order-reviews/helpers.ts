import type { MedusaContainer } from "@medusajs/framework/types"
import {
  ContainerRegistrationKeys,
  MedusaError,
} from "@medusajs/framework/utils"
import type MallCrmModuleService from "../../../../../modules/crm/service"
import type {
  AdminCrmOrderReview,
  AdminCrmSyncJob,
} from "../../../../../types/http/crm-order-review"
import { MALL_CRM_MODULE } from "../../../../../types/modules"
import {
  amountOf,
  toAdminCrmOrderReview,
  toAdminCrmSyncJob,
  type OrderReviewRow,
  type ReviewOrderSummary,
  type SyncJobRow,
} from "../../../../../workflows/crm"

type GraphOrder = {
  id: string
  display_id?: number | null
  total?: unknown
  currency_code: string
  email?: string | null
  customer?: { email?: string | null } | null
}

/** The orders of the given ids, as the review list shows them, by id. */
async function ordersById(
  scope: MedusaContainer,
  ids: string[],
  withTotals: boolean
): Promise<Map<string, ReviewOrderSummary>> {
  const unique = [...new Set(ids)]
  if (!unique.length) {
    return new Map()
  }
  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "order",
    fields: [
      "id",
      "display_id",
      "currency_code",
      "email",
      "customer.email",
      ...(withTotals ? ["total"] : []),
    ],
    filters: { id: unique },
  })
  return new Map(
    (data as unknown as GraphOrder[]).map((o) => [
      o.id,
      {
        id: o.id,
        display_id: o.display_id ?? null,
        total: amountOf(o.total),
        currency_code: o.currency_code,
        email: o.customer?.email ?? o.email ?? null,
      },
    ])
  )
}

/**
 * Reviews with their order's number, total and buyer, their contact's name,
 * and what rejecting them would do to the order.
 */
export async function toAdminOrderReviews(
  scope: MedusaContainer,
  reviews: OrderReviewRow[],
  now = new Date()
): Promise<AdminCrmOrderReview[]> {
  const crm = scope.resolve<MallCrmModuleService>(MALL_CRM_MODULE)
  const contactIds = [
    ...new Set(
      reviews.map((r) => r.contact_id).filter((id): id is string => !!id)
    ),
  ]
  const [orders, contacts] = await Promise.all([
    ordersById(
      scope,
      reviews.map((r) => r.order_id),
      true
    ),
    contactIds.length
      ? crm.listCrmContacts(
          { id: contactIds },
          { select: ["id", "display_name"], take: contactIds.length }
        )
      : Promise.resolve([]),
  ])
  const names = new Map(contacts.map((c) => [c.id, c.display_name]))
  const { on_reject } = crm.getOrderReviewOptions()
  return reviews.map((review) =>
    toAdminCrmOrderReview(review, {
      order: orders.get(review.order_id) ?? null,
      contact_display_name: review.contact_id
        ? (names.get(review.contact_id) ?? null)
        : null,
      on_reject,
      now,
    })
  )
}

/** One review as the admin shows it; 404 when there is none with the id. */
export async function retrieveAdminOrderReview(
  scope: MedusaContainer,
  id: string
): Promise<AdminCrmOrderReview> {
  const crm = scope.resolve<MallCrmModuleService>(MALL_CRM_MODULE)
  const [review] = await crm.listCrmOrderReviews({ id }, { take: 1 })
  if (!review) {
    throw new MedusaError(
      MedusaError.Types.NOT_FOUND,
      `Order review with id: ${id} was not found`
    )
  }
  const [view] = await toAdminOrderReviews(scope, [
    review as unknown as OrderReviewRow,
  ])
  return view
}

/** Sync jobs with their order's number. */
export async function toAdminSyncJobs(
  scope: MedusaContainer,
  jobs: SyncJobRow[]
): Promise<AdminCrmSyncJob[]> {
  const orders = await ordersById(
    scope,
    jobs.map((j) => j.order_id),
    false
  )
  return jobs.map((job) =>
    toAdminCrmSyncJob(job, orders.get(job.order_id)?.display_id ?? null)
  )
}

/** The fields of a sync job the admin shows: everything but the payload. */
export const SYNC_JOB_FIELDS = [
  "id",
  "order_id",
  "connector",
  "idempotency_key",
  "status",
  "attempts",
  "max_attempts",
  "next_attempt_at",
  "last_attempt_at",
  "last_error",
  "succeeded_at",
  "external_id",
  "result_detail",
  "created_at",
  "updated_at",
]

/** One sync job as the admin shows it; 404 when there is none with the id. */
export async function retrieveAdminSyncJob(
  scope: MedusaContainer,
  id: string
): Promise<AdminCrmSyncJob> {
  const crm = scope.resolve<MallCrmModuleService>(MALL_CRM_MODULE)
  const [job] = await crm.listCrmSyncJobs(
    { id },
    { select: SYNC_JOB_FIELDS, take: 1 }
  )
  if (!job) {
    throw new MedusaError(
      MedusaError.Types.NOT_FOUND,
      `CRM sync job with id: ${id} was not found`
    )
  }
  const [view] = await toAdminSyncJobs(scope, [job as unknown as SyncJobRow])
  return view
}
