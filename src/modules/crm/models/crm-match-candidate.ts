import { model } from "@medusajs/framework/utils"
import { MATCH_CANDIDATE_STATUSES } from "../../../types/crm"
import { MATCH_SUBJECT_TYPES } from "../../../types/crm-module"

/**
 * "This customer (or contact) may be that contact": a score between the
 * review and auto-link thresholds, waiting for a person. One per subject and
 * contact, so a trigger that runs twice never asks twice.
 */
export const CrmMatchCandidate = model
  .define(
    { name: "crm_match_candidate", tableName: "mall_crm_match_candidate" },
    {
      id: model.id({ prefix: "crmmc" }).primaryKey(),
      subject_type: model.enum([...MATCH_SUBJECT_TYPES]),
      subject_id: model.text(),
      /** The subject as compared: the review shows what the score was computed on. */
      subject: model.json(),
      subject_normalized: model.json(),
      contact_id: model.text(),
      score: model.float(),
      evidence: model.json(),
      status: model.enum([...MATCH_CANDIDATE_STATUSES]).default("pending"),
      decided_by: model.text().nullable(),
      decided_at: model.dateTime().nullable(),
      reason: model.text().nullable(),
    }
  )
  .indexes([
    {
      name: "IDX_mall_crm_match_candidate_pair_unique",
      on: ["subject_type", "subject_id", "contact_id"],
      unique: true,
    },
    { name: "IDX_mall_crm_match_candidate_contact", on: ["contact_id"] },
    {
      name: "IDX_mall_crm_match_candidate_status",
      on: ["status", "created_at"],
    },
  ])
