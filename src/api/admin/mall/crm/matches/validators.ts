import { z } from "@medusajs/framework/zod"
import {
  MATCH_CANDIDATE_ORDERS,
  MATCH_CANDIDATE_STATUSES,
} from "../../../../../types/crm"
import { MATCH_SUBJECT_TYPES } from "../../../../../types/crm-module"
import {
  additionalData,
  oneOf,
  optionalText,
  paginationParams,
} from "../../utils/validators"

export const AdminGetMatchCandidatesParams = z.strictObject({
  status: oneOf(
    MATCH_CANDIDATE_STATUSES,
    (v) =>
      `status must be one of ${MATCH_CANDIDATE_STATUSES.join(", ")}, not "${v}"`
  ).optional(),
  subject_type: oneOf(
    MATCH_SUBJECT_TYPES,
    (v) =>
      `subject_type must be one of ${MATCH_SUBJECT_TYPES.join(", ")}, not "${v}"`
  ).optional(),
  subject_id: optionalText("subject_id"),
  contact_id: optionalText("contact_id"),
  q: optionalText("q"),
  order: oneOf(
    MATCH_CANDIDATE_ORDERS,
    (v) =>
      `order must be one of ${MATCH_CANDIDATE_ORDERS.join(", ")} (a leading - sorts descending), not "${v}"`
  ).optional(),
  ...paginationParams,
})
export type AdminGetMatchCandidatesParamsType = z.infer<
  typeof AdminGetMatchCandidatesParams
>

export const AdminAcceptMatchCandidate = z.strictObject({
  reason: optionalText("reason", 2000),
  additional_data: additionalData,
})
export type AdminAcceptMatchCandidateType = z.infer<
  typeof AdminAcceptMatchCandidate
>

export const AdminRejectMatchCandidate = z
  .strictObject({
    reason: optionalText("reason", 2000),
    additional_data: additionalData,
  })
  // A rejection is final (the pair is never proposed again): say why.
  .refine((body) => !!body.reason, {
    message:
      "reason is required to reject a match: say why these are different customers",
    path: ["reason"],
  })
export type AdminRejectMatchCandidateType = z.infer<
  typeof AdminRejectMatchCandidate
>
