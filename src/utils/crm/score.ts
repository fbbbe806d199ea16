import type {
  FieldEvidence,
  MatchScore,
  NormalizedContact,
} from "../../types/crm"
import {
  compareAddresses,
  compareCompanies,
  compareEmails,
  comparePhones,
  compareTaxIds,
} from "./compare-fields"
import { hasCjk } from "./chinese"
import { compareNames } from "./compare-name"
import { evidence } from "./evidence"
import { DEFAULT_MATCH_WEIGHTS, type MatchWeights } from "./match-weights"

export { DEFAULT_MATCH_WEIGHTS, type MatchWeights } from "./match-weights"

// Name points depend on how rare the name is and on the record kinds.
function compareName(
  l: NormalizedContact,
  r: NormalizedContact,
  w: MatchWeights
): [FieldEvidence, boolean] {
  const cmp = compareNames(l, r)
  let points = 0
  switch (cmp.code) {
    case "exact": {
      const single = l.name_tokens.length === 1
      const length = single ? Array.from(l.name_tokens[0]).length : 0
      const latin = !single || !hasCjk(l.name_tokens[0])
      points =
        latin && !single
          ? w.name.exact
          : !latin && length >= 3
            ? w.name.exact_long
            : w.name.exact_short
      break
    }
    case "swapped":
    case "pinyin":
    case "typo":
      points = w.name[cmp.code]
      break
    case "variant":
      points = cmp.surname_only ? w.name.surname_only : w.name.variant
      break
    case "differs":
      points = cmp.shared_part ? w.name.differs_related : w.name.differs
      break
  }
  // A company's contact person changes; a company is known by its name.
  if (l.kind === "company" && r.kind === "company") {
    points *= 0.4
  }
  const field = evidence(
    "name",
    cmp.code,
    cmp.similarity,
    points,
    l.name_compact,
    r.name_compact,
    cmp.detail
  )
  // Both a clear conflict and a bare surname leave a household member possible.
  return [field, cmp.code === "differs" || cmp.surname_only]
}

/**
 * Scores two normalised records, Fellegi-Sunter style: each field adds its
 * log2 likelihood ratio (points: how much likelier this agreement or
 * disagreement is between two records of one customer than between two
 * different customers of the same block), and the sum is mapped to 0..1.
 * Every field yields evidence, agreeing, disagreeing or missing, so a
 * reviewer sees why. Conflicts a sum cannot express (a relative sharing a
 * phone, a person against a company) cap the score below auto-link.
 */
export function scoreContacts(
  left: NormalizedContact,
  right: NormalizedContact,
  weights: MatchWeights = DEFAULT_MATCH_WEIGHTS
): MatchScore {
  const [name, nameDoubt] = compareName(left, right, weights)
  const fields = [
    comparePhones(left, right, weights),
    compareEmails(left, right, weights),
    name,
    compareCompanies(left, right, weights),
    compareTaxIds(left, right, weights),
    compareAddresses(left, right, weights),
  ]
  let points = 0
  for (const field of fields) {
    points += field.points
  }
  let score = 1 / (1 + 2 ** (-(points - weights.offset) / weights.scale))
  const companies = left.kind === "company" && right.kind === "company"
  // A bare surname with both the phone and the e-mail of the contact is him:
  // households share a phone, seldom a personal e-mail as well. An e-mail
  // one typing error away is the same mailbox, not another account.
  const nameConflict =
    nameDoubt &&
    (name.code === "differs" ||
      fields[0].code !== "exact" ||
      (fields[1].code !== "exact" && fields[1].code !== "typo"))
  // A person and a company are two contacts even when he is its buyer.
  const conflict =
    left.kind !== right.kind ||
    (companies
      ? fields[3].code === "differs" || fields[4].code === "differs"
      : nameConflict)
  if (conflict) {
    score = Math.min(score, weights.conflict_cap)
  }
  return { score: Math.round(score * 10_000) / 10_000, evidence: fields }
}
