import type {
  AdminCrmAcceptMatchResponse,
  AdminCrmCustomerResponse,
  AdminCrmMatchCandidateListResponse,
  AdminCrmMatchCandidateResponse,
} from "../../../types/http/crm-matching"
import type {
  AdminCrmOrderReviewListResponse,
  AdminCrmOrderReviewResponse,
  AdminCrmSyncJobListResponse,
  AdminCrmSyncJobResponse,
  AdminOrderCrmReviewResponse,
} from "../../../types/http/crm-order-review"
import type { MatchCandidateOrder } from "../../lib/crm-types"
import { crmQueryKeys, pipelineQueryKeys } from "../../lib/query-keys"
import {
  MutationOptions,
  QueryOptions,
  useMallPost,
  useMallQuery,
} from "./utils"

const CRM = "/admin/mall/crm"
const at = (collection: string, id: string, action?: string) =>
  `${CRM}/${collection}/${encodeURIComponent(id)}${action ? `/${action}` : ""}`

/** A decision's body: the reason is required to reject, optional to accept. */
export interface CrmDecision {
  reason?: string
}

export interface CrmMatchQuery {
  status?: string
  subject_type?: string
  subject_id?: string
  contact_id?: string
  q?: string
  order?: MatchCandidateOrder
  limit?: number
  offset?: number
}

/** Match candidates with both records side by side and the evidence. */
export const useCrmMatches = (
  query: CrmMatchQuery,
  options?: QueryOptions<AdminCrmMatchCandidateListResponse>
) =>
  useMallQuery<AdminCrmMatchCandidateListResponse>(
    crmQueryKeys.matches,
    `${CRM}/matches`,
    { query, keepPrevious: true, options }
  )

export const useCrmMatch = (
  id: string,
  options?: QueryOptions<AdminCrmMatchCandidateResponse>
) =>
  useMallQuery<AdminCrmMatchCandidateResponse>(
    crmQueryKeys.match(id),
    at("matches", id),
    { options: { enabled: !!id, ...options } }
  )

/** "Same customer": links the customer, or folds the imported contact in. */
export const useAcceptCrmMatch = (
  id: string,
  options?: MutationOptions<AdminCrmAcceptMatchResponse, CrmDecision>
) =>
  useMallPost<AdminCrmAcceptMatchResponse, CrmDecision>(
    at("matches", id, "accept"),
    [crmQueryKeys.all],
    options
  )

/** "Different customers": the pair is never proposed again. */
export const useRejectCrmMatch = (
  id: string,
  options?: MutationOptions<AdminCrmMatchCandidateResponse, CrmDecision>
) =>
  useMallPost<AdminCrmMatchCandidateResponse, CrmDecision>(
    at("matches", id, "reject"),
    [crmQueryKeys.all],
    options
  )

export interface CrmOrderReviewQuery {
  status?: string
  overdue?: "true" | "false"
  order_id?: string
  limit?: number
  offset?: number
}

/** Order reviews (the customer gate), oldest due first among the pending. */
export const useCrmOrderReviews = (
  query: CrmOrderReviewQuery,
  options?: QueryOptions<AdminCrmOrderReviewListResponse>
) =>
  useMallQuery<AdminCrmOrderReviewListResponse>(
    crmQueryKeys.orderReviews,
    `${CRM}/order-reviews`,
    { query, keepPrevious: true, options }
  )

/** Passes the order's customer gate; the order then goes to the CRM. */
export const useApproveOrderReview = (
  id: string,
  options?: MutationOptions<AdminCrmOrderReviewResponse, CrmDecision>
) =>
  useMallPost<AdminCrmOrderReviewResponse, CrmDecision>(
    at("order-reviews", id, "approve"),
    [crmQueryKeys.all, pipelineQueryKeys.all, ["orders"]],
    options
  )

/** Holds the order (fulfilment stays blocked); policy may cancel it. */
export const useRejectOrderReview = (
  id: string,
  options?: MutationOptions<AdminCrmOrderReviewResponse, CrmDecision>
) =>
  useMallPost<AdminCrmOrderReviewResponse, CrmDecision>(
    at("order-reviews", id, "reject"),
    [crmQueryKeys.all, pipelineQueryKeys.all, ["orders"]],
    options
  )

export interface CrmSyncJobQuery {
  status?: string
  order_id?: string
  limit?: number
  offset?: number
}

/** Deliveries of approved orders to the CRM, with attempts and last error. */
export const useCrmSyncJobs = (
  query: CrmSyncJobQuery,
  options?: QueryOptions<AdminCrmSyncJobListResponse>
) =>
  useMallQuery<AdminCrmSyncJobListResponse>(
    crmQueryKeys.syncJobs,
    `${CRM}/sync-jobs`,
    { query, keepPrevious: true, options }
  )

/** Sends a failed delivery again (the CRM receives each order only once). */
export const useRetryCrmSyncJob = (
  id: string,
  options?: MutationOptions<AdminCrmSyncJobResponse, void>
) =>
  useMallPost<AdminCrmSyncJobResponse, void>(
    at("sync-jobs", id, "retry"),
    [crmQueryKeys.all],
    options
  )

/** The customer page's widget: linked contact, its other customers, candidates. */
export const useCustomerCrm = (
  customerId: string,
  options?: QueryOptions<AdminCrmCustomerResponse>
) =>
  useMallQuery<AdminCrmCustomerResponse>(
    crmQueryKeys.customer(customerId),
    at("customers", customerId),
    { options: { enabled: !!customerId, ...options } }
  )

/** The order page's widget: the order's review and its CRM deliveries. */
export const useOrderCrmReview = (
  orderId: string,
  options?: QueryOptions<AdminOrderCrmReviewResponse>
) =>
  useMallQuery<AdminOrderCrmReviewResponse>(
    crmQueryKeys.orderReview(orderId),
    `/admin/mall/orders/${encodeURIComponent(orderId)}/crm-review`,
    { options: { enabled: !!orderId, ...options } }
  )
