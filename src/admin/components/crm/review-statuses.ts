import type { StatusColor } from "../../lib/status-colors"
import type { OrderReviewStatus, SyncJobStatus } from "../../../types/crm"
import { ORDER_REVIEW_PASS_CODES } from "../../../types/order-review"

export {
  MATCH_CANDIDATE_STATUSES,
  ORDER_REVIEW_STATUSES,
  SYNC_JOB_STATUSES,
} from "../../../types/crm"
export type {
  MatchCandidateStatus,
  OrderReviewStatus,
  SyncJobStatus,
} from "../../../types/crm"

export const ORDER_REVIEW_STATUS_COLORS: Record<
  OrderReviewStatus,
  StatusColor
> = {
  pending: "orange",
  approved: "green",
  rejected: "red",
}

export const SYNC_JOB_STATUS_COLORS: Record<SyncJobStatus, StatusColor> = {
  pending: "orange",
  in_progress: "blue",
  succeeded: "green",
  failed: "red",
}

/** A rule the order passed (an approval's audit trail), not one it failed. */
export const isPassedReason = (code: string) =>
  (ORDER_REVIEW_PASS_CODES as readonly string[]).includes(code)
